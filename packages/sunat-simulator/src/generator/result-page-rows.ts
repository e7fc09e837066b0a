import { formatDomicilio } from './fixed-width-address.js';
import { withEntities } from './html-entities.js';
import type { EconomicActivity, Taxpayer } from './taxpayer.js';

// Every string below is copied from the captures, tabs and trailing spaces included: scrapers
// are tested against this output, so it must not be tidier than SUNAT's own JSP output.
const GAP = '\t\t\t        ';
const LABEL_INDENT = '\t                         ';
const ROW_END = ['\t\t\t\t    \t</div>  ', '\t\t\t        </div>'];

const heading = (text: string): string =>
  `${LABEL_INDENT}\t<h4 class="list-group-item-heading">${text}</h4>`;
const text = (value: string): string =>
  `${LABEL_INDENT}\t<p class="list-group-item-text">${value}</p>`;
const dash = (value: string | null): string => value ?? '-';

function row(label: string, valueLines: string[], itemClass = 'list-group-item'): string[] {
  return [
    `${GAP}<div class="${itemClass}">`,
    '\t\t\t\t    \t<div class="row">',
    '\t\t\t\t    \t\t<div class="col-sm-5">',
    heading(label),
    `${LABEL_INDENT}</div>`,
    `${LABEL_INDENT}<div class="col-sm-7">`,
    ...valueLines,
    `${LABEL_INDENT}</div>`,
    ...ROW_END,
  ];
}

function pairRow(first: [string, string], second: [string, string]): string[] {
  return [
    `${GAP}<div class="list-group-item">`,
    '\t\t\t\t    \t<div class="row">',
    '\t\t\t\t    \t\t<div class="col-sm-3">',
    heading(first[0]),
    `${LABEL_INDENT}</div>`,
    `${LABEL_INDENT}<div class="col-sm-3">`,
    text(first[1]),
    `${LABEL_INDENT}</div>`,
    LABEL_INDENT,
    `${LABEL_INDENT}<div class="col-sm-3">`,
    heading(second[0]),
    `${LABEL_INDENT}</div>`,
    `${LABEL_INDENT}<div class="col-sm-3">`,
    text(second[1]),
    `${LABEL_INDENT}</div>`,
    ...ROW_END,
  ];
}

function rucRow(t: Taxpayer): string[] {
  const [, ...rest] = row('N&uacute;mero de RUC:', [
    `${LABEL_INDENT}\t<h4 class="list-group-item-heading">${t.ruc} - ${t.razonSocial}</h4>`,
  ]);
  // The first row of the list is indented differently from the others.
  return ['\t\t\t\t    <div class="list-group-item">', ...rest];
}

function documentRow(t: Taxpayer): string[] {
  if (!t.tipoDocumento) return [];
  const { tipo, numero, nombre } = t.tipoDocumento;
  return [
    '\t\t\t          <div class="list-group-item">',
    '\t\t\t\t\t    \t<div class="row">',
    '\t\t\t\t\t    \t\t<div class="col-sm-5">',
    `\t${heading('Tipo de Documento:')}`,
    `\t${LABEL_INDENT}</div>`,
    `\t${LABEL_INDENT}<div class="col-sm-7">`,
    `\t${LABEL_INDENT}\t<p class="list-group-item-text">${tipo}  ${numero} `,
    '\t\t\t\t\t\t            ',
    `\t\t\t\t\t\t            \t - ${nombre}`,
    '\t\t\t\t\t\t            \t',
    '\t\t\t\t\t\t            </p>',
    `\t${LABEL_INDENT}</div>`,
    '\t\t\t\t\t    \t</div>  ',
    '\t\t\t\t        </div>',
    GAP,
  ];
}

function statusClass(ok: boolean, warning = false): string {
  if (ok) return 'list-group-item list-group-item-success';
  return warning
    ? 'list-group-item list-group-item-warning'
    : 'list-group-item list-group-item-danger';
}

function estadoRow(t: Taxpayer): string[] {
  const baja = t.fechaBaja ? ` </br> Fecha de Baja: ${t.fechaBaja}` : '';
  return row(
    'Estado del Contribuyente:',
    [
      `${LABEL_INDENT}\t`,
      `${LABEL_INDENT}\t<p class="list-group-item-text">${t.estado}${baja}`,
      `${LABEL_INDENT}\t`,
      '\t\t\t\t\t                 ',
      '\t\t\t\t\t                ',
      `${LABEL_INDENT}\t</p>`,
    ],
    statusClass(t.estado === 'ACTIVO', t.estado.startsWith('SUSPENSION')),
  );
}

function condicionRow(t: Taxpayer): string[] {
  const nota = t.condicionNota ? ` </br> ${withEntities(t.condicionNota)}` : '';
  return row(
    'Condici&oacute;n del Contribuyente:',
    [
      `${LABEL_INDENT}\t`,
      `${LABEL_INDENT}\t<p class="list-group-item-text">`,
      `\t${LABEL_INDENT}\t`,
      `\t\t\t\t\t\t              \t${t.condicion}${nota}`,
      '\t\t\t\t\t\t              ',
      '',
      '\t\t\t\t\t\t\t\t</p>',
    ],
    statusClass(t.condicion === 'HABIDO'),
  );
}

function activityLine(a: EconomicActivity): string {
  return `${a.tipo.padEnd(12)} - ${a.codigo}${' '.repeat(a.spacesAfterCode)}- ${a.descripcion}`;
}

function activitySlot(a: EconomicActivity | undefined): string[] {
  if (!a) return [];
  const cell = `<tr><td>${activityLine(a)}</td></tr>`;
  // Rev. 3 (5-digit) codes come out of an older branch of the JSP, without the SC003 marker.
  return a.codigo.length === 5
    ? [`\t               \t\t${cell}`, '\t\t                ']
    : [
        `\t\t                ${cell}`,
        '\t\t                <!--SC003-2015 Inicio-->',
        '\t\t                ',
      ];
}

function activitiesRow(t: Taxpayer): string[] {
  const [principal, second, third] = t.actividadesEconomicas;
  return row('Actividad(es) Econ&oacute;mica(s):', [
    `${LABEL_INDENT}\t<table class="table tblResultado">`,
    '\t                                <tbody>',
    '\t                    ',
    ...activitySlot(principal),
    '\t\t                <!--SC003-2015 Fin-->',
    '\t\t                ',
    ...activitySlot(second),
    '\t\t                <!--SC003-2015 Fin-->',
    '\t\t                ',
    '\t\t                ',
    ...activitySlot(third),
    '\t\t\t\t\t\t\t\t\t</tbody>',
    '\t                            </table>',
  ]);
}

function comprobantesRow(t: Taxpayer): string[] {
  const pad = '\t\t\t\t\t\t                ';
  const body =
    t.comprobantesPago.length === 0
      ? [pad, `${pad}\t<tr><td>NINGUNO</td></tr>`, pad]
      : [
          pad,
          pad,
          pad,
          pad,
          pad,
          ...t.comprobantesPago.flatMap((c) => [`${pad}\t\t<tr><td>${c}</td></tr>`, pad, pad]),
        ];
  return row('Comprobantes de Pago c/aut. de impresión (F. 806 u 816):', [
    `${LABEL_INDENT}\t<table class="table tblResultado">`,
    '\t                                <tbody>',
    '\t                               \t \t',
    ...body,
    '\t\t\t\t\t\t\t\t\t</tbody>',
    '\t                            </table>',
  ]);
}

function electronicSystemRow(t: Taxpayer): string[] {
  const pad = '\t\t\t\t\t\t                ';
  // With no system SUNAT prints a bare "-" in the cell, not a p nor a table.
  const value =
    t.sistemaEmisionElectronica.length === 0
      ? ['\t\t\t\t                 -', '\t\t\t\t                ', '\t\t\t\t                ']
      : [
          '\t\t\t\t                ',
          `${pad}<table class="table tblResultado">`,
          '\t                                \t\t<tbody>',
          pad,
          pad,
          pad,
          ...t.sistemaEmisionElectronica.flatMap((s) => [`${pad}\t\t<tr><td>${s}</td></tr>`, pad]),
          '\t\t\t\t\t\t\t\t             </tbody>',
          '\t\t\t                            </table>',
          '\t\t\t\t                ',
        ];
  return row('Sistema de Emisi&oacute;n Electr&oacute;nica:', [`${LABEL_INDENT}\t`, ...value]);
}

function padronesRow(t: Taxpayer): string[] {
  const pad = '\t\t\t\t\t\t                ';
  const items = t.padrones.flatMap((p) => [
    '\t\t\t\t\t\t\t                \t',
    `\t\t\t\t\t\t\t                \t<tr><td>${withEntities(p)}</td></tr>`,
    '\t\t\t\t\t\t\t                ',
  ]);
  const ninguno =
    t.padrones.length === 0 ? ['\t\t\t\t\t\t\t\t\t\t\t<tr><td>NINGUNO</td></tr>', pad] : [];
  return row('Padrones:', [
    `${LABEL_INDENT}\t <table class="table tblResultado">`,
    '                               \t\t<tbody>',
    pad,
    '\t\t\t\t                       \t\t',
    pad,
    ...items,
    pad,
    pad,
    '\t\t\t\t\t\t',
    '\t\t\t\t\t\t\t\t\t\t<!-- JRR - 20/09/2010 - Se añade cambio de Igor -->',
    '\t\t\t\t\t\t\t\t\t\t',
    pad,
    pad,
    pad,
    ...ninguno,
    '\t\t\t\t\t                </tbody>',
    '\t                            </table>',
  ]);
}

// SUNAT left this row commented out in the list; naive parsers read it, so it stays.
const COMMENTED_RAZON_SOCIAL = [
  `${GAP}<!-- <div class="list-group-item">`,
  '\t\t\t\t    \t<div class="row">',
  '\t\t\t\t    \t\t<div class="col-sm-5">',
  heading('Razón Social:'),
  `${LABEL_INDENT}</div>`,
  `${LABEL_INDENT}<div class="col-sm-7">`,
  text('eeee'),
  `${LABEL_INDENT}</div>`,
  '\t\t\t\t    \t</div>  ',
  `${GAP}</div> -->`,
];

/** How the label "Sistema Contabilidad:" is spelt on the page. */
export type AccountingLabel = 'Sistema Contabilidiad:' | 'Sistema Contabilidad:';

/** The data rows of a result page: from the list-group opening to its closing tag. */
export function resultPageRows(t: Taxpayer, accountingLabel: AccountingLabel): string[] {
  return [
    '\t\t\t\t  <div class="list-group">',
    '\t\t\t\t  \t<!-- Inicio filas de datos -->',
    '\t\t\t\t  \t ',
    ...rucRow(t),
    ...row('Tipo Contribuyente:', [text(t.tipoContribuyente)]),
    GAP,
    ...documentRow(t),
    ...row('Nombre Comercial:', [
      `${LABEL_INDENT}\t<p class="list-group-item-text">${dash(t.nombreComercial)}`,
      '\t\t\t\t\t              ',
      '\t\t\t\t\t            </p>',
    ]),
    '\t\t\t         ',
    ...pairRow(
      ['Fecha de Inscripci&oacute;n:', t.fechaInscripcion],
      ['Fecha de Inicio de Actividades:', dash(t.fechaInicioActividades)],
    ),
    GAP,
    '\t\t\t         ',
    ...estadoRow(t),
    GAP,
    GAP,
    GAP,
    ...condicionRow(t),
    GAP,
    GAP,
    ...row('Domicilio Fiscal:', [text(t.domicilio ? formatDomicilio(t.domicilio) : '-')]),
    GAP,
    '\t\t\t         ',
    ...pairRow(
      ['Sistema Emisión de Comprobante:', t.sistemaEmision],
      ['Actividad Comercio Exterior:', t.actividadComercioExterior],
    ),
    GAP,
    ...row(accountingLabel, [text(t.sistemaContabilidad)]),
    GAP,
    GAP,
    GAP,
    ...activitiesRow(t),
    GAP,
    GAP,
    GAP,
    ...comprobantesRow(t),
    GAP,
    ...electronicSystemRow(t),
    GAP,
    ...row('Emisor electr&oacute;nico desde:', [text(dash(t.emisorElectronicoDesde))]),
    GAP,
    ...row('Comprobantes Electr&oacute;nicos:', [
      text(t.comprobantesElectronicos.length > 0 ? t.comprobantesElectronicos.join(',') : '-'),
    ]),
    GAP,
    ...row('Afiliado al PLE desde:', [text(dash(t.afiliadoPleDesde))]),
    GAP,
    ...padronesRow(t),
    GAP,
    GAP,
    ...COMMENTED_RAZON_SOCIAL,
    GAP,
    GAP,
    GAP,
  ];
}
