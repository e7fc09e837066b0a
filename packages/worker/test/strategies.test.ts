import { readFileSync } from 'node:fs';
import { parseResultPage, recordKey, taxpayerRecordSchema } from '@consulta-ruc/shared';
import { type SunatSimulator, startSimulator } from '@consulta-ruc/sunat-simulator';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openQueue, startTestWorker, type TestWorker, testConfig } from './helpers.js';

const captured = readFileSync(
  new URL('../../../fixtures/sunat/consulta-20440374248.html', import.meta.url),
);
const expectedFields = (() => {
  const outcome = parseResultPage(captured);
  if (outcome.kind !== 'record') throw new Error('fixture does not parse');
  const { fetchedAt: _, ...fields } = outcome.record;
  return fields;
})();

let sim: SunatSimulator;
beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
});
afterAll(async () => {
  await sim.close();
});
afterEach(() => {
  sim.setFaults({ mode: 'none' });
  sim.setRequireBrowser(false);
  sim.resetCounts();
});

describe.each(['http', 'browser'] as const)('the %s strategy, end to end', (strategy) => {
  let worker: TestWorker;
  let producer: Awaited<ReturnType<typeof openQueue>>;
  const config = testConfig(`strategy-${strategy}`, {
    SCRAPER_STRATEGY: strategy,
    CACHE_TTL_SECONDS: '3600',
  });

  beforeAll(async () => {
    config.SUNAT_BASE_URL = sim.url;
    worker = await startTestWorker(config);
    producer = await openQueue(config);
  });
  afterAll(async () => {
    await producer.close();
    await worker.close();
  });

  it('takes a job in and leaves the record in the cache with its TTL and the page’s fields', async () => {
    const job = await producer.add('20440374248');
    const settled = await producer.settle(job);
    expect(settled).toMatchObject({
      state: 'completed',
      result: { ruc: '20440374248', outcome: 'found', source: strategy },
    });
    const json = await worker.redis.get(recordKey('20440374248', config.CACHE_KEY_PREFIX));
    const record = taxpayerRecordSchema.parse(JSON.parse(json ?? 'null'));
    expect(record).toMatchObject(expectedFields);
    expect(record.razonSocial).toBe('GOBIERNO REGIONAL LA LIBERTAD');
    expect(record.departamento).toBe('LA LIBERTAD');
    const ttl = await worker.redis.ttl(recordKey('20440374248', config.CACHE_KEY_PREFIX));
    expect(ttl).toBeGreaterThan(3590);
    expect(ttl).toBeLessThanOrEqual(3600);
    expect(sim.counts().byRuc['20440374248']).toBe(1);
  });

  it('reads accented text right from a generated taxpayer', async () => {
    const job = await producer.add('20131312955');
    const settled = await producer.settle(job);
    expect(settled.state).toBe('completed');
    const record = await worker.app.cache.getRecord('20131312955');
    expect(record?.ruc).toBe('20131312955');
    expect(record?.razonSocial.length).toBeGreaterThan(0);
    expect(JSON.stringify(record)).not.toContain('\uFFFD');
  });

  it('answers a second job for the same RUC from the cache without asking SUNAT', async () => {
    const first = await producer.settle(await producer.add('20146806679'));
    const second = await producer.settle(await producer.add('20146806679'));
    expect(first).toMatchObject({ state: 'completed', result: { source: strategy } });
    expect(second).toMatchObject({ state: 'completed', result: { source: 'cache' } });
    expect(sim.counts().byRuc['20146806679']).toBe(1);
  });
});

describe('the auto strategy', () => {
  let worker: TestWorker;
  let producer: Awaited<ReturnType<typeof openQueue>>;
  const config = testConfig('strategy-auto', { SCRAPER_STRATEGY: 'auto' });

  beforeAll(async () => {
    config.SUNAT_BASE_URL = sim.url;
    worker = await startTestWorker(config);
    producer = await openQueue(config);
  });
  afterAll(async () => {
    await producer.close();
    await worker.close();
  });

  it('serves over HTTP when SUNAT accepts the HTTP client', async () => {
    const settled = await producer.settle(await producer.add('10401510465'));
    expect(settled).toMatchObject({ state: 'completed', result: { source: 'http' } });
  });

  it('falls back to the browser when the firewall rejects the HTTP client', async () => {
    sim.setRequireBrowser(true);
    const settled = await producer.settle(await producer.add('20100070970'));
    expect(settled).toMatchObject({
      state: 'completed',
      result: { outcome: 'found', source: 'browser' },
    });
    // One rejected HTTP query, then the browser's.
    expect(sim.counts().byRuc['20100070970']).toBe(2);
    const metrics = await worker.app.metrics.registry.getSingleMetricAsString(
      'consulta_ruc_worker_browser_fallbacks_total',
    );
    expect(metrics).toMatch(/reason="rejected"} 1/);
  });
});
