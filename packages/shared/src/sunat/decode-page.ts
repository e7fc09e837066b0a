/**
 * Labels that mean ISO-8859-1. Browsers (and the WHATWG Encoding standard) decode all of them as
 * windows-1252, a superset that only differs in 0x80-0x9F, where ISO-8859-1 has control codes.
 */
const LATIN1_LABELS = new Set([
  'iso-8859-1',
  'iso8859-1',
  'iso_8859-1',
  'latin1',
  'latin-1',
  'l1',
  'cp819',
  'us-ascii',
  'ascii',
  'windows-1252',
  'cp1252',
]);

const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);

/** The charset parameter of a Content-Type header value, lower-cased, or null. */
function charsetOf(contentType: string | undefined): string | null {
  if (!contentType) return null;
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType);
  return match?.[1] ? match[1].toLowerCase() : null;
}

/** The encoding label to decode with, or null when the runtime does not know the charset. */
function encodingFor(charset: string): string | null {
  if (LATIN1_LABELS.has(charset)) return 'windows-1252';
  if (UTF8_LABELS.has(charset)) return 'utf-8';
  try {
    return new TextDecoder(charset).encoding;
  } catch {
    // An unknown label: ignore the header and sniff, as if it named no charset.
    return null;
  }
}

/**
 * Turns a SUNAT answer into text.
 *
 * SUNAT sends ISO-8859-1 bytes under `<meta charset="utf-8">`, and whether its Content-Type
 * header names a charset is unconfirmed. So a charset in the header wins; without one, the bytes
 * (or when the header claims UTF-8) are tried as strict UTF-8 (which ISO-8859-1 accented text almost never is) and otherwise read as
 * windows-1252. The meta tag is never trusted.
 *
 * @param input - the response body, or a string already decoded (e.g. read from a browser)
 * @param contentType - the Content-Type header value, if known
 * @returns the page text; a leading byte-order mark is dropped
 */
export function decodePage(input: Uint8Array | string, contentType?: string): string {
  if (typeof input === 'string') return input.replace(/^\uFEFF/, '');
  const charset = charsetOf(contentType);
  const declared = charset ? encodingFor(charset) : null;
  // A header that says UTF-8 over bytes that are not UTF-8 is SUNAT's usual ISO-8859-1 mislabelled.
  if (declared && declared !== 'utf-8') return new TextDecoder(declared).decode(input);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    return new TextDecoder('windows-1252').decode(input);
  }
}
