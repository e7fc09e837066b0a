import { type SunatSimulator, startSimulator } from '@consulta-ruc/sunat-simulator';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  readJson,
  spawnWorker,
  startApi,
  type TestApi,
  type TestProcess,
  testConfig,
  waitFor,
} from './helpers.js';

let sim: SunatSimulator;
let api: TestApi;
let worker: TestProcess;
const config = testConfig('api-lookups', { SYNC_WAIT_MS: '5000', NOT_FOUND_TTL_SECONDS: '300' });

beforeAll(async () => {
  sim = await startSimulator({ port: 0, notFoundRucs: ['20999999990'] });
  config.SUNAT_BASE_URL = sim.url;
  api = await startApi(config);
  worker = await spawnWorker(config);
});
afterAll(async () => {
  await worker?.stop();
  await api?.close();
  await sim?.close();
  await api?.deps.queue.obliterate({ force: true }).catch(() => {});
});
afterEach(() => {
  sim.setFaults({ mode: 'none' });
  sim.setLatency(0);
});

const get = (path: string, init?: RequestInit) => fetch(`${api.url}${path}`, init);

describe('GET /v1/ruc/:ruc', () => {
  it('answers a miss with 200 and X-Cache MISS, then the same RUC from the cache with HIT', async () => {
    const miss = await get('/v1/ruc/20440374248');
    expect(miss.status).toBe(200);
    expect(miss.headers.get('x-cache')).toBe('MISS');
    const record = await readJson(miss);
    expect(record).toMatchObject({
      ruc: '20440374248',
      razonSocial: 'GOBIERNO REGIONAL LA LIBERTAD',
    });

    const hit = await get('/v1/ruc/20440374248');
    expect(hit.status).toBe(200);
    expect(hit.headers.get('x-cache')).toBe('HIT');
    expect(Number(hit.headers.get('age'))).toBeGreaterThanOrEqual(0);
    expect(hit.headers.get('content-type')).toBe('application/json; charset=utf-8');
    // Helmet's headers, precomputed, on the hit path too.
    expect(hit.headers.get('x-content-type-options')).toBe('nosniff');
    expect(hit.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(hit.headers.get('strict-transport-security')).toMatch(/max-age=/);
    expect(hit.headers.get('x-powered-by')).toBeNull();
    const body = await hit.text();
    // Sent exactly as stored in Redis, without re-serialising.
    expect(body).toBe(await api.redis.get(`${config.CACHE_KEY_PREFIX}sunat:ruc:20440374248`));
    expect(sim.counts().byRuc['20440374248']).toBe(1);
  });

  it('answers 202 with Location and Retry-After when the wait runs out, then completes when polled', async () => {
    sim.setLatency(1500);
    const res = await get('/v1/ruc/20146806679?wait=0.2');
    expect(res.status).toBe(202);
    const pending = await readJson(res);
    expect(pending).toMatchObject({ ruc: '20146806679', statusUrl: `/v1/jobs/${pending.jobId}` });
    expect(['waiting', 'active']).toContain(pending.status);
    expect(res.headers.get('location')).toBe(pending.statusUrl);
    expect(res.headers.get('retry-after')).toBe('2');
    const job = await waitFor(
      async () => {
        const polled = await readJson(await get(pending.statusUrl));
        return polled.state === 'completed' ? polled : null;
      },
      { timeoutMs: 10_000, intervalMs: 200, what: 'the job to complete' },
    );
    expect(job).toMatchObject({
      jobId: pending.jobId,
      ruc: '20146806679',
      state: 'completed',
      attempts: 1,
      outcome: 'found',
      record: { ruc: '20146806679', razonSocial: 'MUNICIPALIDAD PROVINCIAL DE MOYOBAMBA' },
      error: null,
    });
    expect(job.finishedAt).not.toBeNull();
  });

  it('answers at once with wait=0', async () => {
    sim.setLatency(1000);
    const started = Date.now();
    const res = await get('/v1/ruc/10401510465?wait=0');
    expect(res.status).toBe(202);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it.each([
    ['2044037424', 'length'],
    ['2044037424x', 'non-digit'],
    ['30440374248', 'prefix'],
    ['20440374249', 'check-digit'],
  ])('rejects %s with 400 naming the %s problem, enqueuing nothing', async (ruc, reason) => {
    const res = await get(`/v1/ruc/${ruc}`);
    expect(res.status).toBe(400);
    const body = await readJson(res);
    expect(body).toMatchObject({
      code: 'RUC_INVALID',
      ruc,
      reason,
      message: 'The RUC is not valid.',
    });
    expect(body.detail).toBeTypeOf('string');
    expect(await api.deps.queue.getJobCounts()).not.toHaveProperty('waiting', 1);
  });

  it('answers 404 for a RUC SUNAT does not know, then serves it from the negative cache', async () => {
    const first = await get('/v1/ruc/20999999990');
    expect(first.status).toBe(404);
    expect(await readJson(first)).toMatchObject({ code: 'RUC_NOT_FOUND', ruc: '20999999990' });
    const second = await get('/obtener-ruc/20999999990');
    expect(second.status).toBe(404);
    expect(sim.counts().byRuc['20999999990']).toBe(1);
  });

  it('answers 502 with a clear message when SUNAT fails every attempt', async () => {
    sim.setFaults({ mode: 'http-500', rucs: ['20100070970'] });
    const res = await get('/v1/ruc/20100070970');
    expect(res.status).toBe(502);
    expect(await readJson(res)).toMatchObject({
      code: 'UPSTREAM_FAILED',
      reason: 'UPSTREAM_UNAVAILABLE',
      ruc: '20100070970',
      message: expect.stringMatching(/SUNAT could not be reached/),
    });
    expect(sim.counts().byRuc['20100070970']).toBe(3);
    expect(await api.redis.exists(`${config.CACHE_KEY_PREFIX}sunat:ruc:20100070970`)).toBe(0);
  });

  it('makes one job and one SUNAT request for 50 concurrent misses, and all 50 get the record', async () => {
    sim.setLatency(300);
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => get('/v1/ruc/20604702811')),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(200));
    const bodies = await Promise.all(responses.map((r) => readJson(r)));
    expect(new Set(bodies.map((b) => b.ruc))).toEqual(new Set(['20604702811']));
    expect(sim.counts().byRuc['20604702811']).toBe(1);
  });
});

describe('GET /obtener-ruc/:ruc (original endpoint)', () => {
  it('waits for the lookup and answers 200 with the record', async () => {
    const res = await get('/obtener-ruc/20100047218');
    expect(res.status).toBe(200);
    expect(await readJson(res)).toMatchObject({ ruc: '20100047218' });
  });

  it('keeps the original error shape {message, detail, ruc} plus a code', async () => {
    const res = await get('/obtener-ruc/123');
    expect(res.status).toBe(400);
    const body = await readJson(res);
    expect(Object.keys(body)).toEqual(expect.arrayContaining(['message', 'detail', 'ruc', 'code']));
    expect(body.ruc).toBe('123');
  });
});

describe('POST /v1/lookups', () => {
  it('answers 202 with cached records, queued jobs and invalid entries side by side', async () => {
    const res = await fetch(`${api.url}/v1/lookups`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rucs: ['20440374248', '20131312955', '20131312954', '20999999990'] }),
    });
    expect(res.status).toBe(202);
    const { results } = await readJson(res);
    expect(results).toHaveLength(4);
    expect(results[0]).toMatchObject({
      ruc: '20440374248',
      status: 'completed',
      record: { ruc: '20440374248' },
    });
    expect(results[1]).toMatchObject({ ruc: '20131312955', status: 'queued' });
    expect(results[1].statusUrl).toBe(`/v1/jobs/${results[1].jobId}`);
    expect(results[2]).toMatchObject({
      ruc: '20131312954',
      status: 'invalid',
      error: { code: 'RUC_INVALID' },
    });
    expect(results[3]).toMatchObject({ ruc: '20999999990', status: 'not-found' });
    const job = await waitFor(async () => {
      const polled = await readJson(await get(results[1].statusUrl));
      return polled.state === 'completed' ? polled : null;
    });
    expect(job.record.ruc).toBe('20131312955');
  });

  it('takes a single {ruc} too, and refuses more than 100', async () => {
    const one = await fetch(`${api.url}/v1/lookups`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ruc: '20440374248' }),
    });
    expect(one.status).toBe(202);
    const tooMany = await fetch(`${api.url}/v1/lookups`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rucs: Array(101).fill('20440374248') }),
    });
    expect(tooMany.status).toBe(400);
    expect(await readJson(tooMany)).toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('answers 400 to malformed JSON and 413 to an oversize body', async () => {
    const bad = await fetch(`${api.url}/v1/lookups`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"rucs": [',
    });
    expect(bad.status).toBe(400);
    expect(await readJson(bad)).toMatchObject({
      code: 'BAD_REQUEST',
      detail: 'The body is not valid JSON.',
    });
    const big = await fetch(`${api.url}/v1/lookups`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rucs: ['x'.repeat(40_000)] }),
    });
    expect(big.status).toBe(413);
    expect(await readJson(big)).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });
});

describe('GET /v1/jobs/:id and unknown routes', () => {
  it('answers 404 for an unknown job and an unknown route, in the error shape', async () => {
    const job = await get('/v1/jobs/999999999');
    expect(job.status).toBe(404);
    expect(await readJson(job)).toMatchObject({ code: 'JOB_NOT_FOUND' });
    const route = await get('/nope');
    expect(route.status).toBe(404);
    expect(await readJson(route)).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('carries the request id into the response', async () => {
    const res = await get('/v1/ruc/20440374248', { headers: { 'x-request-id': 'crm-import-42' } });
    expect(res.headers.get('x-request-id')).toBe('crm-import-42');
  });
});
