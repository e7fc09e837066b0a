/** What a faulted query gets instead of SUNAT's normal answer. */
export type FaultMode =
  /** Normal behaviour. */
  | 'none'
  /** HTTP 500 with a plain error body. */
  | 'http-500'
  /** The socket is destroyed without an answer (the client sees a connection reset). */
  | 'reset'
  /** The request is accepted and never answered (until the simulator closes). */
  | 'hang'
  /** The F5 firewall's "Request Rejected" page, HTTP 200. */
  | 'waf'
  /** SUNAT's error template ("Surgieron problemas al procesar la consulta..."), HTTP 200. */
  | 'error-page'
  /** The real result page cut at about 40% of its bytes. */
  | 'truncated'
  /** The result page with its bytes shuffled: no markup survives. */
  | 'garbled'
  /** A well-formed page titled "SUNAT - Consulta RUC" in a layout the known parser cannot read. */
  | 'unknown-layout'
  /** A JavaScript "checking your browser" interstitial. */
  | 'browser-check';

export const FAULT_MODES: readonly FaultMode[] = [
  'none',
  'http-500',
  'reset',
  'hang',
  'waf',
  'error-page',
  'truncated',
  'garbled',
  'unknown-layout',
  'browser-check',
];

/** Faults injected into queries (POSTs to jcrS00Alias). */
export interface Faults {
  mode: FaultMode;
  /** Fault only the next N matching queries, then behave normally. Default: every query. */
  times?: number;
  /** Fault only queries for these RUCs (nroRuc). Default: every query. */
  rucs?: string[];
}

/** A fixed delay in milliseconds, or a [min, max] range drawn uniformly per query. */
export type Latency = number | readonly [number, number];

/** What a client over the rate limit gets, like SUNAT's firewall. */
export type RateLimitAction = 'waf' | 'reset' | 'hang';

export interface RateLimit {
  /**
   * Requests allowed per client IP within `windowMs`. Every request under /cl-ti-itmrconsruc/
   * counts (form, script, queries); /a/ assets and the admin endpoints do not.
   */
  maxRequests: number;
  /** The sliding window, in milliseconds. */
  windowMs: number;
  /** What every request of a blocked client gets. */
  action: RateLimitAction;
  /** How long a client stays blocked once over the limit (SUNAT: about 5 minutes). */
  blockMs: number;
}

/**
 * How the Content-Type header of SUNAT pages reads. The bytes are ISO-8859-1 either way; the
 * real header is unconfirmed, so scrapers must handle both.
 */
export type ContentTypeCharset = 'none' | 'iso-8859-1';

export interface SimulatorOptions {
  /** TCP port; 0 picks a free one. Default: 0. */
  port?: number;
  /** Address to listen on. Default: '127.0.0.1'. */
  host?: string;
  /**
   * Folder holding SUNAT's captured pages. Default: the repository's fixtures/sunat, found
   * relative to this module (works from both src/ and dist/).
   */
  fixturesDir?: string;
  /** Delay before SUNAT's application answers a query (not the firewall). Default: 0. */
  latencyMs?: Latency;
  /** Valid RUCs that SUNAT answers as "no válido" (unknown to it). Default: []. */
  notFoundRucs?: string[];
  /**
   * 'none': `text/html` with no charset, while the page's meta says utf-8; 'iso-8859-1':
   * `text/html;charset=ISO-8859-1`. Default: 'none'.
   */
  contentTypeCharset?: ContentTypeCharset;
  /**
   * When true, a query that is not a browser navigation (no `sec-fetch-mode: navigate`, which every
   * real browser sends when it submits a form; Node's fetch sends `cors`) gets the F5
   * "Request Rejected" page, like SUNAT's firewall rejecting an incoherent client. Default: false.
   */
  requireBrowser?: boolean;
  /** Per-client-IP rate limit of requests to SUNAT's application paths. Default: null (none). */
  rateLimit?: RateLimit | null;
  /** Faults to inject from the start. Default: { mode: 'none' }. */
  faults?: Faults;
}

/** The adjustable part of the configuration, as the admin endpoints show and change it. */
export interface SimulatorConfig {
  latencyMs: Latency;
  notFoundRucs: string[];
  contentTypeCharset: ContentTypeCharset;
  requireBrowser: boolean;
  rateLimit: RateLimit | null;
}
