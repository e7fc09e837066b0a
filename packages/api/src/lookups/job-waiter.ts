import type { Logger, LookupJobData, LookupJobResult } from '@consulta-ruc/shared';
import { Job, type Queue, type QueueEvents } from 'bullmq';

export type JobOutcome =
  | { state: 'completed'; result: LookupJobResult }
  | { state: 'failed'; reason: string }
  | { state: 'gone' };

export type WaitOutcome = JobOutcome | { state: 'timeout' };

/** How long, and how many, finished outcomes are remembered for requests that arrive just after. */
const RECENT_MS = 5000;
const RECENT_MAX = 10_000;
/** A waiter that heard nothing this long asks Redis once, in case the job finished unseen. */
const SAFETY_CHECK_MS = 250;

interface Pending {
  promise: Promise<JobOutcome>;
  resolve: (outcome: JobOutcome) => void;
  waiters: number;
}

/**
 * Waits for jobs on ONE QueueEvents per process: one pending entry per job id, shared by every
 * request waiting on it, and each request bounded by its own deadline (BullMQ's own
 * waitUntilFinished hangs forever when a job is removed).
 */
export class JobWaiter {
  private readonly pending = new Map<string, Pending>();
  /** Outcomes heard in the last RECENT_MS: a job can finish between add() and wait(). */
  private readonly recent = new Map<string, { outcome: JobOutcome; at: number }>();

  constructor(
    private readonly queue: Queue<LookupJobData, LookupJobResult>,
    events: QueueEvents,
    private readonly logger: Logger,
  ) {
    events.on('completed', ({ jobId, returnvalue }) => {
      this.settle(jobId, { state: 'completed', result: parseReturn(returnvalue) });
    });
    events.on('failed', ({ jobId, failedReason }) => {
      this.settle(jobId, { state: 'failed', reason: failedReason });
    });
    events.on('removed', ({ jobId }) => this.settle(jobId, { state: 'gone' }));
  }

  /** Jobs being waited on now (for metrics and tests). */
  get size(): number {
    return this.pending.size;
  }

  async wait(jobId: string, timeoutMs: number): Promise<WaitOutcome> {
    if (timeoutMs <= 0) return { state: 'timeout' };
    const heard = this.recent.get(jobId);
    if (heard) return heard.outcome;
    let entry = this.pending.get(jobId);
    if (!entry) {
      let resolve!: (outcome: JobOutcome) => void;
      const promise = new Promise<JobOutcome>((r) => {
        resolve = r;
      });
      entry = { promise, resolve, waiters: 0 };
      this.pending.set(jobId, entry);
    }
    entry.waiters += 1;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<WaitOutcome>((resolve) => {
      timer = setTimeout(() => resolve({ state: 'timeout' }), timeoutMs);
    });
    // Events are the fast path; this covers a job that finished before this process listened.
    const safety = setTimeout(
      () => {
        void this.currentOutcome(jobId).then(
          (outcome) => outcome && this.settle(jobId, outcome),
          (error) => this.logger.debug('Could not read job state', { jobId, error: String(error) }),
        );
      },
      Math.min(SAFETY_CHECK_MS, timeoutMs),
    );
    try {
      return await Promise.race([entry.promise, timeout]);
    } finally {
      clearTimeout(timer);
      clearTimeout(safety);
      entry.waiters -= 1;
      if (entry.waiters === 0 && this.pending.get(jobId) === entry) this.pending.delete(jobId);
    }
  }

  private settle(jobId: string, outcome: JobOutcome): void {
    this.remember(jobId, outcome);
    const entry = this.pending.get(jobId);
    if (!entry) return;
    this.pending.delete(jobId);
    entry.resolve(outcome);
  }

  private remember(jobId: string, outcome: JobOutcome): void {
    const now = Date.now();
    this.recent.set(jobId, { outcome, at: now });
    // Maps iterate in insertion order: the oldest entries are first.
    for (const [id, { at }] of this.recent) {
      if (this.recent.size <= RECENT_MAX && now - at < RECENT_MS) break;
      this.recent.delete(id);
    }
  }

  private async currentOutcome(jobId: string): Promise<JobOutcome | null> {
    const job = await Job.fromId<LookupJobData, LookupJobResult>(this.queue, jobId);
    if (!job) return { state: 'gone' };
    if (job.finishedOn && job.returnvalue) return { state: 'completed', result: job.returnvalue };
    if (job.finishedOn && job.failedReason) return { state: 'failed', reason: job.failedReason };
    return null;
  }
}

function parseReturn(value: unknown): LookupJobResult {
  return (typeof value === 'string' ? JSON.parse(value) : value) as LookupJobResult;
}
