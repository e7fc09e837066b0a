import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  type Config,
  type ConfigInput,
  createRedis,
  createSilentLogger,
  LOOKUP_JOB_NAME,
  LOOKUP_QUEUE_NAME,
  type LookupJobData,
  type LookupJobResult,
  lookupDeduplicationId,
  lookupJobOptions,
  waitForRedis,
} from '@consulta-ruc/shared';
import {
  deleteByPrefix,
  testConfig as sharedTestConfig,
  waitFor,
} from '@consulta-ruc/shared/testing';
import { Job, Queue, QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import { createWorkerApp, type WorkerApp } from '../src/index.js';

const CHROMIUM = process.env.PUPPETEER_EXECUTABLE_PATH ?? '/usr/bin/chromium';

/** The shared test config, plus a real Chromium and the browser options our machines need. */
export function testConfig(name: string, overrides: ConfigInput = {}): Config {
  return sharedTestConfig(name, {
    PUPPETEER_EXECUTABLE_PATH: CHROMIUM,
    BROWSER_NO_SANDBOX: 'true',
    ...overrides,
  });
}

export { waitFor };

export interface TestWorker {
  app: WorkerApp;
  redis: Redis;
  connection: Redis;
  profileRoot: string;
  close(): Promise<void>;
}

export async function startTestWorker(config: Config): Promise<TestWorker> {
  const redis = createRedis({ url: config.REDIS_URL, role: 'request' });
  const connection = createRedis({ url: config.REDIS_URL, role: 'blocking' });
  await waitForRedis(redis);
  const profileRoot = await mkdtemp(path.join(tmpdir(), 'worker-test-'));
  const app = await createWorkerApp({
    config,
    logger: createSilentLogger(),
    redis,
    connection,
    browserProfileRoot: profileRoot,
  });
  await app.worker.waitUntilReady();
  return {
    app,
    redis,
    connection,
    profileRoot,
    async close() {
      await app.close(10_000);
      await deleteByPrefix(redis, config.CACHE_KEY_PREFIX, `${config.QUEUE_PREFIX}:`).catch(
        () => {},
      );
      redis.disconnect();
      connection.disconnect();
      await rm(profileRoot, { recursive: true, force: true });
    },
  };
}

/** A producer like the API's: the shared queue contract, and events to wait on. */
export async function openQueue(config: Config) {
  const connection = createRedis({ url: config.REDIS_URL, role: 'blocking' });
  const queue = new Queue<LookupJobData, LookupJobResult>(LOOKUP_QUEUE_NAME, {
    connection,
    prefix: config.QUEUE_PREFIX,
    defaultJobOptions: lookupJobOptions(config),
  });
  const events = new QueueEvents(LOOKUP_QUEUE_NAME, {
    connection: createRedis({ url: config.REDIS_URL, role: 'blocking' }),
    prefix: config.QUEUE_PREFIX,
  });
  queue.on('error', () => {});
  events.on('error', () => {});
  await events.waitUntilReady();
  return {
    queue,
    events,
    add(ruc: string, extra: Partial<LookupJobData> = {}) {
      return queue.add(
        LOOKUP_JOB_NAME,
        { ruc, ...extra },
        { deduplication: { id: lookupDeduplicationId(ruc) } },
      );
    },
    /** Waits for the job to finish; resolves with its final state instead of throwing. */
    async settle(job: Job, timeoutMs = 30_000) {
      try {
        const result = await job.waitUntilFinished(events, timeoutMs);
        return { state: 'completed' as const, result: result as LookupJobResult };
      } catch (error) {
        const fresh = await Job.fromId(queue, job.id ?? '');
        return {
          state: 'failed' as const,
          reason: fresh?.failedReason ?? (error as Error).message,
          attemptsMade: fresh?.attemptsMade ?? 0,
        };
      }
    },
    async close() {
      await events.close();
      await queue.obliterate({ force: true }).catch(() => {});
      await queue.close();
      await deleteByPrefix(connection, config.CACHE_KEY_PREFIX, `${config.QUEUE_PREFIX}:`).catch(
        () => {},
      );
      connection.disconnect();
    },
  };
}

/** PIDs of chromium processes whose command line mentions `marker` (a profile folder). */
export async function chromiumPids(marker: string): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8');
      if (cmdline.includes(marker) && /chrom/i.test(cmdline)) pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}
