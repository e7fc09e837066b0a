import type { JobsOptions } from 'bullmq';
import { z } from 'zod';
import type { Config } from '../config/config-schema.js';

/** The one queue api and worker share. */
export const LOOKUP_QUEUE_NAME = 'ruc-lookup';
export const LOOKUP_JOB_NAME = 'lookup';

export const lookupJobDataSchema = z.object({
  ruc: z.string().regex(/^\d{11}$/),
  /** The API request that asked first; joins the logs of api and worker. */
  requestId: z.string().max(128).optional(),
  /** Scrape even when cached (admin refresh). */
  force: z.boolean().optional(),
});
export type LookupJobData = z.infer<typeof lookupJobDataSchema>;

/**
 * What a finished job returns. Deliberately small: the record itself lives in the cache,
 * and BullMQ stores a return value twice (job hash and event stream).
 */
export const lookupJobResultSchema = z.object({
  ruc: z.string(),
  outcome: z.enum(['found', 'not-found']),
  /** Where the answer came from: the cache (another worker filled it) or a scrape. */
  source: z.enum(['cache', 'http', 'browser']),
  fetchedAt: z.string().optional(),
});
export type LookupJobResult = z.infer<typeof lookupJobResultSchema>;

/**
 * Concurrent lookups of one RUC share a job while it is waiting or running (BullMQ's simple-mode
 * deduplication): adding again returns the existing job's id.
 */
export function lookupDeduplicationId(ruc: string): string {
  return `ruc:${ruc}`;
}

/** Default job options: retries with exponential backoff and jitter, finished jobs kept for pollers, then trimmed. */
export function lookupJobOptions(
  config: Pick<Config, 'JOB_ATTEMPTS' | 'JOB_BACKOFF_MS' | 'JOB_KEEP_SECONDS' | 'JOB_KEEP_COUNT'>,
): JobsOptions {
  return {
    attempts: config.JOB_ATTEMPTS,
    backoff: { type: 'exponential', delay: config.JOB_BACKOFF_MS, jitter: 0.5 },
    removeOnComplete: { age: config.JOB_KEEP_SECONDS, count: config.JOB_KEEP_COUNT },
    // Failures stay longer than successes: they are what an operator comes to read.
    removeOnFail: { age: config.JOB_KEEP_SECONDS * 24, count: config.JOB_KEEP_COUNT * 5 },
  };
}

/** Bounded event stream, so Redis memory stays flat under load. */
export const LOOKUP_QUEUE_EVENTS_MAXLEN = 10_000;
