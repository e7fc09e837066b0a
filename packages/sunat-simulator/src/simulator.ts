import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defaultFixturesDir, loadFixtures } from './fixtures.js';
import { writePage } from './http/answer.js';
import { Connections } from './http/connections.js';
import type {
  ContentTypeCharset,
  Faults,
  Latency,
  RateLimit,
  SimulatorConfig,
  SimulatorOptions,
} from './options.js';
import { type AdminControls, handleAdmin, type SimulatorState } from './server/admin-routes.js';
import { createAppHandler, notFoundAnswer } from './server/app-handler.js';
import { ADMIN_PREFIX, APP_PREFIX } from './server/paths.js';
import { FaultState } from './state/fault-state.js';
import { QueryCounter, type QueryCounts } from './state/query-counts.js';
import { RateLimiter } from './state/rate-limiter.js';
import {
  parseContentTypeCharset,
  parseFaults,
  parseLatency,
  parseRateLimit,
  parseRequireBrowser,
} from './validate-settings.js';

/** A running simulator. */
export interface SunatSimulator {
  /** Base URL, e.g. http://127.0.0.1:8090 (no trailing slash). */
  readonly url: string;
  readonly port: number;
  /** Stops listening and destroys every open socket, hanging requests included. */
  close(): Promise<void>;
  setFaults(faults: Faults): void;
  setLatency(latency: Latency): void;
  setNotFound(rucs: string[]): void;
  setRequireBrowser(requireBrowser: boolean): void;
  setRateLimit(rateLimit: RateLimit | null): void;
  setContentTypeCharset(charset: ContentTypeCharset): void;
  /** Queries received on jcrS00Alias (POSTs), per nroRuc, including faulted and rejected ones. */
  counts(): QueryCounts;
  resetCounts(): void;
  /** Configuration, faults, counts and rate-limit blocks, as GET /__simulator/state shows. */
  state(): SimulatorState;
}

// Long enough for a scraper's pooled connection to be reused between lookups spaced ~1 s apart,
// short enough that idle sockets do not pile up.
const KEEP_ALIVE_TIMEOUT_MS = 10_000;

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

/** Starts SUNAT's Consulta RUC stand-in. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<SunatSimulator> {
  const fixtures = await loadFixtures(options.fixturesDir ?? defaultFixturesDir());
  const config: SimulatorConfig = {
    latencyMs: parseLatency(options.latencyMs ?? 0),
    notFoundRucs: [...(options.notFoundRucs ?? [])],
    contentTypeCharset: parseContentTypeCharset(options.contentTypeCharset ?? 'none'),
    requireBrowser: parseRequireBrowser(options.requireBrowser ?? false),
    rateLimit: parseRateLimit(options.rateLimit ?? null),
  };
  const faults = new FaultState();
  faults.set(parseFaults(options.faults ?? { mode: 'none' }));
  const limiter = new RateLimiter();
  limiter.configure(config.rateLimit);
  const counter = new QueryCounter();

  const server = createServer();
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  const connections = new Connections(server);

  const configure = (update: Partial<SimulatorConfig>): void => {
    Object.assign(config, update);
    if (update.notFoundRucs) config.notFoundRucs = [...update.notFoundRucs];
    if ('rateLimit' in update) limiter.configure(config.rateLimit);
  };
  const state = (): SimulatorState => ({
    ...config,
    notFoundRucs: [...config.notFoundRucs],
    faults: faults.snapshot(),
    counts: counter.snapshot(),
    blockedClients: limiter.blocked(),
  });
  const controls: AdminControls = {
    state,
    setFaults: (f) => faults.set(f),
    configure,
    counts: () => counter.snapshot(),
    reset: () => {
      counter.reset();
      faults.set({ mode: 'none' });
      limiter.clearBlocks();
    },
  };

  const handleApp = createAppHandler({
    fixtures,
    config,
    faults,
    limiter,
    counter,
    connections,
  });

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://simulator').pathname;
    let work: Promise<void>;
    if (path.startsWith(ADMIN_PREFIX)) work = handleAdmin(req, res, path, controls);
    else if (path.startsWith(APP_PREFIX)) work = handleApp(req, res, path);
    else {
      // Bootstrap, jQuery and images under /a/ are not served: answer fast, never hang.
      req.resume();
      work = Promise.resolve(writePage(res, notFoundAnswer()));
    }
    work.catch((error: unknown) => {
      if (res.headersSent || res.destroyed) return;
      if (req.destroyed) return;
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`simulator error: ${error instanceof Error ? error.message : String(error)}\n`);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const url = `http://${urlHost(options.host ?? '127.0.0.1')}:${address.port}`;

  let closing: Promise<void> | null = null;
  return {
    url,
    port: address.port,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        connections.closeAll();
      });
      return closing;
    },
    setFaults: (f) => faults.set(parseFaults(f)),
    setLatency: (latency) => configure({ latencyMs: parseLatency(latency) }),
    setNotFound: (rucs) => configure({ notFoundRucs: [...rucs] }),
    setRequireBrowser: (on) => configure({ requireBrowser: parseRequireBrowser(on) }),
    setRateLimit: (limit) => configure({ rateLimit: parseRateLimit(limit) }),
    setContentTypeCharset: (charset) =>
      configure({ contentTypeCharset: parseContentTypeCharset(charset) }),
    counts: () => counter.snapshot(),
    resetCounts: () => counter.reset(),
    state,
  };
}
