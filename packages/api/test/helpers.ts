import { type ChildProcess, spawn } from 'node:child_process';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import {
  type Config,
  createRedis,
  createSilentLogger,
  type Logger,
  waitForRedis,
} from '@consulta-ruc/shared';
import { deleteByPrefix, freePort, testConfig, waitFor } from '@consulta-ruc/shared/testing';
import type { Redis } from 'ioredis';
import { type ApiDeps, createApiDeps, createApp } from '../src/index.js';

const WORKER_MAIN = fileURLToPath(new URL('../../worker/dist/main.js', import.meta.url));
const API_MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));

export { freePort, testConfig, waitFor };

export interface TestApi {
  url: string;
  deps: ApiDeps;
  redis: Redis;
  close(): Promise<void>;
}

/** The real Express app on port 0, on its own Redis clients. */
export async function startApi(
  config: Config,
  logger: Logger = createSilentLogger(),
): Promise<TestApi> {
  const redis = createRedis({ url: config.REDIS_URL, role: 'request', commandTimeoutMs: 500 });
  const eventsConnection = createRedis({ url: config.REDIS_URL, role: 'blocking' });
  redis.on('error', () => {});
  eventsConnection.on('error', () => {});
  await waitForRedis(redis);
  const deps = createApiDeps({ config, logger, redis, eventsConnection });
  const app = createApp(deps);
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    deps,
    redis,
    async close() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await deps.close();
      await deleteByPrefix(redis, config.CACHE_KEY_PREFIX, `${config.QUEUE_PREFIX}:`).catch(
        () => {},
      );
      redis.disconnect();
      eventsConnection.disconnect();
    },
  };
}

export interface TestProcess {
  child: ChildProcess;
  output: string[];
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** A built service as its own process, as production runs it; resolves once it logs `readyMarker`. */
async function spawnService(
  name: string,
  entry: string,
  env: Record<string, string>,
  readyMarker: string,
): Promise<TestProcess> {
  const child = spawn(process.execPath, [entry], {
    env: { PATH: process.env.PATH ?? '', LOG_FORMAT: 'json', LOG_LEVEL: 'debug', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  let started!: () => void;
  const ready = new Promise<void>((resolve) => {
    started = resolve;
  });
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    output.push(chunk);
    if (chunk.includes(readyMarker)) started();
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => output.push(chunk));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  await Promise.race([
    ready,
    exited.then((code) => {
      throw new Error(`${name} exited with ${code}: ${output.join('')}`);
    }),
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`${name} did not start`)), 15_000),
    ),
  ]);
  return {
    child,
    output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null) return child.exitCode;
      child.kill(signal);
      return exited;
    },
  };
}

function sharedEnv(config: Config): Record<string, string> {
  return {
    REDIS_URL: config.REDIS_URL,
    CACHE_KEY_PREFIX: config.CACHE_KEY_PREFIX,
    QUEUE_PREFIX: config.QUEUE_PREFIX,
    JOB_BACKOFF_MS: String(config.JOB_BACKOFF_MS),
    JOB_ATTEMPTS: String(config.JOB_ATTEMPTS),
  };
}

/** The built worker as its own process. Resolves once it takes jobs. */
export function spawnWorker(
  config: Config,
  env: Record<string, string> = {},
): Promise<TestProcess> {
  return spawnService(
    'worker',
    WORKER_MAIN,
    {
      ...sharedEnv(config),
      SUNAT_BASE_URL: config.SUNAT_BASE_URL,
      SCRAPER_STRATEGY: 'http',
      SUNAT_RATE_LIMIT_MAX: '0',
      CACHE_TTL_SECONDS: String(config.CACHE_TTL_SECONDS),
      NOT_FOUND_TTL_SECONDS: String(config.NOT_FOUND_TTL_SECONDS),
      WORKER_PORT: '0',
      WORKER_LOCK_MS: '3000',
      WORKER_STALLED_INTERVAL_MS: '1000',
      ...env,
    },
    'Worker health on',
  );
}

/** The built API as its own process on `port`. Resolves once it listens. */
export async function spawnApi(
  config: Config,
  port: number,
  env: Record<string, string> = {},
): Promise<TestProcess & { url: string }> {
  const proc = await spawnService(
    'api',
    API_MAIN,
    {
      ...sharedEnv(config),
      PORT: String(port),
      HOST: '127.0.0.1',
      SYNC_WAIT_MS: String(config.SYNC_WAIT_MS),
      LEGACY_WAIT_MS: String(config.LEGACY_WAIT_MS),
      ...env,
    },
    'API listening on',
  );
  return { ...proc, url: `http://127.0.0.1:${port}` };
}

/** A response body as JSON, typed loosely for assertions. */
// biome-ignore lint/suspicious/noExplicitAny: tests assert on shapes with toMatchObject.
export const readJson = (res: Response): Promise<any> => res.json();
