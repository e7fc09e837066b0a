import { type BenchContext, cleanUp, freshRucs, prefixes } from '../context.js';
import { ENTRY, freePort, type Proc, startProcess } from '../processes.js';
import { figure, type ScenarioResult } from '../report.js';
import { openQueue } from './queue-client.js';

async function throughput(ctx: BenchContext, workers: number, jobs: number): Promise<number> {
  const env = prefixes(`scale-${workers}`);
  const producer = openQueue(ctx.redisUrl, env.QUEUE_PREFIX);
  const rucs = freshRucs(jobs);
  const procs: Proc[] = [];
  try {
    for (let i = 0; i < workers; i++) {
      const port = await freePort();
      procs.push(
        await startProcess(
          ENTRY.worker,
          [],
          {
            ...env,
            REDIS_URL: ctx.redisUrl,
            SUNAT_BASE_URL: ctx.sim.url,
            SUNAT_RATE_LIMIT_MAX: '0',
            SCRAPER_STRATEGY: 'http',
            WORKER_CONCURRENCY: '8',
            WORKER_PORT: String(port),
            LOG_LEVEL: 'warn',
          },
          `http://127.0.0.1:${port}/ready`,
        ),
      );
    }
    // Timed from the first job in, with every worker already waiting: start-up is not throughput.
    const started = performance.now();
    await producer.addAll(rucs);
    const { failed } = await producer.waitFinished(jobs, 600_000);
    if (failed > 0) throw new Error(`${failed} jobs failed`);
    return jobs / ((performance.now() - started) / 1000);
  } finally {
    await Promise.all(procs.map((p) => p.stop()));
    await producer.close();
    await cleanUp(ctx, env);
  }
}

/** 7. Jobs per second with one and with two worker processes, rate limit off, simulator latency 0. */
export async function workerScale(ctx: BenchContext): Promise<ScenarioResult> {
  ctx.sim.setLatency(0);
  const jobs = ctx.smoke ? 100 : 2000;
  const one = await throughput(ctx, 1, jobs);
  const two = await throughput(ctx, 2, jobs);
  return {
    name: 'worker-scale',
    description: `${jobs} queued lookups drained by 2 worker processes (concurrency 8 each, http strategy)`,
    baselineDescription: 'the same drained by 1 worker process',
    figures: [figure('jobs/s', two, one)],
    notes: {
      cores: (await import('node:os')).availableParallelism(),
      note: 'simulator, Redis, workers and the bench share the same cores',
    },
  };
}
