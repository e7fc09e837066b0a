/**
 * Just enough HTML handling for SUNAT's fixed templates. These are not a general HTML parser:
 * they rely on the known markup (no CDATA, no `>` inside attribute values).
 */

/** The named entities that occur in SUNAT's Spanish pages; unknown names are left as they are. */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  aacute: 'á',
  eacute: 'é',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  Aacute: 'Á',
  Eacute: 'É',
  Iacute: 'Í',
  Oacute: 'Ó',
  Uacute: 'Ú',
  ntilde: 'ñ',
  Ntilde: 'Ñ',
  uuml: 'ü',
  Uuml: 'Ü',
  nbsp: '\u00a0',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ordm: 'º',
  ordf: 'ª',
  iexcl: '¡',
  iquest: '¿',
  deg: '°',
  copy: '©',
};

/** The highest Unicode code point; larger numeric references are invalid. */
const MAX_CODE_POINT = 0x10ffff;

function fromCodePoint(code: number, original: string): string {
  if (!Number.isFinite(code) || code <= 0 || code > MAX_CODE_POINT) return original;
  // Lone surrogates would make the string unencodable later; keep the reference visible instead.
  if (code >= 0xd800 && code <= 0xdfff) return original;
  return String.fromCodePoint(code);
}

/** Decodes the named entities above and numeric references (`&#243;`, `&#xF3;`). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (entity, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X')) {
      return fromCodePoint(Number.parseInt(body.slice(2), 16), entity);
    }
    if (body.startsWith('#')) return fromCodePoint(Number.parseInt(body.slice(1), 10), entity);
    return NAMED_ENTITIES[body] ?? entity;
  });
}

/**
 * Removes HTML comments, including IE conditional comments. An unterminated comment runs to
 * the end of the text, as in a browser: SUNAT keeps whole rows commented out.
 */
export function stripComments(html: string): string {
  return html.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
}

/** Replaces every tag with a space, so that text from adjacent cells does not run together. */
export function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, ' ');
}

/** Turns CR, LF, tabs, no-break spaces and runs of spaces into single spaces, and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** The visible text of an HTML fragment: comments and tags removed, entities decoded, collapsed. */
export function htmlToText(html: string): string {
  return collapseWhitespace(decodeEntities(stripTags(stripComments(html))));
}

/** Splits at line breaks; SUNAT writes `<br>`, `<br/>` and the invalid `</br>` alike. */
export function splitAtBreaks(html: string): string[] {
  return html.split(/<\/?br\s*\/?>/i);
}
