import { type SunatSimulator, startSimulator } from '@consulta-ruc/sunat-simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPids, openQueue, startTestWorker, testConfig, waitFor } from './helpers.js';

let sim: SunatSimulator;
beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
});
afterAll(async () => {
  await sim.close();
});

describe('the browser lifecycle', () => {
  it('relaunches Chromium killed mid-scrape, retries the job to success, and leaves no process behind', async () => {
    const config = testConfig('browser-kill', {
      SCRAPER_STRATEGY: 'browser',
      SUNAT_BASE_URL: sim.url,
      JOB_ATTEMPTS: '3',
    });
    const worker = await startTestWorker(config);
    const producer = await openQueue(config);
    try {
      sim.setLatency(1500);
      const job = await producer.add('20440374248');
      const pid = await waitFor(() => worker.app.scraping.browsers?.browserPid, {
        what: 'Chromium to launch',
      });
      // The query is in flight: SUNAT (the simulator) takes 1.5 s to answer it.
      await new Promise((r) => setTimeout(r, 700));
      process.kill(pid, 'SIGKILL');
      sim.setLatency(0);
      const settled = await producer.settle(job);
      expect(settled).toMatchObject({
        state: 'completed',
        result: { outcome: 'found', source: 'browser' },
      });
      const newPid = worker.app.scraping.browsers?.browserPid;
      expect(newPid).toBeDefined();
      expect(newPid).not.toBe(pid);
      const launches = await worker.app.metrics.registry.getSingleMetricAsString(
        'consulta_ruc_worker_browser_launches_total',
      );
      expect(launches).toMatch(/ 2$/m);
    } finally {
      sim.setLatency(0);
      await producer.close();
      await worker.close();
    }
    expect(await chromiumPids(worker.profileRoot)).toEqual([]);
  });

  it('retires the browser after its page budget and leaves no chromium after many jobs', async () => {
    const config = testConfig('browser-retire', {
      SCRAPER_STRATEGY: 'browser',
      SUNAT_BASE_URL: sim.url,
      BROWSER_MAX_PAGES: '5',
      WORKER_CONCURRENCY: '2',
    });
    const worker = await startTestWorker(config);
    const producer = await openQueue(config);
    const rucs = Array.from({ length: 12 }, (_, i) => {
      const firstTen = `2060000${String(i).padStart(3, '0')}`;
      const weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
      const sum = weights.reduce((acc, w, j) => acc + w * Number(firstTen[j]), 0);
      const dv = 11 - (sum % 11);
      return `${firstTen}${dv === 10 ? 0 : dv === 11 ? 1 : dv}`;
    });
    try {
      const jobs = await Promise.all(rucs.map((ruc) => producer.add(ruc)));
      const settled = await Promise.all(jobs.map((job) => producer.settle(job, 60_000)));
      expect(settled.every((s) => s.state === 'completed')).toBe(true);
      const retirements = await worker.app.metrics.registry.getSingleMetricAsString(
        'consulta_ruc_worker_browser_retirements_total',
      );
      expect(retirements).toMatch(/reason="max-pages"} 2/);
      // Retired browsers are gone; only the current one (and its helpers) may run.
      await waitFor(async () => (await chromiumPids(worker.profileRoot)).length > 0);
    } finally {
      await producer.close();
      await worker.close();
    }
    expect(await chromiumPids(worker.profileRoot)).toEqual([]);
  });
});
