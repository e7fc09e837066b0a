import { benchEnvironment } from '../config.js';
import { type BenchContext, cleanUp, freshRucs, prefixes } from '../context.js';
import { ENTRY, freePort, startProcess, treeRssKb } from '../processes.js';
import { figure, type ScenarioResult } from '../report.js';
import { openQueue } from './queue-client.js';

/** 5. RSS of a browser-strategy worker and its chromium after N and after 10 N scrapes. */
export async function workerMemory(ctx: BenchContext): Promise<ScenarioResult> {
  ctx.sim.setLatency(0);
  const [first, second] = ctx.smoke ? [10, 30] : [100, 1000];
  const env = prefixes('memory');
  const port = await freePort();
  const worker = await startProcess(
    ENTRY.worker,
    [],
    {
      ...env,
      REDIS_URL: ctx.redisUrl,
      SUNAT_BASE_URL: ctx.sim.url,
      SUNAT_RATE_LIMIT_MAX: '0',
      SCRAPER_STRATEGY: 'browser',
      WORKER_CONCURRENCY: '2',
      WORKER_PORT: String(port),
      LOG_LEVEL: 'warn',
      BROWSER_NO_SANDBOX: process.getuid?.() === 0 ? 'true' : 'false',
      ...(benchEnvironment.chromium
        ? { PUPPETEER_EXECUTABLE_PATH: benchEnvironment.chromium }
        : {}),
    },
    `http://127.0.0.1:${port}/ready`,
  );
  const producer = openQueue(ctx.redisUrl, env.QUEUE_PREFIX);
  const pid = worker.child.pid as number;
  try {
    const rucs = freshRucs(second);
    const started = performance.now();
    await producer.addAll(rucs.slice(0, first));
    const a = await producer.waitFinished(first, 600_000);
    const afterFirst = await treeRssKb(pid);
    await producer.addAll(rucs.slice(first));
    const b = await producer.waitFinished(second, 1_800_000);
    const afterSecond = await treeRssKb(pid);
    const seconds = (performance.now() - started) / 1000;
    return {
      name: 'worker-memory',
      description: `RSS of the worker and its chromium processes after ${second} browser scrapes`,
      baselineDescription: `the same after ${first} scrapes`,
      figures: [
        figure('RSS MiB', afterSecond.totalKb / 1024, afterFirst.totalKb / 1024, {
          text: 'growth ≤ 20%',
          met: (r) => r <= 1.2,
        }),
      ],
      notes: {
        processes: { [first]: afterFirst.processes, [second]: afterSecond.processes },
        failedJobs: b.failed,
        firstFailed: a.failed,
        scrapesPerSecond: Math.round((second / seconds) * 10) / 10,
      },
    };
  } finally {
    await producer.close();
    await cleanUp(ctx, env);
    await worker.stop();
  }
}
