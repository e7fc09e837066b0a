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

describe('the API production bundle (what the Dockerfile ships)', () => {
  it('starts with plain node from a pnpm deploy --prod folder, passes /ready, and exits 0 on SIGTERM', async () => {
    bundle = await startProductionBundle('@consulta-ruc/api', testConfig('api-bundle'), 'PORT');
    expect(await bundle.ready.json()).toMatchObject({ status: 'ready', redis: 'connected' });
    const health = await fetch(`http://127.0.0.1:${bundle.port}/health`);
    expect(await health.json()).toEqual({ status: 'ok', redis: 'connected' });
    expect(await bundle.stop()).toBe(0);
  });
});
