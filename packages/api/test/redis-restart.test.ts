import {
  createTestRedisServer,
  sampleRecord,
  type TestRedisServer,
} from '@consulta-ruc/shared/testing';
import { type SunatSimulator, startSimulator } from '@consulta-ruc/sunat-simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  readJson,
  spawnWorker,
  startApi,
  type TestApi,
  type TestProcess,
  testConfig,
  waitFor,
} from './helpers.js';

let redis: TestRedisServer;
let sim: SunatSimulator;
let api: TestApi;
let worker: TestProcess;

beforeAll(async () => {
  redis = await createTestRedisServer();
  await redis.start();
  sim = await startSimulator({ port: 0 });
  const config = testConfig('api-redis-restart', {
    REDIS_URL: redis.url,
    SUNAT_BASE_URL: sim.url,
    SYNC_WAIT_MS: '0',
  });
  api = await startApi(config);
  worker = await spawnWorker(config);
});
afterAll(async () => {
  await worker?.stop('SIGKILL');
  await api?.close();
  await sim?.close();
  await redis?.destroy();
});

const get = (path: string) => fetch(`${api.url}${path}`);

describe('Redis restarting under a running API and worker', () => {
  it('answers 503 fast while it is down, keeps the cache, recovers by itself and loses no job', async () => {
    await api.deps.cache.setRecord(sampleRecord({ ruc: '20131312955' }));
    expect((await get('/v1/ruc/20131312955')).status).toBe(200);

    // One job running at "SUNAT" (3 s) and one waiting behind it when Redis goes away.
    sim.setLatency(3000);
    const posted = await fetch(`${api.url}/v1/lookups`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rucs: ['20440374248', '20146806679'] }),
    });
    const { results } = await readJson(posted);
    const jobIds: string[] = results.map((r: { jobId: string }) => r.jobId);
    expect(jobIds).toHaveLength(2);
    await waitFor(async () => ((await api.deps.queue.getJobCounts('active')).active ?? 0) >= 1, {
      what: 'a job to be taken',
    });

    await redis.stop('SIGTERM');
    for (const path of [
      '/v1/ruc/20131312955',
      '/obtener-ruc/20100070970',
      `/v1/jobs/${jobIds[0]}`,
    ]) {
      const started = Date.now();
      const res = await get(path);
      expect(res.status, path).toBe(503);
      expect(Date.now() - started).toBeLessThan(1500);
      expect(await readJson(res)).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
      expect(res.headers.get('retry-after')).toBe('5');
    }
    expect((await get('/ready')).status).toBe(503);
    expect(await readJson(await get('/health'))).toEqual({
      status: 'degraded',
      redis: 'disconnected',
    });
    // Down for longer than the running scrape: its result cannot be written now.
    await new Promise((r) => setTimeout(r, 3500));
    sim.setLatency(0);

    await redis.start();
    const returned = Date.now();
    const back = await waitFor(
      async () => {
        const res = await get('/v1/ruc/20131312955');
        return res.status === 200 ? res : null;
      },
      { timeoutMs: 10_000, intervalMs: 100, what: 'the API to recover' },
    );
    expect(Date.now() - returned).toBeLessThan(5000);
    // The append-only file kept the cache across the restart.
    expect(await readJson(back)).toMatchObject({ ruc: '20131312955' });
    expect((await get('/ready')).status).toBe(200);

    // Both jobs survive and complete once the worker is back (the interrupted one via the stalled check).
    for (const jobId of jobIds) {
      const job = await waitFor(
        async () => {
          const polled = await readJson(await get(`/v1/jobs/${jobId}`));
          return polled.state === 'completed' ? polled : null;
        },
        { timeoutMs: 20_000, intervalMs: 200, what: `job ${jobId} to complete` },
      );
      expect(job.outcome).toBe('found');
      expect(job.record).not.toBeNull();
    }
  });
});
