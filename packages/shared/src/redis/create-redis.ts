import { Redis, type RedisOptions } from 'ioredis';

export interface RedisConnectionOptions {
  /** redis:// or rediss:// URL. */
  url: string;
  /**
   * `request`: for request paths: commands fail fast while Redis is down (no offline queue,
   * one retry) and a command times out after `commandTimeoutMs`.
   * `blocking`: for BullMQ workers and QueueEvents, which need maxRetriesPerRequest null.
   */
  role: 'request' | 'blocking';
  /** Per-command timeout for the `request` role. Default 1000. */
  commandTimeoutMs?: number;
  /** Connection name shown by CLIENT LIST. */
  name?: string;
}

/**
 * An ioredis client that never waits forever. `family: 0` lets the resolver pick IPv4 or IPv6
 * (Railway's private network resolves to IPv6 in older environments).
 */
export function createRedis(options: RedisConnectionOptions): Redis {
  const common: RedisOptions = {
    family: 0,
    connectionName: options.name,
    connectTimeout: 2000,
    // Reconnect forever, backing off to 2 s: the service recovers by itself when Redis returns.
    retryStrategy: (times) => Math.min(100 * 2 ** Math.min(times, 5), 2000),
    lazyConnect: false,
  };
  if (options.role === 'blocking') {
    return new Redis(options.url, {
      ...common,
      maxRetriesPerRequest: null,
      enableOfflineQueue: true,
    });
  }
  return new Redis(options.url, {
    ...common,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    commandTimeout: options.commandTimeoutMs ?? 1000,
  });
}

/** Resolves once the client is connected; rejects after `timeoutMs` (start-up fails fast, not forever). */
export async function waitForRedis(redis: Redis, timeoutMs = 5000): Promise<void> {
  if (redis.status === 'ready') return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`Redis not ready after ${timeoutMs} ms (status ${redis.status})`));
    }, timeoutMs);
    const onReady = () => {
      cleanup();
      resolve();
    };
    const cleanup = () => {
      clearTimeout(timer);
      redis.off('ready', onReady);
    };
    redis.on('ready', onReady);
  });
}
