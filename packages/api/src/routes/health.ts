import type { RequestHandler } from 'express';
import type { ApiDeps } from '../app/api-deps.js';

/** GET /health: liveness in the original shape {status, redis}; always 200 while the process runs. */
export function health(deps: ApiDeps): RequestHandler {
  return async (_req, res) => {
    const ok = await deps.cache.isHealthy();
    res.json({ status: ok ? 'ok' : 'degraded', redis: ok ? 'connected' : 'disconnected' });
  };
}

/** GET /ready: 503 while Redis is unreachable or the process is draining, so load balancers look elsewhere. */
export function ready(deps: ApiDeps, isDraining: () => boolean): RequestHandler {
  return async (_req, res) => {
    const ok = await deps.cache.isHealthy();
    const draining = isDraining();
    res.status(ok && !draining ? 200 : 503).json({
      status: draining ? 'draining' : ok ? 'ready' : 'not ready',
      redis: ok ? 'connected' : 'disconnected',
    });
  };
}

/** GET /metrics: Prometheus text. */
export function metrics(deps: ApiDeps): RequestHandler {
  return async (_req, res) => {
    res.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  };
}
