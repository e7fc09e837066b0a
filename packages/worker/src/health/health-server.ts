import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';

export interface HealthServerOptions {
  port: number;
  host?: string;
  registry: Registry;
  /** Whether the process can do its work now (Redis reachable, browser usable or not needed). */
  readiness: () => Promise<{ ready: boolean; checks: Record<string, string> }>;
}

export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

/**
 * A small HTTP endpoint for a process that serves no traffic: /health (alive), /ready, /metrics.
 * Compose and Railway health checks point here.
 */
export async function startHealthServer(options: HealthServerOptions): Promise<HealthServer> {
  const server = http.createServer(async (req, res) => {
    try {
      if (req.url === '/health') return send(res, 200, { status: 'ok' });
      if (req.url === '/ready') {
        const { ready, checks } = await options.readiness();
        return send(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', ...checks });
      }
      if (req.url === '/metrics') {
        res.writeHead(200, { 'content-type': options.registry.contentType });
        return res.end(await options.registry.metrics());
      }
      send(res, 404, { message: 'Not found' });
    } catch (error) {
      send(res, 500, { message: error instanceof Error ? error.message : 'error' });
    }
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
