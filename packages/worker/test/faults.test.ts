import { notFoundKey, parseFailure, recordKey } from '@consulta-ruc/shared';
import { type SunatSimulator, startSimulator } from '@consulta-ruc/sunat-simulator';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openQueue, startTestWorker, type TestWorker, testConfig } from './helpers.js';

let sim: SunatSimulator;
let worker: TestWorker;
let producer: Awaited<ReturnType<typeof openQueue>>;
const config = testConfig('faults', {
  SCRAPER_STRATEGY: 'http',
  JOB_ATTEMPTS: '3',
  SCRAPE_TIMEOUT_MS: '400',
  NOT_FOUND_TTL_SECONDS: '120',
  CACHE_TTL_SECONDS: '3600',
});

beforeAll(async () => {
  sim = await startSimulator({ port: 0, notFoundRucs: ['20999999990'] });
  config.SUNAT_BASE_URL = sim.url;
  worker = await startTestWorker(config);
  producer = await openQueue(config);
});
afterAll(async () => {
  await producer.close();
  await worker.close();
  await sim.close();
});
afterEach(() => {
  sim.setFaults({ mode: 'none' });
  sim.resetCounts();
});

async function cached(ruc: string) {
  return worker.redis.exists(recordKey(ruc, config.CACHE_KEY_PREFIX));
}

describe('faults at SUNAT', () => {
  it.each([
    ['http-500', 'UPSTREAM_UNAVAILABLE', '20100070970'],
    ['reset', 'UPSTREAM_UNAVAILABLE', '20604702811'],
    ['hang', 'UPSTREAM_TIMEOUT', '20131312955'],
    ['waf', 'UPSTREAM_REJECTED', '20440374248'],
    ['error-page', 'UPSTREAM_ERROR_PAGE', '20146806679'],
    ['garbled', 'PARSE_FAILED', '10401510465'],
    ['truncated', 'PARSE_FAILED', '20512345671'],
    ['unknown-layout', 'PARSE_FAILED', '20100047218'],
  ] as const)('%s: three attempts at SUNAT, then %s, nothing cached', async (mode, code, ruc) => {
    sim.setFaults({ mode });
    const settled = await producer.settle(await producer.add(ruc));
    expect(settled.state).toBe('failed');
    if (settled.state !== 'failed') return;
    expect(parseFailure(settled.reason).code).toBe(code);
    expect(settled.attemptsMade).toBe(3);
    expect(sim.counts().byRuc[ruc]).toBe(3);
    expect(await cached(ruc)).toBe(0);
  });

  it('recovers when a fault clears before the attempts run out', async () => {
    sim.setFaults({ mode: 'http-500', times: 2 });
    const settled = await producer.settle(await producer.add('20600000013'));
    expect(settled).toMatchObject({ state: 'completed', result: { outcome: 'found' } });
    expect(sim.counts().byRuc['20600000013']).toBe(3);
    expect(await cached('20600000013')).toBe(1);
  });
});

describe('a RUC SUNAT does not know', () => {
  it('is asked once, completes as not-found and is negative-cached with the shorter TTL', async () => {
    const settled = await producer.settle(await producer.add('20999999990'));
    expect(settled).toMatchObject({
      state: 'completed',
      result: { outcome: 'not-found', source: 'http' },
    });
    expect(sim.counts().byRuc['20999999990']).toBe(1);
    const key = notFoundKey('20999999990', config.CACHE_KEY_PREFIX);
    const ttl = await worker.redis.ttl(key);
    expect(ttl).toBeGreaterThan(100);
    expect(ttl).toBeLessThanOrEqual(120);
    expect(await cached('20999999990')).toBe(0);

    const again = await producer.settle(await producer.add('20999999990'));
    expect(again).toMatchObject({
      state: 'completed',
      result: { outcome: 'not-found', source: 'cache' },
    });
    expect(sim.counts().byRuc['20999999990']).toBe(1);
  });
});

describe('an invalid RUC in a job', () => {
  it('fails at once without retries or a request to SUNAT', async () => {
    const job = await producer.queue.add('lookup', { ruc: '20131312954' });
    const settled = await producer.settle(job);
    expect(settled.state).toBe('failed');
    if (settled.state !== 'failed') return;
    expect(parseFailure(settled.reason)).toMatchObject({ code: 'RUC_INVALID' });
    expect(settled.attemptsMade).toBe(1);
    expect(sim.counts().total).toBe(0);
  });
});

describe('two jobs for one RUC at once', () => {
  it('share one job, and SUNAT is asked once', async () => {
    sim.setLatency(300);
    try {
      const [a, b] = await Promise.all([producer.add('20555555556'), producer.add('20555555556')]);
      expect(a.id).toBe(b.id);
      const [ra, rb] = await Promise.all([producer.settle(a), producer.settle(b)]);
      expect(ra).toMatchObject({ state: 'completed', result: { outcome: 'found' } });
      expect(rb).toMatchObject({ state: 'completed', result: { outcome: 'found' } });
      expect(sim.counts().byRuc['20555555556']).toBe(1);
    } finally {
      sim.setLatency(0);
    }
  });
});
