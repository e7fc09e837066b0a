import { formatFechaConsulta, limaYear } from '../generator/lima-time.js';
import { RESULT_PAGE_HEAD } from '../generator/result-page-head.js';

/** SUNAT's sentence for a RUC it does not know or that fails its check. */
export function notValidMessage(nroRuc: string): string {
  return `El número de RUC ${nroRuc} consultado no es válido. Debe verificar el número y volver a ingresar.`;
}

/**
 * The "no válido" answer: the result page frame (same head and panel) with the message in
 * div.panel-body instead of the list of data rows. `nroRuc` is echoed as sent, so it is escaped.
 */
export function notValidPage(nroRuc: string, now: Date = new Date()): string {
  return [
    ...RESULT_PAGE_HEAD,
    '\t\t\t\t  <div class="panel-body">',
    `\t\t\t\t  \t${notValidMessage(escapeHtml(nroRuc))}`,
    '\t\t\t\t  </div>',
    '\t\t\t\t  ',
    '\t\t\t\t  <div class="panel-footer text-center">',
    `\t\t\t\t  \t<small>Fecha consulta: ${formatFechaConsulta(now)}</small>`,
    '\t\t\t\t  </div><!-- fin footer del panel -->',
    '\t\t\t\t</div><!--fin panel-->',
    '\t\t\t\t',
    '\t\t\t\t<div class="text-center divBotonera hidden-print">',
    '\t\t\t\t\t\t\t<button type="button" class="btn btn-danger btnNuevaConsulta">Volver</button>',
    '\t        \t</div>',
    '\t    </div><!--fin col-->',
    '\t    </div><!--fin row-->',
    '\t\t<footer class="footer text-center">',
    '\t\t\t<div class="col-md-12">',
    `\t\t\t\t<p><small>&copy; 1997 - ${limaYear(now)} SUNAT Derechos Reservados</small></p>`,
    '\t\t\t</div>',
    '\t\t</footer>',
    '\t</div><!--fin container--> ',
    '    <script src="/a/js/libs/jquery/1.11.1/jquery.min.js"></script>',
    '    <script src="/a/js/libs/bootstrap/3.3.1/js/bootstrap.min.js"></script>',
    '    <script>',
    '    \t$( document ).ready(function() {',
    '    \t\t$(".btnNuevaConsulta").bind("click", function() {',
    '    \t\t\twindow.location.href = $("#aNuevaConsulta").attr("href");',
    '    \t\t});',
    '    \t});',
    '    </script>',
    '  </body>',
    '</html>',
  ].join('\r\n');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
