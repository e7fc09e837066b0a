import { type Config, type Logger, RucCache } from '@consulta-ruc/shared';
import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { createWorkerMetrics, type WorkerMetrics } from './health/worker-metrics.js';
import { createLookupWorker } from './jobs/create-lookup-worker.js';
import { createLookupProcessor } from './jobs/process-lookup.js';
import { createScraper, type ScraperSetup } from './scraping/create-scraper.js';

export interface WorkerAppDeps {
  config: Config;
  logger: Logger;
  /** Fail-fast client for the cache (createRedis role "request"). */
  redis: Redis;
  /** Client for BullMQ (createRedis role "blocking"). */
  connection: Redis;
  /** Where Chromium profiles go; tests give their own to count their processes. */
  browserProfileRoot?: string;
}

export interface WorkerApp {
  worker: Worker;
  metrics: WorkerMetrics;
  scraping: ScraperSetup;
  cache: RucCache;
  readiness(): Promise<{ ready: boolean; checks: Record<string, string> }>;
  /**
   * Stops taking jobs, lets running ones finish until `deadlineMs`, then aborts what is left
   * (BullMQ gives those jobs back to the queue) and closes the browser.
   */
  close(deadlineMs?: number): Promise<{ finishedInTime: boolean }>;
}

/** Wires cache, scraper, processor and BullMQ worker from the dependencies it is handed. */
export async function createWorkerApp(deps: WorkerAppDeps): Promise<WorkerApp> {
  const { config, logger } = deps;
  const metrics = createWorkerMetrics();
  const cache = new RucCache(deps.redis, {
    prefix: config.CACHE_KEY_PREFIX,
    ttlSeconds: config.CACHE_TTL_SECONDS,
    notFoundTtlSeconds: config.NOT_FOUND_TTL_SECONDS,
  });
  const scraping = await createScraper(config, logger.child({ component: 'scraper' }), metrics, {
    profileRoot: deps.browserProfileRoot,
  });
  const processor = createLookupProcessor({
    cache,
    scraper: scraping.scraper,
    logger: logger.child({ component: 'job' }),
    metrics,
    jobTimeoutMs: config.JOB_TIMEOUT_MS,
  });
  const worker = createLookupWorker({
    connection: deps.connection,
    processor,
    logger: logger.child({ component: 'queue' }),
    prefix: config.QUEUE_PREFIX,
    concurrency: config.WORKER_CONCURRENCY,
    rateLimit:
      config.SUNAT_RATE_LIMIT_MAX > 0
        ? { max: config.SUNAT_RATE_LIMIT_MAX, durationMs: config.SUNAT_RATE_LIMIT_DURATION_MS }
        : null,
    lockDurationMs: config.WORKER_LOCK_MS,
    stalledIntervalMs: config.WORKER_STALLED_INTERVAL_MS,
  });
  logger.info('Worker started', {
    strategy: config.SCRAPER_STRATEGY,
    browser: scraping.browserAvailable ? 'available' : 'unavailable',
    concurrency: config.WORKER_CONCURRENCY,
    rateLimit:
      config.SUNAT_RATE_LIMIT_MAX > 0
        ? `${config.SUNAT_RATE_LIMIT_MAX}/${config.SUNAT_RATE_LIMIT_DURATION_MS}ms`
        : 'off',
  });

  const browserNeeded = config.SCRAPER_STRATEGY === 'browser';
  let closing: Promise<{ finishedInTime: boolean }> | undefined;

  return {
    worker,
    metrics,
    scraping,
    cache,
    async readiness() {
      const redisOk = await cache.isHealthy();
      const browserOk = !browserNeeded || scraping.browserAvailable;
      return {
        ready: redisOk && browserOk && worker.isRunning() && !closing,
        checks: {
          redis: redisOk ? 'connected' : 'disconnected',
          browser: scraping.browserAvailable
            ? 'available'
            : browserNeeded
              ? 'missing'
              : 'not needed',
        },
      };
    },
    close(deadlineMs = config.SHUTDOWN_TIMEOUT_MS) {
      closing ??= (async () => {
        logger.info('Worker stopping: no new jobs; waiting for running ones', { deadlineMs });
        const graceful = worker.close().then(() => true);
        let timer: NodeJS.Timeout | undefined;
        const deadline = new Promise<false>((resolve) => {
          timer = setTimeout(() => resolve(false), deadlineMs);
        });
        const finishedInTime = await Promise.race([graceful, deadline]);
        clearTimeout(timer);
        if (!finishedInTime) {
          logger.warn('Shutdown deadline passed; aborting running jobs');
          worker.cancelAllJobs('worker shutting down');
          await worker.close(true).catch(() => {});
        }
        await scraping.scraper.close();
        logger.info('Worker stopped', { finishedInTime });
        return { finishedInTime };
      })();
      return closing;
    },
  };
}
