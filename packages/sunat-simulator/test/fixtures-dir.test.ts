import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultFixturesDir, type SunatSimulator, startSimulator } from '../src/index.js';
import { browserFields, query } from './helpers.js';

let sim: SunatSimulator | undefined;
let dir: string | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('fixtures folder', () => {
  it("defaults to the repository's fixtures/sunat", () => {
    expect(defaultFixturesDir()).toBe(
      fileURLToPath(new URL('../../../fixtures/sunat/', import.meta.url)),
    );
  });

  it('can be moved elsewhere with fixturesDir, and captures are served from there', async () => {
    dir = await mkdtemp(join(tmpdir(), 'sunat-fixtures-'));
    await cp(defaultFixturesDir(), dir, { recursive: true });
    const marker = Buffer.from('<html><title>SUNAT - Consulta RUC</title>copia</html>', 'latin1');
    await writeFile(join(dir, 'consulta-20440374248.html'), marker);
    sim = await startSimulator({ fixturesDir: dir });
    expect((await query(sim.url, browserFields('20440374248'))).bytes.equals(marker)).toBe(true);
  });

  it('refuses to start without its fixtures, naming the folder', async () => {
    await expect(startSimulator({ fixturesDir: '/nonexistent/sunat' })).rejects.toThrow(
      /fixtures not found in \/nonexistent\/sunat/,
    );
  });
});
