import { randomUUID } from 'node:crypto';
import type { Config, ConfigInput } from '../config/config-schema.js';
import { configFrom } from '../config/load-config.js';

/**
 * Config for one test file: its own cache-key and queue prefixes on the shared Redis, no SUNAT
 * rate limit, short backoff and short locks, so files never see each other's data.
 */
export function testConfig(name: string, overrides: ConfigInput = {}): Config {
  const id = `${name}-${randomUUID().slice(0, 8)}`;
  return configFrom({
    REDIS_URL: 'redis://127.0.0.1:6379',
    CACHE_KEY_PREFIX: `test:${id}:`,
    QUEUE_PREFIX: `test-bull-${id}`,
    SUNAT_RATE_LIMIT_MAX: '0',
    JOB_BACKOFF_MS: '20',
    WORKER_LOCK_MS: '3000',
    WORKER_STALLED_INTERVAL_MS: '1000',
    ...overrides,
  });
}

/** Polls `probe` until it returns something truthy. */
export async function waitFor<T>(
  probe: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  { timeoutMs = 10_000, intervalMs = 25, what = 'condition' } = {},
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
