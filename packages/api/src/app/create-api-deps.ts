import {
  type Config,
  LOOKUP_QUEUE_EVENTS_MAXLEN,
  LOOKUP_QUEUE_NAME,
  type Logger,
  type LookupJobData,
  type LookupJobResult,
  lookupJobOptions,
  RucCache,
} from '@consulta-ruc/shared';
import { Queue, QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import { JobWaiter } from '../lookups/job-waiter.js';
import { LookupService } from '../lookups/lookup-service.js';
import { createApiMetrics } from '../metrics/api-metrics.js';
import type { ApiDeps } from './api-deps.js';

export interface ApiConnections {
  config: Config;
  logger: Logger;
  /** Fail-fast client: cache, queue commands, rate limit. */
  redis: Redis;
  /** Dedicated blocking client for the one QueueEvents of this process. */
  eventsConnection: Redis;
}

/** Builds the API's dependencies on the connections it is handed. */
export function createApiDeps(connections: ApiConnections): ApiDeps & { close(): Promise<void> } {
  const { config, logger, redis } = connections;
  const cache = new RucCache(redis, {
    prefix: config.CACHE_KEY_PREFIX,
    ttlSeconds: config.CACHE_TTL_SECONDS,
    notFoundTtlSeconds: config.NOT_FOUND_TTL_SECONDS,
  });
  const queue = new Queue<LookupJobData, LookupJobResult>(LOOKUP_QUEUE_NAME, {
    connection: redis,
    prefix: config.QUEUE_PREFIX,
    defaultJobOptions: lookupJobOptions(config),
    streams: { events: { maxLen: LOOKUP_QUEUE_EVENTS_MAXLEN } },
  });
  const events = new QueueEvents(LOOKUP_QUEUE_NAME, {
    connection: connections.eventsConnection,
    prefix: config.QUEUE_PREFIX,
  });
  const queueLogger = logger.child({ component: 'queue' });
  queue.on('error', (error) => queueLogger.warn('Queue error', { error: error.message }));
  events.on('error', (error) => queueLogger.warn('QueueEvents error', { error: error.message }));
  const waiter = new JobWaiter(queue, events, queueLogger);
  const lookups = new LookupService(queue, waiter, config, queueLogger);
  const metrics = createApiMetrics(queue);
  return {
    config,
    logger,
    redis,
    cache,
    queue,
    lookups,
    metrics,
    async close() {
      await events.close().catch(() => {});
      await queue.close().catch(() => {});
    },
  };
}
