import { collapseWhitespace } from './html-text.js';

/** The parts of SUNAT's Domicilio Fiscal; every field is null when SUNAT shows "-". */
export interface DomicilioParts {
  /** The whole address, runs of white space collapsed. */
  domicilioFiscal: string | null;
  /** The street and zone only, without the department. */
  direccion: string | null;
  departamento: string | null;
  provincia: string | null;
  distrito: string | null;
}

/**
 * Peru's departments, plus Callao and Lima (Lima province is its own region), written without
 * accents: names are compared after folding accents, so "SAN MARTÍN" and "HUÁNUCO" match too.
 */
const DEPARTMENTS = [
  'AMAZONAS',
  'ANCASH',
  'APURIMAC',
  'AREQUIPA',
  'AYACUCHO',
  'CAJAMARCA',
  'CALLAO',
  'CUSCO',
  'CUZCO',
  'HUANCAVELICA',
  'HUANUCO',
  'ICA',
  'JUNIN',
  'LA LIBERTAD',
  'LAMBAYEQUE',
  'LIMA',
  'LORETO',
  'MADRE DE DIOS',
  'MOQUEGUA',
  'PASCO',
  'PIURA',
  'PUNO',
  'SAN MARTIN',
  'TACNA',
  'TUMBES',
  'UCAYALI',
]
  // Longest first, so that a multi-word name wins over any shorter name it ends with.
  .sort((a, b) => b.length - a.length);

const EMPTY: DomicilioParts = {
  domicilioFiscal: null,
  direccion: null,
  departamento: null,
  provincia: null,
  distrito: null,
};

/**
 * Folds accents one character at a time, so that positions in the folded string are positions in
 * the original (the input is NFC-normalised first, so every accented letter is one character).
 */
function foldAccents(text: string): string {
  return Array.from(text, (c) => c.normalize('NFD').charAt(0))
    .join('')
    .toUpperCase();
}

/** The department the street segment ends with, as written there, and the street before it. */
function splitDepartment(segment: string): { direccion: string; departamento: string | null } {
  const folded = foldAccents(segment);
  for (const name of DEPARTMENTS) {
    if (!folded.endsWith(name)) continue;
    const start = segment.length - name.length;
    // A whole word only: "CHICA" does not end with the department ICA.
    if (start > 0 && segment.charAt(start - 1) !== ' ') continue;
    return {
      direccion: segment.slice(0, start).trim(),
      departamento: segment.slice(start),
    };
  }
  return { direccion: segment, departamento: null };
}

/**
 * Splits SUNAT's fixed-width Domicilio Fiscal, "<street and zone> <DEPARTAMENTO>", padded with
 * about 120 spaces, "- <PROVINCIA>", padded again, "- <DISTRITO>".
 *
 * The segments are cut at the padded dashes; if the padding is gone (white space already
 * collapsed), at the last two " - ". Without three segments, only the whole address is kept (as
 * domicilioFiscal and direccion). The department is recognised at the end of the first segment;
 * when none is, direccion is that whole segment and departamento is null.
 *
 * @param raw - the value text with its original spacing, entities decoded
 */
export function splitDomicilio(raw: string): DomicilioParts {
  const normalised = raw.normalize('NFC').replace(/\u00a0/g, ' ');
  const domicilioFiscal = collapseWhitespace(normalised);
  if (domicilioFiscal === '' || domicilioFiscal === '-') return { ...EMPTY };

  let segments = normalised
    .trim()
    .split(/\s{2,}-\s*/)
    .map(collapseWhitespace);
  if (segments.length < 3) segments = domicilioFiscal.split(' - ');
  if (segments.length < 3) {
    return { ...EMPTY, domicilioFiscal, direccion: domicilioFiscal };
  }

  const distrito = segments.pop() ?? '';
  const provincia = segments.pop() ?? '';
  // A street that itself holds " - " was split too: join it back.
  const { direccion, departamento } = splitDepartment(segments.join(' - '));
  return {
    domicilioFiscal,
    direccion: direccion === '' ? null : direccion,
    departamento,
    provincia: provincia === '' || provincia === '-' ? null : provincia,
    distrito: distrito === '' || distrito === '-' ? null : distrito,
  };
}
