import { RucCache, recordKey } from '@consulta-ruc/shared';
import autocannon from 'autocannon';
import type { Redis } from 'ioredis';
import { type BenchContext, cleanUp, prefixes, recordFor } from '../context.js';
import { ENTRY, freePort, startProcess } from '../processes.js';
import { figure, type ScenarioResult } from '../report.js';

const CONNECTIONS = 64;

async function load(url: string, seconds: number) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(
      `${url}: ${result.non2xx} non-2xx answers and ${result.errors} errors under load`,
    );
  }
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

/** 1. A cached RUC through the API, against node:http doing the same Redis GET. */
export async function hitPath(ctx: BenchContext, redis: Redis): Promise<ScenarioResult> {
  const env = prefixes('hit');
  const ruc = '20440374248';
  const cache = new RucCache(redis, { prefix: env.CACHE_KEY_PREFIX });
  await cache.setRecord(recordFor(ruc));
  const key = recordKey(ruc, env.CACHE_KEY_PREFIX);

  const barePort = await freePort();
  const apiPort = await freePort();
  const bare = await startProcess(
    ENTRY.bare,
    [String(barePort), ctx.redisUrl, key],
    {},
    `http://127.0.0.1:${barePort}/`,
  );
  const api = await startProcess(
    ENTRY.api,
    [],
    {
      ...env,
      PORT: String(apiPort),
      HOST: '127.0.0.1',
      REDIS_URL: ctx.redisUrl,
      LOG_LEVEL: 'warn',
    },
    `http://127.0.0.1:${apiPort}/ready`,
  );
  const seconds = ctx.smoke ? 1 : 10;
  try {
    const urls = {
      bare: `http://127.0.0.1:${barePort}/`,
      v1: `http://127.0.0.1:${apiPort}/v1/ruc/${ruc}`,
      legacy: `http://127.0.0.1:${apiPort}/obtener-ruc/${ruc}`,
    };
    // Warm up JITs and connection pools before measuring.
    for (const url of Object.values(urls)) await load(url, 1);
    const base = await load(urls.bare, seconds);
    const v1 = await load(urls.v1, seconds);
    const legacy = await load(urls.legacy, seconds);
    const rpsTarget = { text: '≥ 0.5 of baseline', met: (r: number) => r >= 0.5 };
    const p99Target = { text: '≤ 2 × baseline', met: (r: number) => r <= 2 };
    return {
      name: 'hit-path',
      description: `GET of a cached RUC, ${CONNECTIONS} connections, ${seconds} s each`,
      baselineDescription:
        'bare node:http server doing the same Redis GET and writing the same bytes',
      figures: [
        figure('GET /v1/ruc requests/s', v1.rps, base.rps, rpsTarget),
        figure('GET /v1/ruc p99 ms', v1.p99, base.p99, p99Target),
        figure('GET /obtener-ruc requests/s', legacy.rps, base.rps, rpsTarget),
        figure('GET /obtener-ruc p99 ms', legacy.p99, base.p99, p99Target),
      ],
      notes: { p50Ms: { bare: base.p50, v1: v1.p50, legacy: legacy.p50 } },
    };
  } finally {
    await Promise.all([bare.stop(), api.stop()]);
    await cleanUp(ctx, env);
  }
}
