const ENTITY_NAMES: Readonly<Record<string, string>> = {
  á: 'aacute',
  é: 'eacute',
  í: 'iacute',
  ó: 'oacute',
  ú: 'uacute',
  Á: 'Aacute',
  É: 'Eacute',
  Í: 'Iacute',
  Ó: 'Oacute',
  Ú: 'Uacute',
  ñ: 'ntilde',
  Ñ: 'Ntilde',
  ü: 'uuml',
  Ü: 'Uuml',
};

/**
 * Writes accented letters as named entities, the way SUNAT writes some values (padrones,
 * notes) while it prints others as raw ISO-8859-1 bytes.
 */
export function withEntities(text: string): string {
  return text.replace(/[áéíóúÁÉÍÓÚñÑüÜ]/g, (ch) => `&${ENTITY_NAMES[ch] ?? ch};`);
}
