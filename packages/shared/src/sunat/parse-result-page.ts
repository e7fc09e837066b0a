import { type EconomicActivity, taxpayerRecordSchema } from '../record/taxpayer-record.js';
import { decodePage } from './decode-page.js';
import {
  collapseWhitespace,
  decodeEntities,
  htmlToText,
  splitAtBreaks,
  stripComments,
  stripTags,
} from './html-text.js';
import type { PageOutcome } from './page-outcome.js';
import { splitDomicilio } from './split-address.js';

/** How much of an unreadable page travels with `unknown-layout`, for diagnosis. */
const SNIPPET_LENGTH = 2048;

/** The fields a label row can feed. "Profesión u Oficio:" is read but deliberately not kept. */
type Field =
  | 'ruc'
  | 'tipoContribuyente'
  | 'tipoDocumento'
  | 'nombreComercial'
  | 'fechaInscripcion'
  | 'fechaInicioActividades'
  | 'estado'
  | 'condicion'
  | 'domicilioFiscal'
  | 'sistemaEmision'
  | 'actividadComercioExterior'
  | 'sistemaContabilidad'
  | 'actividadesEconomicas'
  | 'comprobantesPago'
  | 'sistemaEmisionElectronica'
  | 'emisorElectronicoDesde'
  | 'comprobantesElectronicos'
  | 'afiliadoPleDesde'
  | 'padrones'
  | 'fechaBaja'
  | 'profesion';

/** Labels as {@link labelKey} folds them: accents dropped, lower case, white space collapsed. */
const LABELS: ReadonlyMap<string, Field> = new Map<string, Field>([
  ['numero de ruc:', 'ruc'],
  ['tipo contribuyente:', 'tipoContribuyente'],
  ['tipo de documento:', 'tipoDocumento'],
  ['nombre comercial:', 'nombreComercial'],
  ['fecha de inscripcion:', 'fechaInscripcion'],
  ['fecha de inicio de actividades:', 'fechaInicioActividades'],
  ['estado del contribuyente:', 'estado'],
  ['condicion del contribuyente:', 'condicion'],
  ['domicilio fiscal:', 'domicilioFiscal'],
  ['sistema emision de comprobante:', 'sistemaEmision'],
  ['actividad comercio exterior:', 'actividadComercioExterior'],
  // Misspelt in the 2021 captures, spelt right by 2025.
  ['sistema contabilidiad:', 'sistemaContabilidad'],
  ['sistema contabilidad:', 'sistemaContabilidad'],
  ['actividad(es) economica(s):', 'actividadesEconomicas'],
  ['comprobantes de pago c/aut. de impresion (f. 806 u 816):', 'comprobantesPago'],
  ['sistema de emision electronica:', 'sistemaEmisionElectronica'],
  ['emisor electronico desde:', 'emisorElectronicoDesde'],
  ['comprobantes electronicos:', 'comprobantesElectronicos'],
  ['afiliado al ple desde:', 'afiliadoPleDesde'],
  ['padrones:', 'padrones'],
  ['fecha de baja:', 'fechaBaja'],
  ['profesion u oficio:', 'profesion'],
]);

/**
 * Rows every taxpayer has. Without one of them the page was cut or garbled mid-list, and a
 * record of nulls must not be cached as a taxpayer.
 */
const REQUIRED_ROWS: ReadonlyMap<Field, string> = new Map<Field, string>([
  ['ruc', '"Número de RUC:"'],
  ['tipoContribuyente', '"Tipo Contribuyente:"'],
  ['estado', '"Estado del Contribuyente:"'],
  ['condicion', '"Condición del Contribuyente:"'],
]);

const NOT_FOUND =
  /El n[úu]mero de RUC\s*(\d*)\s*consultado no es v[áa]lido\.?(?:\s*Debe verificar[^.<]*\.)?/i;

/** What SUNAT's result template looks like; its absence means another page. */
const RESULT_TITLE = /<title>\s*SUNAT - Consulta RUC\s*<\/title>/i;
const LIST_START = /<div\s+class\s*=\s*"list-group"\s*>/i;
const LIST_END = /<\/div>\s*<!--\s*fin list-group\s*-->/i;
const CELL_START = /<div\s+class\s*=\s*"col-sm-\d+"\s*>/gi;

function unknownLayout(reason: string, page: string): PageOutcome {
  return { kind: 'unknown-layout', reason, snippet: page.slice(0, SNIPPET_LENGTH) };
}

/** A label folded for lookup: accents dropped, lower case, white space collapsed. */
function labelKey(html: string): string {
  return htmlToText(html)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The inner HTML of the first element with this tag name and class, or null. */
function innerOf(html: string, tag: string, className: string): string | null {
  // The class must be a whole token: "has-error" is not "error".
  const open = new RegExp(
    `<${tag}\\b[^>]*\\bclass\\s*=\\s*"(?:[^"]*\\s)?${className}(?:\\s[^"]*)?"[^>]*>`,
    'i',
  );
  const start = open.exec(html);
  if (!start) return null;
  const from = start.index + start[0].length;
  const end = html.toLowerCase().indexOf(`</${tag}>`, from);
  return end === -1 ? html.slice(from) : html.slice(from, end);
}

/** "-" (SUNAT's empty) and blank text become null. */
function textOrNull(text: string): string | null {
  return text === '' || text === '-' ? null : text;
}

/** dd/mm/yyyy to YYYY-MM-DD; "-" to null; anything else is kept, for the schema to reject. */
function isoDate(text: string): string | null {
  const value = textOrNull(text);
  if (value === null) return null;
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (!match) return value;
  const [, day = '', month = '', year = ''] = match;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** A value cell: the HTML that holds the value, and what kind of element held it. */
interface ValueCell {
  /** Inner HTML of the table, h4 or p holding the value; the whole cell for bare text. */
  html: string;
  table: boolean;
}

function readValueCell(cellHtml: string): ValueCell {
  const table = innerOf(cellHtml, 'table', 'tblResultado');
  if (table !== null) return { html: table, table: true };
  const heading = innerOf(cellHtml, 'h4', 'list-group-item-heading');
  if (heading !== null) return { html: heading, table: false };
  const paragraph = innerOf(cellHtml, 'p', 'list-group-item-text');
  if (paragraph !== null) return { html: paragraph, table: false };
  return { html: cellHtml, table: false };
}

/** The rows of a table.tblResultado value; a lone NINGUNO (or "-") means none. */
function listOf(cell: ValueCell): string[] {
  if (!cell.table) {
    const text = htmlToText(cell.html);
    return text === '' || text === '-' ? [] : [text];
  }
  const items = [...cell.html.matchAll(/<td\b[^>]*>([\s\S]*?)<\/td>/gi)]
    .map((m) => htmlToText(m[1] ?? ''))
    .filter((text) => text !== '');
  if (items.length === 1 && (items[0] === 'NINGUNO' || items[0] === '-')) return [];
  return items;
}

/** "Principal    - 8411 - DESCRIPCION": the tipo, the CIIU code and the description. */
function activityOf(text: string): EconomicActivity | string {
  const match = /^(.+?)\s*-\s*(\d{4,5})\s*-\s*(.+)$/.exec(text);
  if (!match) return text;
  const [, tipo = '', codigo = '', descripcion = ''] = match;
  return { tipo: tipo.trim(), codigo, descripcion: descripcion.trim() };
}

/**
 * Label cells paired with the cell after them. The list is cut into its column divs in order;
 * a cell whose only content is an h4 heading ending in ":" is a label, and the next cell holds
 * its value (col-sm-7 after col-sm-5, or col-sm-3 after col-sm-3 in two-pair rows).
 */
function labelledCells(listHtml: string): Array<{ field: Field | null; cell: ValueCell }> {
  const starts = [...listHtml.matchAll(CELL_START)];
  const cells = starts.map((m, i) =>
    listHtml.slice(m.index + m[0].length, starts[i + 1]?.index ?? listHtml.length),
  );
  const pairs: Array<{ field: Field | null; cell: ValueCell }> = [];
  for (let i = 0; i < cells.length; i++) {
    const heading = innerOf(cells[i] ?? '', 'h4', 'list-group-item-heading');
    const next = cells[i + 1];
    if (heading === null || next === undefined) continue;
    const key = labelKey(heading);
    if (!key.endsWith(':')) continue;
    pairs.push({ field: LABELS.get(key) ?? null, cell: readValueCell(next) });
    i++;
  }
  return pairs;
}

/** SUNAT's footer time, "dd/mm/yyyy hh:mm" in Lima, as ISO 8601 with Lima's fixed -05:00. */
function fechaConsultaOf(html: string): string | null {
  const match = /Fecha consulta:\s*(\d{2})\/(\d{2})\/(\d{4})\s+(\d{2}):(\d{2})/i.exec(html);
  if (!match) return null;
  const [, day, month, year, hour, minute] = match;
  return `${year}-${month}-${day}T${hour}:${minute}:00-05:00`;
}

/** Classifies the pages that are not a result: firewall, SUNAT's error template, not found. */
function classifyFailure(page: string): PageOutcome | null {
  if (page.includes('The requested URL was rejected')) {
    const supportId = /Your support ID is:\s*(\d+)/i.exec(page)?.[1] ?? null;
    return { kind: 'waf-rejected', supportId };
  }
  const errorText = innerOf(page, 'p', 'error');
  if (errorText !== null || /<title>\s*\.::\s*Pagina de Error\s*::\.\s*<\/title>/i.test(page)) {
    const message = errorText === null ? '' : htmlToText(errorText);
    return { kind: 'sunat-error', message: message || 'SUNAT error page without a message' };
  }
  const notFound = NOT_FOUND.exec(htmlToText(page));
  if (notFound) {
    return { kind: 'not-found', ruc: notFound[1] || null, message: notFound[0] };
  }
  return null;
}

/**
 * Reads one SUNAT "Consulta RUC" answer page.
 *
 * Error pages are classified first (firewall rejection, SUNAT's error template, "RUC not
 * valid"); anything else must be the one-RUC result template, or it is `unknown-layout`. A
 * record is only returned when it passes {@link taxpayerRecordSchema}, so a half-read page is
 * never cached as a taxpayer.
 *
 * @param input - the response body bytes, or an already decoded string
 * @param options.contentType - the Content-Type header, whose charset (if any) decides decoding
 * @param options.fetchedAt - when the page was fetched; defaults to now
 */
export function parseResultPage(
  input: Uint8Array | string,
  options: { contentType?: string; fetchedAt?: Date } = {},
): PageOutcome {
  const page = decodePage(input, options.contentType);
  const failure = classifyFailure(page);
  if (failure) return failure;

  if (!RESULT_TITLE.test(page)) return unknownLayout('no "SUNAT - Consulta RUC" title', page);
  const start = LIST_START.exec(page);
  if (!start) return unknownLayout('no div.list-group', page);
  const afterStart = page.slice(start.index + start[0].length);
  const end = LIST_END.exec(afterStart);
  if (!end) return unknownLayout('div.list-group without its "fin list-group" end', page);
  // Comments go before reading rows: a commented-out "Razón Social:" row sits in the list.
  const listHtml = stripComments(afterStart.slice(0, end.index));

  const values = new Map<Field, ValueCell>();
  for (const { field, cell } of labelledCells(listHtml)) {
    if (field !== null && !values.has(field)) values.set(field, cell);
  }

  const missing = [...REQUIRED_ROWS].filter(([field]) => !values.has(field)).map(([, l]) => l);
  if (missing.length > 0) return unknownLayout(`no ${missing.join(', ')} row`, page);

  const rucCell = values.get('ruc');
  if (!rucCell) return unknownLayout('no "Número de RUC:" row', page);
  const rucMatch = /^(\d{11})\s*-\s*(.*)$/.exec(htmlToText(rucCell.html));
  if (!rucMatch) return unknownLayout('"Número de RUC:" value is not "<ruc> - <name>"', page);
  const [, ruc = '', razonSocial = ''] = rucMatch;
  if (razonSocial === '') return unknownLayout('"Número de RUC:" row without a name', page);

  const text = (field: Field): string | null => {
    const cell = values.get(field);
    return cell ? textOrNull(htmlToText(cell.html)) : null;
  };
  const date = (field: Field): string | null => {
    const cell = values.get(field);
    return cell ? isoDate(htmlToText(cell.html)) : null;
  };
  const list = (field: Field): string[] => {
    const cell = values.get(field);
    return cell ? listOf(cell) : [];
  };
  // Estado and Condición may carry a second line after a break: a date of baja, or a note.
  const firstLine = (field: Field): { first: string | null; rest: string } => {
    const cell = values.get(field);
    if (!cell) return { first: null, rest: '' };
    const [first = '', ...rest] = splitAtBreaks(cell.html);
    return { first: textOrNull(htmlToText(first)), rest: htmlToText(rest.join(' ')) };
  };

  const estado = firstLine('estado');
  const bajaInEstado = /Fecha de Baja:\s*(\d{1,2}\/\d{1,2}\/\d{4})/i.exec(estado.rest)?.[1];
  const domicilioCell = values.get('domicilioFiscal');
  // The address keeps its padding: the spaces are what separate its parts.
  const domicilio = splitDomicilio(
    domicilioCell ? decodeEntities(stripTags(stripComments(domicilioCell.html))) : '-',
  );
  const comprobantesElectronicos = text('comprobantesElectronicos');

  const record = {
    ruc,
    razonSocial,
    tipoContribuyente: text('tipoContribuyente'),
    tipoDocumento: text('tipoDocumento'),
    nombreComercial: text('nombreComercial'),
    fechaInscripcion: date('fechaInscripcion'),
    fechaInicioActividades: date('fechaInicioActividades'),
    estado: estado.first,
    fechaBaja: date('fechaBaja') ?? (bajaInEstado ? isoDate(bajaInEstado) : null),
    condicion: firstLine('condicion').first,
    domicilioFiscal: domicilio.domicilioFiscal,
    direccion: domicilio.direccion,
    departamento: domicilio.departamento,
    provincia: domicilio.provincia,
    distrito: domicilio.distrito,
    sistemaEmision: text('sistemaEmision'),
    actividadComercioExterior: text('actividadComercioExterior'),
    sistemaContabilidad: text('sistemaContabilidad'),
    actividadesEconomicas: list('actividadesEconomicas').map(activityOf),
    comprobantesPago: list('comprobantesPago'),
    sistemaEmisionElectronica: list('sistemaEmisionElectronica'),
    emisorElectronicoDesde: date('emisorElectronicoDesde'),
    comprobantesElectronicos:
      comprobantesElectronicos === null
        ? []
        : comprobantesElectronicos
            .split(',')
            .map(collapseWhitespace)
            .filter((item) => item !== ''),
    afiliadoPleDesde: date('afiliadoPleDesde'),
    padrones: list('padrones'),
    fechaConsulta: fechaConsultaOf(stripComments(afterStart.slice(end.index))),
    // Last on purpose: the API reads it from the end of the stored JSON string.
    fetchedAt: (options.fetchedAt ?? new Date()).toISOString(),
  };

  const checked = taxpayerRecordSchema.safeParse(record);
  if (!checked.success) {
    const issues = checked.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    return unknownLayout(`result page read into an invalid record (${issues})`, page);
  }
  // zod rebuilds the object in the schema's key order, which keeps fetchedAt last.
  return { kind: 'record', record: checked.data };
}
