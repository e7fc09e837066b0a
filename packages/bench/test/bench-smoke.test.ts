import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const SCENARIOS = [
  'hit-path',
  'miss-http',
  'miss-browser',
  'dedup',
  'worker-memory',
  'redis-memory',
  'worker-scale',
];

// Benchmarks are not timed tests: this proves the bench still runs end to end and reports every
// scenario beside its baseline. It never fails on the numbers.
describe('pnpm bench --smoke', () => {
  it('runs every scenario, prints each figure with its baseline and ratio, and writes the JSON', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'bench-smoke-'));
    try {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [MAIN, '--smoke', '--out', out],
        {
          env: { ...process.env, LOG_LEVEL: 'warn' },
          timeout: 240_000,
          maxBuffer: 10 * 1024 * 1024,
        },
      );
      console.log(stdout);
      for (const name of SCENARIOS) expect(stdout).toContain(`## ${name}:`);
      expect(stdout).toMatch(/ratio\s+[\d.]+/);
      const run = JSON.parse(await readFile(path.join(out, 'latest-smoke.json'), 'utf8'));
      expect(run.errors).toEqual({});
      expect(run.results.map((r: { name: string }) => r.name)).toEqual(SCENARIOS);
      for (const result of run.results) {
        expect(result.figures.length).toBeGreaterThan(0);
        for (const f of result.figures) {
          expect(Number.isFinite(f.value) && Number.isFinite(f.baseline)).toBe(true);
        }
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 300_000);
});
