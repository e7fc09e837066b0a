import {
  formatFailure,
  type Logger,
  LookupError,
  type LookupJobData,
  type LookupJobResult,
  lookupJobDataSchema,
  type RucCache,
  validateRuc,
} from '@consulta-ruc/shared';
import { type Job, UnrecoverableError } from 'bullmq';
import type { WorkerMetrics } from '../health/worker-metrics.js';
import type { Scraper } from '../scraping/scraper.js';
import { errorCode, toJobError } from './job-errors.js';

export interface LookupProcessorDeps {
  cache: RucCache;
  scraper: Scraper;
  logger: Logger;
  metrics: WorkerMetrics;
  /** Deadline of one attempt; the scrape is aborted past it. */
  jobTimeoutMs: number;
}

export type LookupProcessor = (
  job: Job<LookupJobData, LookupJobResult>,
  token?: string,
  signal?: AbortSignal,
) => Promise<LookupJobResult>;

/**
 * One lookup: the cache first (another worker may have just filled it) unless forced, then a
 * scrape, then the cache write. Returns a small result; the record itself is in the cache.
 */
export function createLookupProcessor(deps: LookupProcessorDeps): LookupProcessor {
  const { cache, scraper, metrics } = deps;
  // Three parameters: BullMQ passes an AbortSignal only to processors that declare it.
  return async (job, _token, signal) => {
    const parsed = lookupJobDataSchema.safeParse(job.data);
    const check = parsed.success ? validateRuc(parsed.data.ruc) : null;
    if (!parsed.success || !check?.valid) {
      metrics.jobs.inc({ outcome: 'failed', reason: 'RUC_INVALID', source: 'none' });
      throw new UnrecoverableError(
        formatFailure(
          'RUC_INVALID',
          check && !check.valid ? check.message : 'The job data is not a lookup.',
        ),
      );
    }
    const { ruc, force, requestId } = parsed.data;
    const logger = deps.logger.child({
      jobId: job.id,
      requestId,
      ruc,
      attempt: job.attemptsMade + 1,
    });

    if (!force) {
      const cached = await cache.lookup(ruc).catch((error) => {
        throw toJobError(error);
      });
      if (cached.kind !== 'miss') {
        const outcome = cached.kind === 'record' ? 'found' : 'not-found';
        metrics.jobs.inc({ outcome: outcome.replace('-', '_'), reason: 'none', source: 'cache' });
        logger.info('Answered from the cache', { outcome });
        return { ruc, outcome, source: 'cache' };
      }
    }

    const deadline = AbortSignal.timeout(deps.jobTimeoutMs);
    const started = performance.now();
    try {
      const result = await scraper.scrape(ruc, {
        signal: signal ? AbortSignal.any([signal, deadline]) : deadline,
        logger,
      });
      const seconds = (performance.now() - started) / 1000;
      metrics.scrapeDuration.observe({ strategy: result.strategy, result: result.kind }, seconds);
      if (result.kind === 'record') {
        await cache.setRecord(result.record);
        metrics.jobs.inc({ outcome: 'found', reason: 'none', source: result.strategy });
        logger.info('Scraped and cached', {
          strategy: result.strategy,
          ms: Math.round(seconds * 1000),
        });
        return {
          ruc,
          outcome: 'found',
          source: result.strategy,
          fetchedAt: result.record.fetchedAt,
        };
      }
      const fetchedAt = new Date().toISOString();
      await cache.setNotFound({ ruc, message: result.message, fetchedAt });
      metrics.jobs.inc({ outcome: 'not_found', reason: 'none', source: result.strategy });
      logger.info('SUNAT does not know this RUC; negative-cached', { strategy: result.strategy });
      return { ruc, outcome: 'not-found', source: result.strategy, fetchedAt };
    } catch (caught) {
      const error =
        deadline.aborted && !(caught instanceof LookupError && caught.code !== 'UPSTREAM_TIMEOUT')
          ? new LookupError(
              'JOB_TIMEOUT',
              `The lookup took longer than ${deps.jobTimeoutMs} ms.`,
              true,
            )
          : caught;
      const code = errorCode(error);
      metrics.jobs.inc({ outcome: 'failed', reason: code, source: 'none' });
      if (code === 'UPSTREAM_REJECTED') metrics.upstreamRejections.inc({ strategy: scraper.name });
      logger.warn('Lookup attempt failed', {
        code,
        error: error instanceof Error ? error.message : String(error),
        willRetry:
          !(error instanceof LookupError && !error.retryable) &&
          job.attemptsMade + 1 < (job.opts.attempts ?? 1),
      });
      throw toJobError(error);
    }
  };
}
