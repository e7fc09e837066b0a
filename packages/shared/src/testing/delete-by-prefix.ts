import type { Redis } from 'ioredis';

/** Removes every key under the given prefixes (SCAN + UNLINK), so a test run leaves Redis as it found it. */
export async function deleteByPrefix(redis: Redis, ...prefixes: string[]): Promise<number> {
  let removed = 0;
  for (const prefix of prefixes) {
    if (!prefix) continue;
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) removed += await redis.unlink(...keys);
    } while (cursor !== '0');
  }
  return removed;
}
