import type { Redis } from 'ioredis';
import type { Config } from '../config/config-schema.js';
import { ConfigError, loadConfig } from '../config/load-config.js';
import { createLogger, type Logger } from '../logging/create-logger.js';
import { createRedis } from '../redis/create-redis.js';

export interface ServiceRuntime {
  config: Config;
  logger: Logger;
  /** Fail-fast client for request paths and the cache. */
  redis: Redis;
  /** Client for BullMQ's blocking commands (Worker, QueueEvents). */
  blocking: Redis;
}

/**
 * What every process starts with: the config (parsed once, failing fast), its logger, and its two
 * Redis clients, whose outages are logged once when they start and once when they end.
 */
export function createServiceRuntime(service: 'api' | 'worker'): ServiceRuntime {
  const config = loadConfig();
  const logger = createLogger({
    service,
    level: config.LOG_LEVEL,
    format: config.LOG_FORMAT ?? (config.NODE_ENV === 'production' ? 'json' : 'pretty'),
  });
  const redis = createRedis({
    url: config.REDIS_URL,
    role: 'request',
    commandTimeoutMs: config.REDIS_COMMAND_TIMEOUT_MS,
    name: `consulta-ruc:${service}`,
  });
  const blocking = createRedis({
    url: config.REDIS_URL,
    role: 'blocking',
    name: `consulta-ruc:${service}:blocking`,
  });
  let down = false;
  for (const client of [redis, blocking]) {
    client.on('error', (error) => {
      if (!down) logger.error('Redis connection lost; retrying', { error: error.message });
      down = true;
    });
    client.on('ready', () => {
      if (down) logger.info('Redis connection restored');
      down = false;
    });
  }
  return { config, logger, redis, blocking };
}

/** Runs a process's main; a bad config or a start-up failure ends it with exit code 1. */
export function runMain(main: () => Promise<void>): void {
  main().catch((error) => {
    // Before the logger exists (bad config), stderr is all there is.
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  });
}
