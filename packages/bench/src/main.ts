import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { startSimulator } from '@consulta-ruc/sunat-simulator';
import { Redis } from 'ioredis';
import type { BenchContext } from './context.js';
import { printScenario, type ScenarioResult } from './report.js';
import { dedup } from './scenarios/dedup.js';
import { hitPath } from './scenarios/hit-path.js';
import { missBrowser } from './scenarios/miss-browser.js';
import { missHttp } from './scenarios/miss-http.js';
import { redisMemory } from './scenarios/redis-memory.js';
import { workerMemory } from './scenarios/worker-memory.js';
import { workerScale } from './scenarios/worker-scale.js';

const SCENARIOS = {
  'hit-path': (ctx: BenchContext, redis: Redis) => hitPath(ctx, redis),
  'miss-http': (ctx: BenchContext) => missHttp(ctx),
  'miss-browser': (ctx: BenchContext) => missBrowser(ctx),
  dedup: (ctx: BenchContext) => dedup(ctx),
  'worker-memory': (ctx: BenchContext) => workerMemory(ctx),
  'redis-memory': (ctx: BenchContext, redis: Redis) => redisMemory(ctx, redis),
  'worker-scale': (ctx: BenchContext) => workerScale(ctx),
} as const;

const { values } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    only: { type: 'string' },
    out: { type: 'string', default: 'bench-results' },
    'redis-url': { type: 'string', default: 'redis://127.0.0.1:6379' },
  },
});

const names = (values.only?.split(',') ?? Object.keys(SCENARIOS)) as (keyof typeof SCENARIOS)[];
const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.availableParallelism(),
  memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
};
console.log(
  `consulta-ruc bench${values.smoke ? ' (smoke: short runs, figures not meaningful)' : ''}`,
);
console.log(`machine: ${JSON.stringify(machine)}`);

// Interrupted: exit through process.exit so 'exit' hooks (the browser manager's) kill Chromium.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

const redis = new Redis(values['redis-url'], { family: 0 });
const sim = await startSimulator({ port: 0 });
const ctx: BenchContext = { smoke: values.smoke, redisUrl: values['redis-url'], sim, redis };
const results: ScenarioResult[] = [];
const errors: Record<string, string> = {};
try {
  for (const name of names) {
    const run = SCENARIOS[name];
    if (!run)
      throw new Error(`unknown scenario ${name}; known: ${Object.keys(SCENARIOS).join(', ')}`);
    try {
      const result = await run(ctx, redis);
      printScenario(result);
      results.push(result);
    } catch (error) {
      errors[name] = error instanceof Error ? error.message : String(error);
      console.log(`\n## ${name}: FAILED: ${errors[name]}`);
    }
  }
} finally {
  await sim.close();
  redis.disconnect();
}

const run = { at: new Date().toISOString(), smoke: values.smoke, machine, results, errors };
await mkdir(values.out, { recursive: true });
const file = `${values.out}/bench-${run.at.replace(/[:.]/g, '-')}${values.smoke ? '-smoke' : ''}.json`;
await writeFile(file, `${JSON.stringify(run, null, 2)}\n`);
await writeFile(
  `${values.out}/latest${values.smoke ? '-smoke' : ''}.json`,
  `${JSON.stringify(run, null, 2)}\n`,
);
console.log(`\nwrote ${file}`);
process.exit(Object.keys(errors).length === 0 ? 0 : 1);
