import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createRedis, waitForRedis } from '@consulta-ruc/shared';
import {
  deleteByPrefix,
  deployProductionBundle,
  type ProductionBundle,
  testConfig,
  waitFor,
} from '@consulta-ruc/shared/testing';
import { afterAll, describe, expect, it } from 'vitest';

let bundle: ProductionBundle | undefined;
let child: ChildProcess | undefined;

const config = testConfig('api-bundle');

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await bundle?.remove();
  const redis = createRedis({ url: config.REDIS_URL, role: 'request' });
  await waitForRedis(redis);
  await deleteByPrefix(redis, config.CACHE_KEY_PREFIX, `${config.QUEUE_PREFIX}:`);
  redis.disconnect();
});

describe('the API production bundle (what the Dockerfile ships)', () => {
  it('starts with plain node from a pnpm deploy --prod folder, passes /ready, and exits 0 on SIGTERM', async () => {
    bundle = await deployProductionBundle('@consulta-ruc/api');
    const port = 30_000 + Math.floor(Math.random() * 20_000);
    child = bundle.start({
      PORT: String(port),
      HOST: '127.0.0.1',
      REDIS_URL: config.REDIS_URL,
      CACHE_KEY_PREFIX: config.CACHE_KEY_PREFIX,
      QUEUE_PREFIX: config.QUEUE_PREFIX,
    });
    const output: string[] = [];
    child.stdout?.on('data', (d) => output.push(String(d)));
    child.stderr?.on('data', (d) => output.push(String(d)));
    const ready = await waitFor(
      async () => {
        const res = await fetch(`http://127.0.0.1:${port}/ready`).catch(() => null);
        return res?.status === 200 ? res : null;
      },
      { timeoutMs: 30_000, intervalMs: 200, what: `the bundle to be ready: ${output.join('')}` },
    );
    expect(await ready.json()).toMatchObject({ status: 'ready', redis: 'connected' });
    // Production logs are JSON lines.
    expect(JSON.parse(output.join('').split('\n')[0] ?? '')).toMatchObject({ service: 'api' });
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code] = await exited;
    expect(code).toBe(0);
  });
});
