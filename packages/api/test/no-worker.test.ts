import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJson, startApi, type TestApi, testConfig } from './helpers.js';

// No worker consumes this queue: a miss can only time out, and must do so within its bound.
let api: TestApi;
const config = testConfig('api-no-worker', { SYNC_WAIT_MS: '300', LEGACY_WAIT_MS: '600' });

beforeAll(async () => {
  api = await startApi(config);
});
afterAll(async () => {
  await api.deps.queue.obliterate({ force: true }).catch(() => {});
  await api.close();
});

describe('with no worker running', () => {
  it('GET /v1/ruc answers 202 after SYNC_WAIT_MS, never hanging', async () => {
    const started = Date.now();
    const res = await fetch(`${api.url}/v1/ruc/20131312955`);
    const elapsed = Date.now() - started;
    expect(res.status).toBe(202);
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(2000);
    expect(await readJson(res)).toMatchObject({ ruc: '20131312955', status: 'waiting' });
  });

  it('GET /obtener-ruc answers 504 after LEGACY_WAIT_MS with the job to poll', async () => {
    const started = Date.now();
    const res = await fetch(`${api.url}/obtener-ruc/20100070970`);
    expect(Date.now() - started).toBeLessThan(2500);
    expect(res.status).toBe(504);
    const body = await readJson(res);
    expect(body).toMatchObject({ code: 'LOOKUP_TIMEOUT', ruc: '20100070970' });
    expect(body.statusUrl).toBe(`/v1/jobs/${body.jobId}`);
    const job = await readJson(await fetch(`${api.url}${body.statusUrl}`));
    expect(job).toMatchObject({ state: 'waiting', attempts: 0 });
  });

  it('lets waiters go: no pending waiter outlives its request', async () => {
    await fetch(`${api.url}/v1/ruc/20604702811?wait=0.1`);
    expect((api.deps.lookups as unknown as { waiter: { size: number } }).waiter.size).toBe(0);
  });
});
