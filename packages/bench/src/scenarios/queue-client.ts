import {
  LOOKUP_JOB_NAME,
  LOOKUP_QUEUE_NAME,
  type LookupJobData,
  type LookupJobResult,
} from '@consulta-ruc/shared';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';

/** A producer on a scenario's queue, to feed workers without the API in the way. */
export function openQueue(redisUrl: string, prefix: string) {
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null, family: 0 });
  const queue = new Queue<LookupJobData, LookupJobResult>(LOOKUP_QUEUE_NAME, {
    connection,
    prefix,
  });
  queue.on('error', () => {});
  return {
    queue,
    async addAll(rucs: string[]) {
      for (let i = 0; i < rucs.length; i += 500) {
        await queue.addBulk(
          rucs.slice(i, i + 500).map((ruc) => ({
            name: LOOKUP_JOB_NAME,
            data: { ruc },
            opts: {
              attempts: 3,
              removeOnComplete: { count: 100_000 },
              removeOnFail: { count: 100_000 },
            },
          })),
        );
      }
    },
    /** Resolves when `total` jobs have finished; returns how many failed. */
    async waitFinished(
      total: number,
      timeoutMs: number,
    ): Promise<{ completed: number; failed: number }> {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const counts = await queue.getJobCounts('completed', 'failed');
        const completed = counts.completed ?? 0;
        const failed = counts.failed ?? 0;
        if (completed + failed >= total) return { completed, failed };
        if (Date.now() > until)
          throw new Error(`only ${completed + failed}/${total} jobs finished in time`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async close() {
      await queue.obliterate({ force: true }).catch(() => {});
      await queue.close();
      connection.disconnect();
    },
  };
}
