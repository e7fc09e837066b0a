import { readFileSync } from 'node:fs';
import { configSchema } from '@consulta-ruc/shared';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

describe('the docs say what the code does', () => {
  it('documents every environment variable the config schema reads', () => {
    const doc = read('docs/configuration.md');
    const missing = Object.keys(configSchema.shape).filter((key) => !doc.includes(`\`${key}\``));
    expect(missing).toEqual([]);
  });

  it('opens the README with what the project is, then a Quick start of exactly two command lines', () => {
    const readme = read('README.md');
    const quickStart = /## Quick start\s+```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const lines = quickStart.split('\n').filter((line) => line.trim() !== '');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/ start$/);
    expect(lines[1]).toMatch(/ test$/);
    expect(readme.indexOf('## Quick start')).toBeGreaterThan(readme.indexOf('# consulta-ruc'));
  });

  it('runs the README’s test line verbatim in CI', () => {
    const readme = read('README.md');
    const testLine = /## Quick start\s+```sh\n[^\n]*\n([^\n]*)\n/.exec(readme)?.[1];
    expect(testLine).toBeDefined();
    expect(read('.ci/run')).toContain(testLine as string);
  });
});
