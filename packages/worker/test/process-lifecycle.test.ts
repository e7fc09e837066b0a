import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { Config } from '@consulta-ruc/shared';
import { type SunatSimulator, startSimulator } from '@consulta-ruc/sunat-simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openQueue, startTestWorker, testConfig, waitFor } from './helpers.js';

const WORKER_MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));

let sim: SunatSimulator;
beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
});
afterAll(async () => {
  await sim.close();
});

/** The built worker as its own process, the way compose and Railway run it. */
function spawnWorker(config: Config, extra: Record<string, string> = {}): ChildProcess {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    REDIS_URL: config.REDIS_URL,
    CACHE_KEY_PREFIX: config.CACHE_KEY_PREFIX,
    QUEUE_PREFIX: config.QUEUE_PREFIX,
    SUNAT_BASE_URL: config.SUNAT_BASE_URL,
    SCRAPER_STRATEGY: 'http',
    SUNAT_RATE_LIMIT_MAX: '0',
    WORKER_PORT: '0',
    WORKER_LOCK_MS: String(config.WORKER_LOCK_MS),
    WORKER_STALLED_INTERVAL_MS: String(config.WORKER_STALLED_INTERVAL_MS),
    LOG_FORMAT: 'json',
    ...extra,
  };
  const child = spawn(process.execPath, [WORKER_MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.resume();
  child.stderr?.resume();
  return child;
}

describe('worker process lifecycle', () => {
  it('finishes the job in flight on SIGTERM and exits 0', async () => {
    const config = testConfig('proc-sigterm', { SUNAT_BASE_URL: sim.url });
    const producer = await openQueue(config);
    const child = spawnWorker(config);
    try {
      sim.setLatency(1500);
      const job = await producer.add('20440374248');
      await waitFor(async () => (await producer.queue.getJobState(job.id ?? '')) === 'active', {
        what: 'the job to start',
      });
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const [code] = await exited;
      expect(code).toBe(0);
      expect(await producer.queue.getJobState(job.id ?? '')).toBe('completed');
    } finally {
      sim.setLatency(0);
      child.kill('SIGKILL');
      await producer.close();
    }
  });

  it('loses no job when a worker is SIGKILLed mid-job: another worker completes it', async () => {
    const config = testConfig('proc-sigkill', {
      SUNAT_BASE_URL: sim.url,
      SCRAPER_STRATEGY: 'http',
    });
    const producer = await openQueue(config);
    const doomed = spawnWorker(config);
    let survivor: Awaited<ReturnType<typeof startTestWorker>> | undefined;
    try {
      sim.setLatency(3000);
      const job = await producer.add('20146806679');
      await waitFor(async () => (await producer.queue.getJobState(job.id ?? '')) === 'active', {
        what: 'the job to start',
      });
      doomed.kill('SIGKILL');
      await once(doomed, 'exit');
      sim.setLatency(0);
      survivor = await startTestWorker(config);
      const settled = await producer.settle(job, 30_000);
      expect(settled).toMatchObject({ state: 'completed', result: { outcome: 'found' } });
    } finally {
      sim.setLatency(0);
      await producer.close();
      await survivor?.close();
    }
  });
});
