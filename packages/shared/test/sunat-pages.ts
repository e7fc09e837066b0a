import { readFileSync } from 'node:fs';

/** The captured SUNAT pages in fixtures/sunat (ISO-8859-1 bytes, CRLF). */
export type CaptureName =
  | 'consulta-20440374248.html'
  | 'consulta-20146806679.html'
  | 'consulta-10401510465-persona-natural.html'
  | 'lista-por-razon-social.html';

/** A capture's bytes, exactly as SUNAT sent them. */
export function captureBytes(name: CaptureName): Buffer {
  return readFileSync(new URL(`../../../fixtures/sunat/${name}`, import.meta.url));
}

/** A capture as text: every byte is one ISO-8859-1 character, so edits can be encoded back. */
export function captureText(name: CaptureName): string {
  return captureBytes(name).toString('latin1');
}

/** Text encoded back to ISO-8859-1 bytes, the way SUNAT would send it. */
export function latin1(text: string): Buffer {
  return Buffer.from(text, 'latin1');
}

/**
 * Replaces the first match of `search`; throws when there is none, so that a test never passes
 * against an edit that silently did nothing.
 */
export function replaceOnce(
  html: string,
  search: string | RegExp,
  replacement: string | ((match: string, ...groups: string[]) => string),
): string {
  const found = typeof search === 'string' ? html.includes(search) : search.test(html);
  if (!found) throw new Error(`test page edit: ${String(search)} not found`);
  const replace = typeof replacement === 'string' ? () => replacement : replacement;
  return html.replace(search, replace);
}

/**
 * Sets the inner HTML of the value paragraph that follows a label; `label` is written as the
 * page writes it (e.g. "Condici&oacute;n del Contribuyente:").
 */
export function setParagraph(html: string, label: string, valueHtml: string): string {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(
    `(${escaped}</h4>[\\s\\S]*?<p class="list-group-item-text">)[\\s\\S]*?(</p>)`,
  );
  return replaceOnce(
    html,
    pattern,
    (_match, before = '', after = '') => before + valueHtml + after,
  );
}

/** A Domicilio Fiscal value padded the way SUNAT pads it (about 120 spaces before each dash). */
export function paddedAddress(first: string, provincia: string, distrito: string): string {
  return `${first}${' '.repeat(120)}- ${provincia}${' '.repeat(121)}- ${distrito}`;
}

/** One extra label/value row, in the template's markup (col-sm-5 label, col-sm-7 value). */
export function extraRow(label: string, valueHtml: string): string {
  return [
    '\t\t\t<div class="list-group-item">\r\n',
    '\t\t\t\t\t<div class="row">\r\n',
    '\t\t\t\t\t\t<div class="col-sm-5">\r\n',
    `\t\t\t\t\t\t\t<h4 class="list-group-item-heading">${label}</h4>\r\n`,
    '\t\t\t\t\t\t</div>\r\n',
    '\t\t\t\t\t\t<div class="col-sm-7">\r\n',
    `\t\t\t\t\t\t\t<p class="list-group-item-text">${valueHtml}</p>\r\n`,
    '\t\t\t\t\t\t</div>\r\n',
    '\t\t\t\t\t</div>\r\n',
    '\t\t\t</div>\r\n',
  ].join('');
}

/** Inserts rows just before the end of the result list. */
export function appendRows(html: string, rows: string): string {
  return replaceOnce(html, '</div><!-- fin list-group -->', `${rows}</div><!-- fin list-group -->`);
}
