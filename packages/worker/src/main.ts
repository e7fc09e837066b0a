import { createServiceRuntime, runMain } from '@consulta-ruc/shared';
import { createWorkerApp } from './create-worker-app.js';
import { startHealthServer } from './health/health-server.js';

/** The worker process: config, Redis, the BullMQ worker, its health endpoint, and shutdown. */
async function main(): Promise<void> {
  const { config, logger, redis, blocking: connection } = createServiceRuntime('worker');

  const app = await createWorkerApp({ config, logger, redis, connection });
  const health = await startHealthServer({
    port: config.WORKER_PORT,
    host: config.HOST,
    registry: app.metrics.registry,
    readiness: () => app.readiness(),
  });
  logger.info(
    `Worker health on http://localhost:${health.port}/health (ready: /ready, metrics: /metrics)`,
  );

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn('Second signal: exiting now', { signal });
      process.exit(1);
    }
    stopping = true;
    logger.info('Signal received: shutting down', { signal });
    const { finishedInTime } = await app.close(config.SHUTDOWN_TIMEOUT_MS);
    await health.close();
    await Promise.all([redis.quit(), connection.quit()]).catch(() => {});
    process.exit(finishedInTime ? 0 : 1);
  };
  process.on('SIGTERM', (s) => void stop(s));
  process.on('SIGINT', (s) => void stop(s));
}

runMain(main);
