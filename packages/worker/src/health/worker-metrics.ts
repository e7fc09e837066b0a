import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** The worker's Prometheus metrics; one registry per worker, so tests can run several. */
export function createWorkerMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'consulta_ruc_worker_' });
  return {
    registry,
    jobs: new Counter({
      name: 'consulta_ruc_worker_jobs_total',
      help: 'Lookup job attempts by outcome (found, not_found, failed) and reason code.',
      labelNames: ['outcome', 'reason', 'source'] as const,
      registers: [registry],
    }),
    scrapeDuration: new Histogram({
      name: 'consulta_ruc_worker_scrape_duration_seconds',
      help: 'Duration of scrapes by the strategy that served them.',
      labelNames: ['strategy', 'result'] as const,
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60],
      registers: [registry],
    }),
    browserLaunches: new Counter({
      name: 'consulta_ruc_worker_browser_launches_total',
      help: 'Chromium launches.',
      registers: [registry],
    }),
    browserRetirements: new Counter({
      name: 'consulta_ruc_worker_browser_retirements_total',
      help: 'Chromium retirements by reason (max-pages, crashed, disconnected, close-timeout, shutdown).',
      labelNames: ['reason'] as const,
      registers: [registry],
    }),
    upstreamRejections: new Counter({
      name: 'consulta_ruc_worker_upstream_rejections_total',
      help: 'SUNAT firewall or rate-limit rejections, by the strategy that met them.',
      labelNames: ['strategy'] as const,
      registers: [registry],
    }),
    fallbacks: new Counter({
      name: 'consulta_ruc_worker_browser_fallbacks_total',
      help: 'Jobs the auto strategy handed from HTTP to the browser, by reason.',
      labelNames: ['reason'] as const,
      registers: [registry],
    }),
  };
}

export type WorkerMetrics = ReturnType<typeof createWorkerMetrics>;
