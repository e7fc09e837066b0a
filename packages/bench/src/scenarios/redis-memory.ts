import { RucCache } from '@consulta-ruc/shared';
import type { Redis } from 'ioredis';
import { type BenchContext, freshRucs, prefixes, recordFor } from '../context.js';
import { figure, type ScenarioResult } from '../report.js';

/** 6. Redis memory per cached record (MEMORY USAGE), against the original design's ~2 KB estimate. */
export async function redisMemory(ctx: BenchContext, redis: Redis): Promise<ScenarioResult> {
  const env = prefixes('redis-memory');
  const cache = new RucCache(redis, { prefix: env.CACHE_KEY_PREFIX });
  const rucs = ['20440374248', '20146806679', '10401510465', ...freshRucs(ctx.smoke ? 20 : 200)];
  let bytes = 0;
  let jsonBytes = 0;
  try {
    for (const ruc of rucs) {
      const json = await cache.setRecord(recordFor(ruc));
      jsonBytes += Buffer.byteLength(json);
      bytes += Number(await redis.memory('USAGE', cache.recordKey(ruc)));
    }
  } finally {
    await cache.clear();
  }
  return {
    name: 'redis-memory',
    description: `MEMORY USAGE of ${rucs.length} cached records (simulator-generated taxpayers)`,
    baselineDescription: "the original design's estimate of about 2 KB per record",
    figures: [
      figure('bytes per record', bytes / rucs.length, 2048, {
        text: '≈ 2 KB',
        met: (r) => r <= 1.5,
      }),
    ],
    notes: {
      jsonBytesPerRecord: Math.round(jsonBytes / rucs.length),
      recordsPerGiB: Math.round((1024 ** 3 / (bytes / rucs.length)) | 0),
    },
  };
}
