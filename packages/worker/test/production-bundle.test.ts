import {
  type RunningBundle,
  startProductionBundle,
  testConfig,
} from '@consulta-ruc/shared/testing';
import { afterAll, describe, expect, it } from 'vitest';

let bundle: RunningBundle | undefined;
afterAll(async () => {
  await bundle?.cleanUp();
});

describe('the worker production bundle (what the Dockerfile ships)', () => {
  it('starts with plain node from a pnpm deploy --prod folder, passes its health check, and exits 0 on SIGTERM', async () => {
    bundle = await startProductionBundle(
      '@consulta-ruc/worker',
      testConfig('worker-bundle'),
      'WORKER_PORT',
      {
        PUPPETEER_EXECUTABLE_PATH: process.env.PUPPETEER_EXECUTABLE_PATH ?? '/usr/bin/chromium',
        BROWSER_NO_SANDBOX: 'true',
      },
    );
    expect(await bundle.ready.json()).toMatchObject({
      status: 'ready',
      redis: 'connected',
      browser: 'available',
    });
    const base = `http://127.0.0.1:${bundle.port}`;
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect(await (await fetch(`${base}/metrics`)).text()).toContain(
      'consulta_ruc_worker_jobs_total',
    );
    expect(await bundle.stop()).toBe(0);
  });
});
