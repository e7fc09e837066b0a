import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createLogger } from '@consulta-ruc/shared';
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

// Secrets unique to this run, so finding one in a log can only mean it leaked.
const run = randomUUID().replace(/-/g, '').slice(0, 12);
const ADMIN_USER = 'ops';
const ADMIN_PASSWORD = `correct horse ${run} staple!`;
const API_KEYS = [`key-one-${run}`, `key-two-${run}`];
/** Percent-encoded in the URL (a "/" in it); both spellings must stay out of the logs. */
const REDIS_PASSWORD_DECODED = `redis/pw-${run}`;
const REDIS_PASSWORD_ENCODED = encodeURIComponent(REDIS_PASSWORD_DECODED);
const WRONG_PASSWORD = `correct horse ${run} stapler`;
const WRONG_API_KEY = `key-three-${run}`;
const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
const GOOD_AUTH = basic(ADMIN_USER, ADMIN_PASSWORD);
const BAD_AUTH = basic(ADMIN_USER, WRONG_PASSWORD);

const SECRETS: Record<string, string> = {
  'admin password': ADMIN_PASSWORD,
  'first API key': API_KEYS[0] as string,
  'second API key': API_KEYS[1] as string,
  'Redis password': REDIS_PASSWORD_DECODED,
  'Redis password (URL-encoded)': REDIS_PASSWORD_ENCODED,
  'base64 credentials': GOOD_AUTH.slice('Basic '.length),
  'Authorization header': GOOD_AUTH,
  'wrong password tried': WRONG_PASSWORD,
  'wrong base64 credentials': BAD_AUTH.slice('Basic '.length),
  'wrong API key tried': WRONG_API_KEY,
};

const API_MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));

const config = testConfig('api-log-secrets', {
  ADMIN_USER,
  ADMIN_PASSWORD,
  API_KEYS: API_KEYS.join(','),
  // Redis here runs without a password: the default user takes any, so the URL still connects.
  REDIS_URL: `redis://default:${REDIS_PASSWORD_ENCODED}@127.0.0.1:6379`,
  SYNC_WAIT_MS: '10000',
  LOG_LEVEL: 'debug',
});

let sim: SunatSimulator;
let api: TestApi;
let worker: TestProcess;
const apiLines: string[] = [];

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  config.SUNAT_BASE_URL = sim.url;
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) =>
    apiLines.push(...chunk.toString('utf8').split('\n').filter(Boolean)),
  );
  api = await startApi(
    config,
    createLogger({ service: 'api', format: 'json', level: 'debug', stream }),
  );
  // The worker gets the same secrets in its environment, as with one shared .env file.
  worker = await spawnWorker(config, {
    ADMIN_USER,
    ADMIN_PASSWORD,
    API_KEYS: API_KEYS.join(','),
    LOG_LEVEL: 'debug',
  });
});
afterAll(async () => {
  await worker?.stop();
  await api?.deps.queue.obliterate({ force: true }).catch(() => {});
  await api?.close();
  await sim?.close();
});

const call = (path: string, init: RequestInit = {}) => fetch(`${api.url}${path}`, init);

/** The worker's stdout and stderr, one parsed JSON object per line (non-JSON lines kept raw). */
function workerLines(): Array<Record<string, unknown> | string> {
  return worker.output
    .join('')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      try {
        return JSON.parse(line) as Record<string, unknown>;
      } catch {
        return line;
      }
    });
}

describe('logs of the API and the worker', () => {
  it('carry the request id of a lookup from the API into the worker', async () => {
    const traceId = `trace-${randomUUID()}`;
    const res = await call('/v1/ruc/20440374248', {
      headers: { 'x-api-key': API_KEYS[0] as string, 'x-request-id': traceId },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe(traceId);
    expect(await readJson(res)).toMatchObject({ ruc: '20440374248' });

    const line = await waitFor(
      () =>
        workerLines().find(
          (l): l is Record<string, unknown> =>
            typeof l === 'object' && l.requestId === traceId && l.message === 'Scraped and cached',
        ),
      { timeoutMs: 10_000, what: `a worker log line with requestId ${traceId}` },
    );
    expect(line).toMatchObject({
      service: 'worker',
      level: 'info',
      requestId: traceId,
      ruc: '20440374248',
      jobId: expect.any(String),
    });
  });

  it('never contain passwords, API keys or Authorization values, right or wrong', async () => {
    const key = { 'x-api-key': API_KEYS[1] as string };
    const answers: Array<[string, number, number]> = [];
    const expectStatus = async (what: string, res: Promise<Response>, status: number) => {
      const r = await res;
      await r.arrayBuffer();
      answers.push([what, r.status, status]);
    };

    // Clients: right key, wrong key, no key, the key in the wrong header.
    await expectStatus('lookup with a key', call('/v1/ruc/20100070970', { headers: key }), 200);
    await expectStatus(
      'lookup with a wrong key',
      call('/v1/ruc/20100070970', { headers: { 'x-api-key': WRONG_API_KEY } }),
      401,
    );
    await expectStatus(
      'key as a bearer token',
      call('/v1/ruc/20100070970', { headers: { authorization: `Bearer ${API_KEYS[0]}` } }),
      401,
    );
    await expectStatus(
      'batch with a key',
      call('/v1/lookups', {
        method: 'POST',
        headers: { ...key, 'content-type': 'application/json' },
        body: JSON.stringify({ rucs: ['20131312955', '20131312954'] }),
      }),
      202,
    );
    await expectStatus(
      'malformed batch with a key',
      call('/v1/lookups', {
        method: 'POST',
        headers: { ...key, 'content-type': 'application/json' },
        body: '{"rucs": [',
      }),
      400,
    );
    // A lookup the worker fails on, so its warning paths log too.
    sim.setFaults({ mode: 'http-500', rucs: ['20146806679'] });
    await expectStatus(
      'failing lookup',
      call('/v1/ruc/20146806679', { headers: { ...key, 'x-request-id': `fail-${run}` } }),
      502,
    );
    sim.setFaults({ mode: 'none' });

    // Operators: right and wrong passwords, on the admin endpoints and Bull Board.
    await expectStatus(
      'cache delete with the password',
      call('/v1/ruc/20440374248/cache', {
        method: 'DELETE',
        headers: { authorization: GOOD_AUTH, 'x-request-id': `ops-delete-${run}` },
      }),
      200,
    );
    await expectStatus(
      'cache delete with a wrong password',
      call('/v1/ruc/20440374248/cache', { method: 'DELETE', headers: { authorization: BAD_AUTH } }),
      401,
    );
    await expectStatus(
      'refresh with the password',
      call('/v1/ruc/20440374248/refresh', {
        method: 'POST',
        headers: { authorization: GOOD_AUTH, 'x-request-id': `ops-refresh-${run}` },
      }),
      202,
    );
    await expectStatus(
      'Bull Board with the password',
      call('/admin/queues', { headers: { authorization: GOOD_AUTH } }),
      200,
    );
    await expectStatus(
      'Bull Board with a wrong password',
      call('/admin/queues', { headers: { authorization: BAD_AUTH } }),
      401,
    );
    await expectStatus(
      'Bull Board API with the password',
      call('/admin/queues/api/queues', { headers: { authorization: GOOD_AUTH } }),
      200,
    );
    expect(answers.filter(([, got, want]) => got !== want)).toEqual([]);

    // The refresh and the failing lookup have run in the worker before we read its logs.
    await waitFor(
      () =>
        workerLines().some(
          (l) =>
            typeof l === 'object' && l.requestId === `ops-refresh-${run}` && l.level === 'info',
        ),
      { timeoutMs: 10_000, what: 'the refresh to be logged by the worker' },
    );
    await waitFor(
      () =>
        workerLines().some(
          (l) =>
            typeof l === 'object' &&
            l.requestId === `fail-${run}` &&
            l.message === 'Job failed for good',
        ),
      { timeoutMs: 10_000, what: 'the failed lookup to be logged by the worker' },
    );
    // Stop the worker so its shutdown lines are in too.
    expect(await worker.stop()).toBe(0);

    // Not vacuous: both processes logged, the API about the operator's delete.
    const workerText = worker.output.join('');
    expect(apiLines.length).toBeGreaterThan(0);
    expect(workerText.split('\n').filter(Boolean).length).toBeGreaterThan(5);
    const apiEntries = apiLines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(apiEntries).toContainEqual(
      expect.objectContaining({
        message: 'Cache entry deleted by an operator',
        requestId: `ops-delete-${run}`,
        ruc: '20440374248',
      }),
    );
    expect(workerText).toContain('Worker stopped');

    const leaks: string[] = [];
    for (const [what, secret] of Object.entries(SECRETS)) {
      for (const [where, text] of [
        ['API', apiLines.join('\n')],
        ['worker', workerText],
      ] as const) {
        if (text.includes(secret)) leaks.push(`${what} in the ${where} log`);
      }
    }
    expect(leaks).toEqual([]);
  });
});

describe('start-up errors', () => {
  /** Runs a built process to its exit; resolves with the exit code and everything it printed. */
  function runToExit(main: string, env: Record<string, string>) {
    const child = spawn(process.execPath, [main], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (output += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (output += c));
    return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`${main} did not exit: ${output}`));
      }, 15_000);
      // 'close', not 'exit': it comes once the pipes have drained.
      child.once('close', (code) => {
        clearTimeout(timer);
        resolve({ code, output });
      });
    });
  }

  it.each([
    ['a wrong scheme', (pw: string) => `http://default:${pw}@127.0.0.1:6379`],
    ['no scheme', (pw: string) => `default:${pw}@127.0.0.1:6379`],
  ])(
    'name a REDIS_URL with %s without printing the password in it, in the API and the worker',
    async (_what, badUrl) => {
      const password = `boot-pw-${randomUUID().slice(0, 8)}`;
      const env = { REDIS_URL: badUrl(password), LOG_FORMAT: 'json' };
      const worker = await runToExit(
        fileURLToPath(new URL('../../worker/dist/main.js', import.meta.url)),
        { ...env, WORKER_PORT: '0' },
      );
      const api = await runToExit(API_MAIN, { ...env, PORT: '0' });
      for (const [name, { code, output }] of Object.entries({ worker, api })) {
        expect(code, `${name}: ${output}`).toBe(1);
        // Not vacuous: the process does say what is wrong, and where the bad URL points.
        expect(output, name).toMatch(/REDIS_URL/);
        expect(output, name).toContain('127.0.0.1:6379');
        expect(output, name).not.toContain(password);
      }
    },
  );
});
