import type { AddressInfo } from 'node:net';
import { createServiceRuntime, runMain } from '@consulta-ruc/shared';
import { createApiDeps } from './app/create-api-deps.js';
import { createApp } from './app/create-app.js';

/** The API process: config, Redis, the Express app, and a deliberate shutdown. */
async function main(): Promise<void> {
  const { config, logger, redis, blocking: eventsConnection } = createServiceRuntime('api');

  const deps = createApiDeps({ config, logger, redis, eventsConnection });
  let draining = false;
  const app = createApp(deps, { isDraining: () => draining });
  const server = app.listen(config.PORT, config.HOST);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  // Longer than a load balancer's idle timeout, so it never reuses a socket we just closed.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  const { port } = server.address() as AddressInfo;
  logger.info(`API listening on http://localhost:${port} (docs: /docs, health: /health)`, {
    port,
    clientAuth: config.API_KEYS.length > 0 ? 'X-API-Key required' : 'open',
  });

  const stop = async (signal: NodeJS.Signals) => {
    if (draining) {
      logger.warn('Second signal: exiting now', { signal });
      process.exit(1);
    }
    draining = true;
    logger.info('Signal received: draining', { signal, deadlineMs: config.SHUTDOWN_TIMEOUT_MS });
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // Keep-alive sockets become idle as their last response goes out; close them as they do.
    const sweep = setInterval(() => server.closeIdleConnections(), 100);
    server.closeIdleConnections();
    const deadline = setTimeout(() => {
      logger.warn('Shutdown deadline passed; closing open connections');
      server.closeAllConnections();
    }, config.SHUTDOWN_TIMEOUT_MS);
    await closed;
    clearInterval(sweep);
    clearTimeout(deadline);
    await deps.close();
    await Promise.all([redis.quit(), eventsConnection.quit()]).catch(() => {});
    logger.info('API stopped');
    process.exit(0);
  };
  process.on('SIGTERM', (s) => void stop(s));
  process.on('SIGINT', (s) => void stop(s));
}

runMain(main);
