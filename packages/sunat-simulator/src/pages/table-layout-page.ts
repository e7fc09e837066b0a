import { formatDomicilio } from '../generator/fixed-width-address.js';
import { formatFechaConsulta } from '../generator/lima-time.js';
import type { Taxpayer } from '../generator/taxpayer.js';

// SUNAT's older, table-based layout (td.bgn labels, td.bg values). The site still has more than
// one layout: without modo=1 it answers another one, and a redesign could land at any time.
// It is well formed and titled like the known page, but holds no list-group a parser could read.

function frame(bodyRows: string[], now: Date): string {
  return [
    '<html>',
    '<head>',
    '<title>SUNAT - Consulta RUC</title>',
    '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
    '<link rel="stylesheet" href="/a/css/estilos.css" type="text/css">',
    '</head>',
    '<body bgcolor="#FFFFFF">',
    '<table width="100%" border="0" cellpadding="2" cellspacing="3" class="form-table">',
    '  <tr>',
    '    <td class="bgn" colspan="4" align="center"><b>Resultado de la B&uacute;squeda</b></td>',
    '  </tr>',
    ...bodyRows,
    '</table>',
    `<p class="lnk7">Fecha de consulta: ${formatFechaConsulta(now)}</p>`,
    '</body>',
    '</html>',
    '',
  ].join('\r\n');
}

function tr(label: string, value: string): string[] {
  return [
    '  <tr>',
    `    <td width="27%" class="bgn" colspan="1">${label}</td>`,
    `    <td class="bg" colspan="3">${value}</td>`,
    '  </tr>',
  ];
}

function list(values: string[]): string {
  if (values.length === 0) return 'NINGUNO';
  return `<select name="select" class="form-combo">${values.map((v) => `<option value="00">${v}</option>`).join('')}</select>`;
}

/** A taxpayer in the table-based layout. */
export function tableLayoutTaxpayerPage(t: Taxpayer, now: Date = new Date()): string {
  return frame(
    [
      ...tr('N&uacute;mero de RUC:', `${t.ruc} - ${t.razonSocial}`),
      ...tr('Tipo Contribuyente:', t.tipoContribuyente),
      ...tr('Nombre Comercial:', t.nombreComercial ?? '-'),
      ...tr('Fecha de Inscripci&oacute;n:', t.fechaInscripcion),
      ...tr('Estado del Contribuyente:', t.estado),
      ...tr('Condici&oacute;n del Contribuyente:', t.condicion),
      ...tr(
        'Direcci&oacute;n del Domicilio Fiscal:',
        t.domicilio ? formatDomicilio(t.domicilio) : '-',
      ),
      ...tr(
        'Actividad(es) Econ&oacute;mica(s):',
        list(t.actividadesEconomicas.map((a) => `${a.tipo} - ${a.codigo} - ${a.descripcion}`)),
      ),
      ...tr(
        'Comprobantes de Pago c/aut. de impresi&oacute;n (F. 806 u 816):',
        list(t.comprobantesPago),
      ),
      ...tr('Padrones :', list(t.padrones)),
    ],
    now,
  );
}

/** A message (such as "no válido") in the table-based layout. */
export function tableLayoutMessagePage(message: string, now: Date = new Date()): string {
  return frame(['  <tr>', `    <td class="bg" colspan="4">${message}</td>`, '  </tr>'], now);
}
