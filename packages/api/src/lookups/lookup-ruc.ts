import type { ApiDeps } from '../app/api-deps.js';
import { notFound, recordFromOutcome } from './lookup-answers.js';

export type LookupAnswer =
  | { kind: 'record'; json: string; cache: 'HIT' | 'MISS' }
  | { kind: 'pending'; jobId: string };

/**
 * Cache first: a hit costs one Redis GET. A miss checks the negative cache, enqueues (joining
 * any job in flight for the RUC) and waits up to `waitMs`. Not-found and failures are thrown as
 * ApiErrors; a wait that runs out returns the job to poll.
 */
export async function lookupRuc(
  deps: Pick<ApiDeps, 'cache' | 'lookups' | 'metrics'>,
  ruc: string,
  /** How long a miss may wait; a function so a hit never pays for working it out. */
  waitMs: number | (() => number),
  requestId: string | undefined,
): Promise<LookupAnswer> {
  const { cache, lookups, metrics } = deps;
  const json = await cache.getRecordJson(ruc);
  if (json !== null) {
    metrics.cacheLookups.inc({ result: 'hit' });
    return { kind: 'record', json, cache: 'HIT' };
  }
  const negative = await cache.getNotFound(ruc);
  if (negative) {
    metrics.cacheLookups.inc({ result: 'negative' });
    throw notFound(ruc, negative.message);
  }
  const wait = typeof waitMs === 'function' ? waitMs() : waitMs;
  metrics.cacheLookups.inc({ result: 'miss' });
  const jobId = await lookups.enqueue(ruc, { requestId });
  const started = performance.now();
  const outcome = await lookups.wait(jobId, wait);
  metrics.jobWait.observe({ outcome: outcome.state }, (performance.now() - started) / 1000);
  if (outcome.state === 'timeout') return { kind: 'pending', jobId };
  return { kind: 'record', json: await recordFromOutcome(ruc, outcome, cache), cache: 'MISS' };
}

export function jobStatusUrl(jobId: string): string {
  return `/v1/jobs/${encodeURIComponent(jobId)}`;
}
