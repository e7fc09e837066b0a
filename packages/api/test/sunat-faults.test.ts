import { type SunatSimulator, startSimulator } from '@consulta-ruc/sunat-simulator';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  readJson,
  spawnWorker,
  startApi,
  type TestApi,
  type TestProcess,
  testConfig,
} from './helpers.js';

let sim: SunatSimulator;
let api: TestApi;
let worker: TestProcess;
const config = testConfig('api-sunat-faults', { SYNC_WAIT_MS: '20000', JOB_BACKOFF_MS: '50' });

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  config.SUNAT_BASE_URL = sim.url;
  api = await startApi(config);
  worker = await spawnWorker(config, { SCRAPE_TIMEOUT_MS: '500' });
});
afterAll(async () => {
  await worker.stop();
  await api.deps.queue.obliterate({ force: true }).catch(() => {});
  await api.close();
  await sim.close();
});
afterEach(() => sim.setFaults({ mode: 'none' }));

describe('SUNAT misbehaving on every attempt', () => {
  it.each([
    ['waf', '20100070970', 'UPSTREAM_REJECTED', /refused our requests/],
    ['reset', '20604702811', 'UPSTREAM_UNAVAILABLE', /could not be reached/],
    ['hang', '20131312955', 'UPSTREAM_TIMEOUT', /did not answer in time/],
    ['http-500', '20440374248', 'UPSTREAM_UNAVAILABLE', /could not be reached/],
    ['truncated', '20146806679', 'PARSE_FAILED', /could not read/],
    ['garbled', '10401510465', 'PARSE_FAILED', /could not read/],
    ['unknown-layout', '20100047218', 'PARSE_FAILED', /could not read/],
  ] as const)(
    '%s: three attempts with backoff, then a clear 502, and nothing cached',
    async (mode, ruc, reason, message) => {
      sim.setFaults({ mode, rucs: [ruc] });
      sim.resetCounts();
      const res = await fetch(`${api.url}/obtener-ruc/${ruc}`);
      expect(res.status).toBe(502);
      const body = await readJson(res);
      expect(body).toMatchObject({ code: 'UPSTREAM_FAILED', reason, ruc });
      expect(body.message).toMatch(message);
      expect(body.detail).toBeTypeOf('string');
      expect(sim.counts().byRuc[ruc]).toBe(3);
      expect(await api.redis.exists(api.deps.cache.recordKey(ruc))).toBe(0);
      expect(await api.redis.exists(api.deps.cache.notFoundKey(ruc))).toBe(0);
    },
  );

  it('a rate-limited client gets a clear 502 and the next lookup, once SUNAT relents, succeeds', async () => {
    sim.setRateLimit({ maxRequests: 0, windowMs: 60_000, action: 'waf', blockMs: 60_000 });
    const blocked = await fetch(`${api.url}/v1/ruc/20555555556`);
    expect(blocked.status).toBe(502);
    expect(await readJson(blocked)).toMatchObject({ reason: 'UPSTREAM_REJECTED' });
    sim.setRateLimit(null);
    const ok = await fetch(`${api.url}/v1/ruc/20555555556`);
    expect(ok.status).toBe(200);
  });
});
