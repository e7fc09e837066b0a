import type {
  Config,
  Logger,
  LookupJobData,
  LookupJobResult,
  RucCache,
} from '@consulta-ruc/shared';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { LookupService } from '../lookups/lookup-service.js';
import type { ApiMetrics } from '../metrics/api-metrics.js';

/** Everything the API needs, handed in (tests give their own Redis prefix, queue and logger). */
export interface ApiDeps {
  config: Config;
  logger: Logger;
  /** Fail-fast Redis client (createRedis role "request"). */
  redis: Redis;
  cache: RucCache;
  queue: Queue<LookupJobData, LookupJobResult>;
  lookups: LookupService;
  metrics: ApiMetrics;
}
