import {
  LOOKUP_QUEUE_NAME,
  type Logger,
  type LookupJobData,
  type LookupJobResult,
} from '@consulta-ruc/shared';
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { LookupProcessor } from './process-lookup.js';

export interface LookupWorkerOptions {
  /** A connection with maxRetriesPerRequest null (createRedis role "blocking"). */
  connection: Redis;
  processor: LookupProcessor;
  logger: Logger;
  /** BullMQ key prefix. Default `bull`. */
  prefix?: string;
  /** Jobs run at once in this process. Default 2. */
  concurrency?: number;
  /**
   * Jobs per `durationMs` across ALL worker processes (BullMQ's limiter is global per queue).
   * Null disables. Default 1 per 1100 ms, SUNAT's reported tolerance.
   */
  rateLimit?: { max: number; durationMs: number } | null;
  /** Lock of a running job; a killed worker's job is taken over after it lapses. Default 15000. */
  lockDurationMs?: number;
  /** How often stalled jobs are looked for. Default 5000. */
  stalledIntervalMs?: number;
}

/** The BullMQ Worker on the shared lookup queue, with its listeners. */
export function createLookupWorker(
  options: LookupWorkerOptions,
): Worker<LookupJobData, LookupJobResult> {
  const rateLimit =
    options.rateLimit === undefined ? { max: 1, durationMs: 1100 } : options.rateLimit;
  const worker = new Worker<LookupJobData, LookupJobResult>(LOOKUP_QUEUE_NAME, options.processor, {
    connection: options.connection,
    prefix: options.prefix ?? 'bull',
    concurrency: options.concurrency ?? 2,
    ...(rateLimit ? { limiter: { max: rateLimit.max, duration: rateLimit.durationMs } } : {}),
    lockDuration: options.lockDurationMs ?? 15_000,
    stalledInterval: options.stalledIntervalMs ?? 5000,
    maxStalledCount: 2,
    autorun: true,
  });
  const logger = options.logger;
  worker.on('error', (error) => logger.error('Worker error', { error: error.message }));
  worker.on('failed', (job, error) => {
    if (!job) return;
    const final =
      job.attemptsMade >= (job.opts.attempts ?? 1) || error.name === 'UnrecoverableError';
    logger.log(
      final ? 'warn' : 'info',
      final ? 'Job failed for good' : 'Job attempt failed; will retry',
      {
        jobId: job.id,
        requestId: job.data.requestId,
        ruc: job.data.ruc,
        attemptsMade: job.attemptsMade,
        reason: error.message,
      },
    );
  });
  worker.on('stalled', (jobId) =>
    logger.warn('Job stalled; another worker will take it', { jobId }),
  );
  return worker;
}
