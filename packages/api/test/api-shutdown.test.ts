import { createRedis, waitForRedis } from '@consulta-ruc/shared';
import { deleteByPrefix } from '@consulta-ruc/shared/testing';
import { type SunatSimulator, startSimulator } from '@consulta-ruc/sunat-simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  freePort,
  readJson,
  spawnApi,
  spawnWorker,
  type TestProcess,
  testConfig,
  waitFor,
} from './helpers.js';

let sim: SunatSimulator;
const procs: TestProcess[] = [];

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
});
const config = testConfig('api-shutdown', { SYNC_WAIT_MS: '20000' });

afterAll(async () => {
  await Promise.all(procs.map((p) => p.stop('SIGKILL')));
  await sim.close();
  const redis = createRedis({ url: config.REDIS_URL, role: 'request' });
  await waitForRedis(redis);
  await deleteByPrefix(redis, config.CACHE_KEY_PREFIX, `${config.QUEUE_PREFIX}:`);
  redis.disconnect();
});

describe('SIGTERM while busy', () => {
  it('lets the API and the worker finish the lookup in flight, answer it, and exit 0', async () => {
    config.SUNAT_BASE_URL = sim.url;
    const api = await spawnApi(config, await freePort());
    const worker = await spawnWorker(config);
    procs.push(api, worker);
    sim.setLatency(1500);
    const inFlight = fetch(`${api.url}/v1/ruc/20440374248`);
    await waitFor(() => sim.counts().byRuc['20440374248'], {
      what: 'the scrape to reach SUNAT',
    });

    const signalled = Date.now();
    const [apiExit, workerExit] = await Promise.all([api.stop('SIGTERM'), worker.stop('SIGTERM')]);
    // Done when the work is done, not at the 25 s deadline.
    expect(Date.now() - signalled).toBeLessThan(8000);
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await readJson(res)).toMatchObject({ ruc: '20440374248' });
    expect(apiExit).toBe(0);
    expect(workerExit).toBe(0);
    // Draining: the API refused new connections once it had the signal.
    await expect(fetch(`${api.url}/health`)).rejects.toThrow();
  });
});
