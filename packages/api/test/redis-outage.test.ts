import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sampleRecord } from '@consulta-ruc/shared/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJson, startApi, type TestApi, testConfig, waitFor } from './helpers.js';

/** A redis-server of this test's own, on a free port, so it can be stopped and started. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

let port: number;
let dir: string;
let redis: ChildProcess | undefined;
let api: TestApi;

async function startRedis() {
  redis = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--appendonly',
      'yes',
      '--save',
      '',
    ],
    {
      stdio: 'ignore',
    },
  );
  await waitFor(
    () =>
      new Promise<boolean>((resolve) => {
        const s = net.connect(port, '127.0.0.1', () => {
          s.destroy();
          resolve(true);
        });
        s.on('error', () => resolve(false));
      }),
    { what: 'redis-server to listen' },
  );
}

async function stopRedis() {
  const child = redis;
  if (!child || child.exitCode !== null) return;
  await new Promise((r) => {
    child.once('exit', r);
    child.kill('SIGTERM');
  });
}

beforeAll(async () => {
  port = await freePort();
  dir = await mkdtemp(path.join(tmpdir(), 'api-redis-outage-'));
  await startRedis();
  const config = testConfig('api-redis-outage', { REDIS_URL: `redis://127.0.0.1:${port}` });
  api = await startApi(config);
});
afterAll(async () => {
  await api.close();
  await stopRedis();
  await rm(dir, { recursive: true, force: true });
});

describe('when Redis goes away', () => {
  it('answers 503 quickly, says so on /ready and /health, and recovers by itself when Redis returns', async () => {
    await api.deps.cache.setRecord(sampleRecord({ ruc: '20131312955' }));
    expect((await fetch(`${api.url}/v1/ruc/20131312955`)).status).toBe(200);

    await stopRedis();
    for (const path of ['/v1/ruc/20131312955', '/obtener-ruc/20100070970']) {
      const started = Date.now();
      const res = await fetch(`${api.url}${path}`);
      expect(res.status).toBe(503);
      expect(Date.now() - started).toBeLessThan(1500);
      expect(await readJson(res)).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    }
    const posted = await fetch(`${api.url}/v1/lookups`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ruc: '20100070970' }),
    });
    expect(posted.status).toBe(503);
    expect((await fetch(`${api.url}/ready`)).status).toBe(503);
    expect(await readJson(await fetch(`${api.url}/health`))).toEqual({
      status: 'degraded',
      redis: 'disconnected',
    });

    await startRedis();
    const back = await waitFor(
      async () => {
        const res = await fetch(`${api.url}/v1/ruc/20131312955`);
        return res.status === 200 ? res : null;
      },
      { timeoutMs: 10_000, intervalMs: 100, what: 'the API to recover' },
    );
    // The append-only file kept the record across the restart.
    expect(await readJson(back)).toMatchObject({ ruc: '20131312955' });
    expect((await fetch(`${api.url}/ready`)).status).toBe(200);
  });
});
