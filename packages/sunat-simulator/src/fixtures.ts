import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** SUNAT's captured pages, as stored: ISO-8859-1 bytes. */
export interface Fixtures {
  /** Result pages by RUC (from files named consulta-<ruc>*.html). */
  results: ReadonlyMap<string, Buffer>;
  /** The list answered to a search by name (lista-por-razon-social.html). */
  listaPorRazonSocial: Buffer;
}

/**
 * The repository's fixtures/sunat. This file sits directly in src/ (or dist/ once built), three
 * levels below the repository root either way.
 */
export function defaultFixturesDir(): string {
  return fileURLToPath(new URL('../../../fixtures/sunat/', import.meta.url));
}

const RESULT_FILE = /^consulta-(\d{11})\b.*\.html$/;

export async function loadFixtures(dir: string = defaultFixturesDir()): Promise<Fixtures> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new Error(`SUNAT fixtures not found in ${dir} (set fixturesDir / --fixtures)`, {
      cause: error,
    });
  }
  const results = new Map<string, Buffer>();
  for (const name of names.sort()) {
    const ruc = RESULT_FILE.exec(name)?.[1];
    if (ruc) results.set(ruc, await readFile(join(dir, name)));
  }
  const listaPorRazonSocial = await readFile(join(dir, 'lista-por-razon-social.html'));
  return { results, listaPorRazonSocial };
}
