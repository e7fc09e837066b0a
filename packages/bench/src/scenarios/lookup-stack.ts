import type { BenchContext } from '../context.js';
import { cleanUp, prefixes } from '../context.js';
import { ENTRY, freePort, type Proc, startProcess } from '../processes.js';

export interface LookupStack {
  apiUrl: string;
  env: Record<string, string>;
  stop(): Promise<void>;
}

/** The real API and N real worker processes on the simulator, with their own prefixes. */
export async function startLookupStack(
  ctx: BenchContext,
  name: string,
  options: {
    workers?: number;
    workerEnv?: Record<string, string>;
    apiEnv?: Record<string, string>;
  } = {},
): Promise<LookupStack> {
  const names = prefixes(name);
  const env = {
    ...names,
    REDIS_URL: ctx.redisUrl,
    SUNAT_BASE_URL: ctx.sim.url,
    SUNAT_RATE_LIMIT_MAX: '0',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    JOB_KEEP_COUNT: '5000',
  };
  const apiPort = await freePort();
  const procs: Proc[] = [];
  procs.push(
    await startProcess(
      ENTRY.api,
      [],
      { ...env, PORT: String(apiPort), SYNC_WAIT_MS: '30000', ...options.apiEnv },
      `http://127.0.0.1:${apiPort}/ready`,
    ),
  );
  for (let i = 0; i < (options.workers ?? 1); i++) {
    const port = await freePort();
    procs.push(
      await startProcess(
        ENTRY.worker,
        [],
        { ...env, WORKER_PORT: String(port), SCRAPER_STRATEGY: 'http', ...options.workerEnv },
        `http://127.0.0.1:${port}/ready`,
      ),
    );
  }
  return {
    apiUrl: `http://127.0.0.1:${apiPort}`,
    env,
    stop: async () => {
      await Promise.all(procs.map((p) => p.stop()));
      await cleanUp(ctx, names);
    },
  };
}
