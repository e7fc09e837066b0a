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

let sim: SunatSimulator;
let api: TestApi;
const workers: TestProcess[] = [];
const config = testConfig('api-worker-killed', { SYNC_WAIT_MS: '20000' });

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  config.SUNAT_BASE_URL = sim.url;
  api = await startApi(config);
});
afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop('SIGKILL')));
  await api.deps.queue.obliterate({ force: true }).catch(() => {});
  await api.close();
  await sim.close();
});

describe('a worker SIGKILLed in the middle of a job', () => {
  it('loses nothing: another worker completes the job and the waiting request gets its 200', async () => {
    sim.setLatency(4000);
    const doomed = await spawnWorker(config);
    workers.push(doomed);
    const pending = fetch(`${api.url}/v1/ruc/20440374248`);
    await waitFor(async () => (await api.deps.queue.getJobCounts('active')).active === 1, {
      what: 'the job to be taken',
    });
    // The scrape is at SUNAT now (4 s). Kill the worker the hard way.
    expect(await doomed.stop('SIGKILL')).toBeNull();
    sim.setLatency(0);
    const started = Date.now();
    workers.push(await spawnWorker(config));
    const res = await pending;
    expect(res.status).toBe(200);
    expect(res.headers.get('x-cache')).toBe('MISS');
    expect(await readJson(res)).toMatchObject({ ruc: '20440374248' });
    // Taken over once the dead worker's lock lapsed (WORKER_LOCK_MS 3 s in tests).
    expect(Date.now() - started).toBeLessThan(15_000);
    const [job] = await api.deps.queue.getJobs(['completed']);
    expect(job?.data.ruc).toBe('20440374248');
  });
});
