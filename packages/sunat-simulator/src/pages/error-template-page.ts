/** The message SUNAT shows for a missing or bad token and for trouble on its side. */
export const QUERY_PROBLEM_MESSAGE =
  'Surgieron problemas al procesar la consulta por n&uacute;mero de ruc.';

/**
 * SUNAT's application error template (".:: Pagina de Error ::."), answered with HTTP 200.
 * `message` is HTML: SUNAT writes its accents there as entities.
 */
export function errorTemplatePage(message: string = QUERY_PROBLEM_MESSAGE): string {
  return [
    '',
    '<html>',
    '<head>',
    '<title>.:: Pagina de Error ::.</title>',
    '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
    '<style type="text/css">',
    '  body { font-family: Arial, Helvetica, sans-serif; font-size: 12px; }',
    '  .msg { color: #003366; font-weight: bold; margin: 20px 0 10px 0; }',
    '  .error { color: #cc0000; }',
    '</style>',
    '</head>',
    '<body>',
    '<table width="100%" border="0" cellpadding="0" cellspacing="0">',
    '  <tr>',
    '    <td>',
    '\t<div class="msg">La aplicaci&oacute;n ha retornado el siguiente problema :</div>',
    `\t<p class="error">${message}</p>`,
    '    </td>',
    '  </tr>',
    '</table>',
    '</body>',
    '</html>',
    '',
  ].join('\r\n');
}
