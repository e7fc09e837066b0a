import type { LookupJobData, LookupJobResult } from '@consulta-ruc/shared';
import type { Queue } from 'bullmq';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** The API's Prometheus metrics; one registry per app instance. */
export function createApiMetrics(queue: Queue<LookupJobData, LookupJobResult>) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'consulta_ruc_api_' });
  return {
    registry,
    requests: new Counter({
      name: 'consulta_ruc_api_requests_total',
      help: 'HTTP requests by route, method and status.',
      labelNames: ['route', 'method', 'status'] as const,
      registers: [registry],
    }),
    cacheLookups: new Counter({
      name: 'consulta_ruc_api_cache_lookups_total',
      help: 'Cache lookups by result: hit, miss, negative (known not to exist).',
      labelNames: ['result'] as const,
      registers: [registry],
    }),
    jobWait: new Histogram({
      name: 'consulta_ruc_api_job_wait_seconds',
      help: 'Time requests spent waiting for a lookup job, by how the wait ended.',
      labelNames: ['outcome'] as const,
      buckets: [0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60],
      registers: [registry],
    }),
    queueDepth: new Gauge({
      name: 'consulta_ruc_api_queue_jobs',
      help: 'Lookup jobs by state, read when scraped.',
      labelNames: ['state'] as const,
      registers: [registry],
      async collect() {
        try {
          const counts = await queue.getJobCounts(
            'waiting',
            'active',
            'delayed',
            'completed',
            'failed',
            'prioritized',
          );
          for (const [state, count] of Object.entries(counts)) this.set({ state }, count);
        } catch {
          // Redis down: keep the last values rather than fail the whole scrape.
        }
      },
    }),
  };
}

export type ApiMetrics = ReturnType<typeof createApiMetrics>;
