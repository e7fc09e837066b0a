import type { Redis } from 'ioredis';
import { CacheUnavailableError } from '../errors/cache-unavailable-error.js';
import { type TaxpayerRecord, taxpayerRecordSchema } from '../record/taxpayer-record.js';
import { notFoundKey, notFoundKeyPattern, recordKey, recordKeyPattern } from './cache-keys.js';
import { type NotFoundEntry, notFoundEntrySchema } from './not-found-entry.js';
import { serializeRecord } from './record-json.js';

export interface RucCacheOptions {
  /** Prepended to every key; tests use it for isolation. Default "". */
  prefix?: string;
  /** TTL of a record. Default 604800 (7 days). */
  ttlSeconds?: number;
  /** TTL of a negative answer. Default 86400. */
  notFoundTtlSeconds?: number;
}

export type CacheLookup =
  | { kind: 'record'; json: string }
  | { kind: 'not-found'; entry: NotFoundEntry }
  | { kind: 'miss' };

/**
 * The RUC cache over ioredis. The client is expected to fail fast (no offline queue, a command
 * timeout; see createRedis); every failure surfaces as CacheUnavailableError.
 */
export class RucCache {
  readonly prefix: string;
  readonly ttlSeconds: number;
  readonly notFoundTtlSeconds: number;

  constructor(
    private readonly redis: Redis,
    options: RucCacheOptions = {},
  ) {
    this.prefix = options.prefix ?? '';
    this.ttlSeconds = options.ttlSeconds ?? 604_800;
    this.notFoundTtlSeconds = options.notFoundTtlSeconds ?? 86_400;
  }

  recordKey(ruc: string): string {
    return recordKey(ruc, this.prefix);
  }

  notFoundKey(ruc: string): string {
    return notFoundKey(ruc, this.prefix);
  }

  /** The stored record JSON exactly as it will be sent; the hit path's only Redis call. */
  async getRecordJson(ruc: string): Promise<string | null> {
    return this.guard(() => this.redis.get(this.recordKey(ruc)));
  }

  async getRecord(ruc: string): Promise<TaxpayerRecord | null> {
    const json = await this.getRecordJson(ruc);
    return json === null ? null : taxpayerRecordSchema.parse(JSON.parse(json));
  }

  async getNotFound(ruc: string): Promise<NotFoundEntry | null> {
    const json = await this.guard(() => this.redis.get(this.notFoundKey(ruc)));
    return json === null ? null : notFoundEntrySchema.parse(JSON.parse(json));
  }

  /** Record and negative answer in one round trip (MGET). */
  async lookup(ruc: string): Promise<CacheLookup> {
    const [json, notFound] = await this.guard(() =>
      this.redis.mget(this.recordKey(ruc), this.notFoundKey(ruc)),
    );
    if (json) return { kind: 'record', json };
    if (notFound)
      return { kind: 'not-found', entry: notFoundEntrySchema.parse(JSON.parse(notFound)) };
    return { kind: 'miss' };
  }

  /** Stores a validated record and forgets any negative answer for it. Idempotent. */
  async setRecord(record: TaxpayerRecord): Promise<string> {
    const json = serializeRecord(taxpayerRecordSchema.parse(record));
    await this.guard(() =>
      this.redis
        .multi()
        .set(this.recordKey(record.ruc), json, 'EX', this.ttlSeconds)
        .del(this.notFoundKey(record.ruc))
        .exec(),
    );
    return json;
  }

  async setNotFound(entry: NotFoundEntry): Promise<void> {
    const json = JSON.stringify(notFoundEntrySchema.parse(entry));
    await this.guard(() =>
      this.redis.set(this.notFoundKey(entry.ruc), json, 'EX', this.notFoundTtlSeconds),
    );
  }

  /** Remaining TTL of a record in seconds (-2 when absent). */
  async ttl(ruc: string): Promise<number> {
    return this.guard(() => this.redis.ttl(this.recordKey(ruc)));
  }

  /** Forgets one RUC, positive and negative. Returns the number of keys removed. */
  async delete(ruc: string): Promise<number> {
    return this.guard(() => this.redis.del(this.recordKey(ruc), this.notFoundKey(ruc)));
  }

  /** Forgets every RUC. SCAN, never KEYS: KEYS blocks Redis for the whole keyspace. */
  async clear(): Promise<number> {
    let removed = 0;
    for (const pattern of [recordKeyPattern(this.prefix), notFoundKeyPattern(this.prefix)]) {
      let cursor = '0';
      do {
        const [next, keys] = await this.guard(() =>
          this.redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500),
        );
        cursor = next;
        if (keys.length > 0) removed += await this.guard(() => this.redis.unlink(...keys));
      } while (cursor !== '0');
    }
    return removed;
  }

  /** True when Redis answers PING in time. Never throws. */
  async isHealthy(): Promise<boolean> {
    try {
      return (await this.guard(() => this.redis.ping())) === 'PONG';
    } catch {
      return false;
    }
  }

  private async guard<T>(command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch (error) {
      throw new CacheUnavailableError(
        `Redis is unavailable: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
  }
}
