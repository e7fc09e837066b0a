import { randomInt } from 'node:crypto';
import { LOOKUP_QUEUE_EVENTS_MAXLEN, LOOKUP_QUEUE_NAME } from '@consulta-ruc/shared';
import { sampleRecord } from '@consulta-ruc/shared/testing';
import { type SunatSimulator, startSimulator, withCheckDigit } from '@consulta-ruc/sunat-simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  spawnWorker,
  startApi,
  type TestApi,
  type TestProcess,
  testConfig,
  waitFor,
} from './helpers.js';

// A bounded load run: 90% cache hits, 10% misses answered 202 at once (?wait=0), against the
// real API, one real worker and the simulator. LOAD_SECONDS may be shortened from the
// environment (e.g. LOAD_SECONDS=10 for a quick local run), never lengthened.
const LOAD_SECONDS = Math.min(60, Number(process.env.LOAD_SECONDS) || 60);
const IN_FLIGHT = 16;
const HIT_RATIO = 0.9;
const PREWARMED = 200;
const JOB_KEEP_COUNT = 200;
/** How long the worker may take to finish the backlog once the load stops. */
const DRAIN_TIMEOUT_MS = 60_000;

const config = testConfig('api-mixed-load', {
  SYNC_WAIT_MS: '0',
  JOB_KEEP_COUNT: String(JOB_KEEP_COUNT),
  // Thousands of records land in the shared Redis: let leftovers expire if cleanup is skipped.
  CACHE_TTL_SECONDS: '3600',
  NOT_FOUND_TTL_SECONDS: '3600',
});
const queueKeyPattern = `${config.QUEUE_PREFIX}:*`;
const eventsKey = `${config.QUEUE_PREFIX}:${LOOKUP_QUEUE_NAME}:events`;

let sim: SunatSimulator;
let api: TestApi;
let worker: TestProcess;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, latencyMs: 0 });
  config.SUNAT_BASE_URL = sim.url;
  api = await startApi(config);
  worker = await spawnWorker(config, { WORKER_CONCURRENCY: '4', LOG_LEVEL: 'info' });
});
afterAll(async () => {
  await worker?.stop();
  await api?.deps.queue.obliterate({ force: true }).catch(() => {});
  await api?.deps.cache.clear().catch(() => {});
  await api?.close();
  await sim?.close();
});

async function countKeys(pattern: string): Promise<number> {
  let cursor = '0';
  let count = 0;
  do {
    const [next, keys] = await api.redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    cursor = next;
    count += keys.length;
  } while (cursor !== '0');
  return count;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

/** Distinct valid RUCs, "20" + 8 digits from a random start, one per call. */
function missRucs(): () => string {
  let next = randomInt(0, 90_000_000);
  return () => withCheckDigit(`20${String(next++ % 100_000_000).padStart(8, '0')}`);
}

describe('a mixed load of cache hits and misses', () => {
  it(
    'never answers 5xx, finishes every job, and keeps the queue, its keys and its event stream bounded',
    async () => {
      // Pre-warm: 200 records in the cache ("10" RUCs, so no miss can collide with them).
      const hitRucs = Array.from({ length: PREWARMED }, (_, i) =>
        withCheckDigit(`10${String(40_000_000 + i * 7).padStart(8, '0')}`),
      );
      for (const ruc of hitRucs) await api.deps.cache.setRecord(sampleRecord({ ruc }));
      const nextMiss = missRucs();
      const keysBefore = await countKeys(queueKeyPattern);

      const statuses = new Map<number, number>();
      const anomalies: string[] = [];
      const latencies: number[] = [];
      const missed = new Map<string, string>(); // ruc -> jobId
      let hits = 0;
      let misses = 0;
      let networkErrors = 0;

      const started = performance.now();
      const deadline = started + LOAD_SECONDS * 1000;
      const client = async () => {
        while (performance.now() < deadline) {
          const hit = Math.random() < HIT_RATIO;
          const ruc = hit ? (hitRucs[randomInt(0, hitRucs.length)] as string) : nextMiss();
          const t0 = performance.now();
          let res: Response;
          let text: string;
          try {
            res = await fetch(`${api.url}/v1/ruc/${ruc}?wait=0`);
            text = await res.text();
          } catch (error) {
            networkErrors += 1;
            if (anomalies.length < 20) anomalies.push(`${ruc}: ${String(error)}`);
            continue;
          }
          latencies.push(performance.now() - t0);
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (hit) {
            hits += 1;
            if (res.status !== 200 || res.headers.get('x-cache') !== 'HIT') {
              if (anomalies.length < 20)
                anomalies.push(`hit ${ruc} -> ${res.status} ${text.slice(0, 200)}`);
            }
          } else {
            misses += 1;
            if (res.status !== 202) {
              if (anomalies.length < 20)
                anomalies.push(`miss ${ruc} -> ${res.status} ${text.slice(0, 200)}`);
              continue;
            }
            const body = JSON.parse(text) as { jobId: string; ruc: string };
            missed.set(ruc, body.jobId);
          }
        }
      };
      await Promise.all(Array.from({ length: IN_FLIGHT }, client));
      const elapsedS = (performance.now() - started) / 1000;
      const total = hits + misses;
      const sorted = latencies.sort((a, b) => a - b);
      console.log(
        `mixed-load: ${LOAD_SECONDS}s x ${IN_FLIGHT} in flight: ${total} requests, ` +
          `${(total / elapsedS).toFixed(0)} req/s (${hits} hits, ${misses} misses, ` +
          `${networkErrors} network errors); latency p50 ${percentile(sorted, 50).toFixed(1)} ms, ` +
          `p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${percentile(sorted, 100).toFixed(1)} ms; ` +
          `statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
      );

      // 1. No 5xx, no dropped connection; hits are hits and misses answer 202 at once.
      const fiveHundreds = [...statuses].filter(([s]) => s >= 500).reduce((a, [, n]) => a + n, 0);
      expect({ fiveHundreds, networkErrors, anomalies }).toEqual({
        fiveHundreds: 0,
        networkErrors: 0,
        anomalies: [],
      });
      expect(misses).toBeGreaterThan(0);
      expect(missed.size).toBe(misses);

      // 2. The backlog drains: nothing waiting, running or delayed, within a bound.
      const drainStarted = performance.now();
      await waitFor(
        async () => {
          const c = await api.deps.queue.getJobCounts(
            'waiting',
            'active',
            'delayed',
            'prioritized',
          );
          return Object.values(c).every((n) => n === 0);
        },
        { timeoutMs: DRAIN_TIMEOUT_MS, intervalMs: 250, what: 'the queue to drain' },
      );
      const drainS = (performance.now() - drainStarted) / 1000;

      // 3. Every enqueued lookup ended: its record is cached (completed, found), or its job
      // failed with a reason. Completed jobs past JOB_KEEP_COUNT are trimmed, so the cache is
      // the witness for those.
      const failed = await api.deps.queue.getFailed(0, -1);
      const failedRucs = new Set<string>();
      for (const job of failed) {
        expect(job.failedReason, `job ${job.id}`).toMatch(/\S/);
        failedRucs.add(job.data.ruc);
      }
      const rucs = [...missed.keys()];
      const exists = await api.redis
        .pipeline(rucs.map((ruc) => ['exists', api.deps.cache.recordKey(ruc)]))
        .exec();
      const unaccounted = rucs.filter((ruc, i) => exists?.[i]?.[1] !== 1 && !failedRucs.has(ruc));
      expect(unaccounted.slice(0, 10)).toEqual([]);
      const foundCount = rucs.length - failedRucs.size;
      // Every found record came from a scrape (the misses were distinct and never cached).
      expect(sim.counts().total).toBeGreaterThanOrEqual(foundCount);

      // Jobs still kept are finished, with their outcome.
      const completed = await api.deps.queue.getCompleted(0, -1);
      for (const job of completed) {
        expect(job.finishedOn, `job ${job.id}`).toBeGreaterThan(0);
        expect(job.returnvalue, `job ${job.id}`).toMatchObject({ ruc: job.data.ruc });
        // Only misses made jobs: a cache hit never touches the queue.
        expect(missed.get(job.data.ruc), `job ${job.id} for ${job.data.ruc}`).toBe(job.id);
      }

      // 4. Redis stays bounded: finished jobs trimmed to JOB_KEEP_COUNT, keys under the queue
      // prefix do not grow with the number of jobs, and the event stream is capped.
      const { completed: keptCompleted = 0, failed: keptFailed = 0 } =
        await api.deps.queue.getJobCounts('completed', 'failed');
      expect(keptCompleted).toBeLessThanOrEqual(JOB_KEEP_COUNT + 5);
      // ...but not more eagerly: the latest JOB_KEEP_COUNT stay pollable.
      expect(keptCompleted).toBeGreaterThanOrEqual(Math.min(JOB_KEEP_COUNT, foundCount));
      const keysAfter = await countKeys(queueKeyPattern);
      // One hash per kept job, plus the queue's own keys (meta, id, events, sets, ...).
      expect(keysAfter).toBeLessThanOrEqual(keysBefore + keptCompleted + keptFailed + 25);
      const eventsLength = await api.redis.xlen(eventsKey);
      expect(eventsLength).toBeLessThanOrEqual(LOOKUP_QUEUE_EVENTS_MAXLEN + 500);

      console.log(
        `mixed-load queue: jobs found ${foundCount}, failed ${failedRucs.size}, ` +
          `drained in ${drainS.toFixed(1)}s; kept completed ${keptCompleted}, failed ${keptFailed}; ` +
          `queue keys ${keysBefore} -> ${keysAfter}; events XLEN ${eventsLength}; ` +
          `SUNAT queries ${sim.counts().total}`,
      );
    },
    (LOAD_SECONDS + 120) * 1000,
  );
});
