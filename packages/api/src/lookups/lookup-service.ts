import {
  CacheUnavailableError,
  type Config,
  LOOKUP_JOB_NAME,
  type Logger,
  type LookupJobData,
  type LookupJobResult,
  lookupDeduplicationId,
} from '@consulta-ruc/shared';
import { Job, type Queue } from 'bullmq';
import type { JobWaiter, WaitOutcome } from './job-waiter.js';

export interface JobView {
  jobId: string;
  ruc: string;
  state: 'waiting' | 'active' | 'delayed' | 'completed' | 'failed';
  attempts: number;
  maxAttempts: number;
  createdAt: string;
  processedAt: string | null;
  finishedAt: string | null;
  result: LookupJobResult | null;
  failedReason: string | null;
}

/** The API's side of the queue: enqueue (deduplicated), wait, and read jobs back. */
export class LookupService {
  constructor(
    private readonly queue: Queue<LookupJobData, LookupJobResult>,
    private readonly waiter: JobWaiter,
    private readonly config: Pick<Config, 'JOB_ATTEMPTS'>,
    private readonly logger: Logger,
  ) {}

  /**
   * Adds a lookup, or joins the one already waiting or running for this RUC (BullMQ
   * deduplication returns the existing job's id). Returns the job id.
   */
  async enqueue(
    ruc: string,
    options: { requestId?: string; force?: boolean } = {},
  ): Promise<string> {
    const data: LookupJobData = { ruc, requestId: options.requestId };
    if (options.force) data.force = true;
    // A refresh must not fold into a plain lookup that may answer from the cache.
    const dedupId = options.force
      ? `${lookupDeduplicationId(ruc)}:refresh`
      : lookupDeduplicationId(ruc);
    try {
      const job = await this.queue.add(LOOKUP_JOB_NAME, data, { deduplication: { id: dedupId } });
      if (!job.id) throw new Error('BullMQ returned a job without an id');
      return job.id;
    } catch (error) {
      throw new CacheUnavailableError(
        `Could not enqueue the lookup: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
  }

  wait(jobId: string, timeoutMs: number): Promise<WaitOutcome> {
    return this.waiter.wait(jobId, timeoutMs);
  }

  async getJob(jobId: string): Promise<JobView | null> {
    let job: Job<LookupJobData, LookupJobResult> | undefined;
    let state: string;
    try {
      job = await Job.fromId(this.queue, jobId);
      if (!job) return null;
      state = await job.getState();
    } catch (error) {
      this.logger.debug('Job read failed', { jobId, error: String(error) });
      throw new CacheUnavailableError('Could not read the job from Redis.', { cause: error });
    }
    return {
      jobId,
      ruc: job.data.ruc,
      state: normaliseState(state),
      attempts: job.attemptsMade,
      maxAttempts: job.opts.attempts ?? this.config.JOB_ATTEMPTS,
      createdAt: new Date(job.timestamp).toISOString(),
      processedAt: job.processedOn ? new Date(job.processedOn).toISOString() : null,
      finishedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
      result: job.returnvalue ?? null,
      failedReason: job.failedReason || null,
    };
  }
}

function normaliseState(state: string): JobView['state'] {
  switch (state) {
    case 'active':
    case 'delayed':
    case 'completed':
    case 'failed':
      return state;
    default:
      // waiting, prioritized, waiting-children, unknown (just added): not started yet.
      return 'waiting';
  }
}
