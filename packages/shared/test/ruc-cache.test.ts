import { randomUUID } from 'node:crypto';
import {
  CacheUnavailableError,
  createRedis,
  fetchedAtOf,
  RucCache,
  type TaxpayerRecord,
  waitForRedis,
} from '@consulta-ruc/shared';
import { sampleRecord } from '@consulta-ruc/shared/testing';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const prefix = `test:shared-cache:${randomUUID()}:`;
let redis: Redis;
let cache: RucCache;

const record: TaxpayerRecord = sampleRecord({ fetchedAt: '2026-12-04T15:00:01.000Z' });

beforeAll(async () => {
  redis = createRedis({ url: 'redis://127.0.0.1:6379', role: 'request' });
  cache = new RucCache(redis, { prefix, ttlSeconds: 600, notFoundTtlSeconds: 60 });
  await waitForRedis(redis);
});

afterAll(async () => {
  await cache.clear();
  redis.disconnect();
});

describe('RucCache', () => {
  it('stores a record under sunat:ruc:{ruc} with its TTL and fetchedAt last', async () => {
    const { fetchedAt: _, ...withoutFetchedAt } = record;
    await cache.setRecord({ fetchedAt: record.fetchedAt, ...withoutFetchedAt });
    const json = await redis.get(`${prefix}sunat:ruc:${record.ruc}`);
    expect(JSON.parse(json ?? 'null')).toEqual(record);
    expect(json?.endsWith('"fetchedAt":"2026-12-04T15:00:01.000Z"}')).toBe(true);
    expect(fetchedAtOf(json ?? '')).toBe(Date.parse(record.fetchedAt));
    const ttl = await cache.ttl(record.ruc);
    expect(ttl).toBeGreaterThan(590);
    expect(ttl).toBeLessThanOrEqual(600);
    expect(await cache.lookup(record.ruc)).toEqual({ kind: 'record', json });
  });

  it('refuses to cache a record that breaks the schema', async () => {
    await expect(cache.setRecord({ ...record, ruc: '2013', razonSocial: '' })).rejects.toThrow();
    expect(await redis.exists(`${prefix}sunat:ruc:2013`)).toBe(0);
  });

  it('keeps negative answers under their own key with the shorter TTL', async () => {
    await cache.setNotFound({
      ruc: '20999999999',
      message: 'no es válido',
      fetchedAt: record.fetchedAt,
    });
    expect(await cache.lookup('20999999999')).toEqual({
      kind: 'not-found',
      entry: { ruc: '20999999999', message: 'no es válido', fetchedAt: record.fetchedAt },
    });
    expect(await redis.ttl(`${prefix}sunat:ruc-not-found:20999999999`)).toBeLessThanOrEqual(60);
    expect(await redis.exists(`${prefix}sunat:ruc:20999999999`)).toBe(0);
  });

  it('reports a miss, deletes one RUC and clears all with SCAN', async () => {
    expect(await cache.lookup('20100070970')).toEqual({ kind: 'miss' });
    await cache.setRecord({ ...record, ruc: '20100070970' });
    expect(await cache.delete('20100070970')).toBe(1);
    await cache.setRecord({ ...record, ruc: '20604702811' });
    expect(await cache.clear()).toBeGreaterThanOrEqual(2);
    expect(await redis.keys(`${prefix}*`)).toEqual([]);
  });

  it('fails within a bounded time with CacheUnavailableError when Redis is unreachable', async () => {
    // Port 1 refuses connections: the client must not queue commands and wait.
    const dead = createRedis({
      url: 'redis://127.0.0.1:1',
      role: 'request',
      commandTimeoutMs: 300,
    });
    dead.on('error', () => {});
    const deadCache = new RucCache(dead, { prefix });
    const started = Date.now();
    await expect(deadCache.getRecordJson('20131312955')).rejects.toBeInstanceOf(
      CacheUnavailableError,
    );
    expect(Date.now() - started).toBeLessThan(500);
    expect(await deadCache.isHealthy()).toBe(false);
    dead.disconnect();
  });
});
