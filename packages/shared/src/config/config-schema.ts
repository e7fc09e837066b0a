import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65_535);
const positiveInt = z.coerce.number().int().positive();
const nonNegativeInt = z.coerce.number().int().min(0);
/** "true"/"false"/"1"/"0"/"yes"/"no"; z.coerce.boolean would read "false" as true. */
const flag = z.stringbool();
/** Empty strings count as unset, so `ADMIN_PASSWORD=` in a .env file does not configure an empty password. */
const optionalText = z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).optional());
const csv = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

/**
 * Every setting of every process, one field per environment variable (the name is the key).
 * Defaults are what a laptop run needs; production overrides through the environment.
 */
export const configSchema = z.object({
  /** `production` switches the default log format to JSON. Default `development`. */
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Redis holding the cache and the queue. Default `redis://127.0.0.1:6379`. */
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).default('redis://127.0.0.1:6379'),
  /** Milliseconds a Redis command may take before the caller gets "unavailable". Default 1000. */
  REDIS_COMMAND_TIMEOUT_MS: positiveInt.default(1000),
  /** Prefix of every cache key; empty in production so keys stay `sunat:ruc:{ruc}`. Default "". */
  CACHE_KEY_PREFIX: z.string().default(''),
  /** BullMQ key prefix. Default `bull` (BullMQ's own default). */
  QUEUE_PREFIX: z.string().min(1).default('bull'),

  /** API port. Default 3000. */
  PORT: port.default(3000),
  /** Interface the API and the worker's health server bind to. Default `0.0.0.0` (all IPv4); `::` for IPv6 and IPv4. */
  HOST: z.string().default('0.0.0.0'),
  /** Worker health and metrics port. Default 3001. */
  WORKER_PORT: port.default(3001),

  /** SUNAT's site, or the simulator. Default https://e-consultaruc.sunat.gob.pe */
  SUNAT_BASE_URL: z.url().default('https://e-consultaruc.sunat.gob.pe'),
  /** `auto` (http, then browser when http is rejected or unreadable), `http` or `browser`. Default `auto`. */
  SCRAPER_STRATEGY: z.enum(['auto', 'http', 'browser']).default('auto'),
  /** Connect timeout of the HTTP strategy. Default 5000. */
  SCRAPE_CONNECT_TIMEOUT_MS: positiveInt.default(5000),
  /** Whole-request timeout of one scrape (HTTP or browser). Default 20000. */
  SCRAPE_TIMEOUT_MS: positiveInt.default(20_000),

  /** Chromium binary. Default: puppeteer's own download, else a system Chromium. */
  PUPPETEER_EXECUTABLE_PATH: optionalText,
  /** Pass --no-sandbox (needed as root in a container). Default false. */
  BROWSER_NO_SANDBOX: flag.default(false),
  /** Pages a browser serves before it is retired and relaunched. Default 200. */
  BROWSER_MAX_PAGES: positiveInt.default(200),
  /** Launch timeout of Chromium. Default 15000. */
  BROWSER_LAUNCH_TIMEOUT_MS: positiveInt.default(15_000),

  /** TTL of a cached taxpayer. Default 604800 (7 days, as in the original design). */
  CACHE_TTL_SECONDS: positiveInt.default(604_800),
  /** TTL of a "RUC does not exist" answer. Default 86400 (1 day). */
  NOT_FOUND_TTL_SECONDS: positiveInt.default(86_400),

  /** How long GET /v1/ruc waits for a miss before answering 202. Default 10000. */
  SYNC_WAIT_MS: nonNegativeInt.default(10_000),
  /** How long GET /obtener-ruc waits (the original endpoint is synchronous) before 504. Default 60000. */
  LEGACY_WAIT_MS: positiveInt.default(60_000),
  /** Upper bound of ?wait=. Default 60000. */
  MAX_WAIT_MS: positiveInt.default(60_000),

  /** Jobs one worker process runs at once. Default 2. */
  WORKER_CONCURRENCY: positiveInt.default(2),
  /** Jobs toward SUNAT per SUNAT_RATE_LIMIT_DURATION_MS across all workers; 0 disables. Default 1. */
  SUNAT_RATE_LIMIT_MAX: nonNegativeInt.default(1),
  /** Window of the global SUNAT rate limit. Default 1100 (SUNAT blocks faster clients for ~5 min). */
  SUNAT_RATE_LIMIT_DURATION_MS: positiveInt.default(1100),
  /** Attempts per job, the first included. Default 3 (as in the original design). */
  JOB_ATTEMPTS: positiveInt.default(3),
  /** Base of the exponential backoff between attempts. Default 2000. */
  JOB_BACKOFF_MS: nonNegativeInt.default(2000),
  /** Deadline of one attempt; the scrape is aborted past it. Default 45000. */
  JOB_TIMEOUT_MS: positiveInt.default(45_000),
  /** How long finished jobs stay pollable. Default 3600. */
  JOB_KEEP_SECONDS: positiveInt.default(3600),
  /** How many finished jobs are kept at most. Default 1000. */
  JOB_KEEP_COUNT: positiveInt.default(1000),
  /** Lock of a running job; a killed worker's job is taken over by another after it lapses. Default 15000. */
  WORKER_LOCK_MS: positiveInt.default(15_000),
  /** How often workers look for stalled jobs (of killed workers). Default 5000. */
  WORKER_STALLED_INTERVAL_MS: positiveInt.default(5000),
  /** Deadline for in-flight work on SIGTERM. Default 25000. */
  SHUTDOWN_TIMEOUT_MS: positiveInt.default(25_000),

  /** error, warn, info, http, verbose, debug. Default `info`. */
  LOG_LEVEL: z.enum(['error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly']).default('info'),
  /** `json` or `pretty`. Default: json when NODE_ENV=production, else pretty. */
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),

  /** Bull Board and admin endpoints user; both must be set or the board is not mounted. */
  ADMIN_USER: optionalText,
  /** Bull Board and admin endpoints password. */
  ADMIN_PASSWORD: optionalText,
  /** Comma-separated keys accepted in X-API-Key on /v1 and /obtener-ruc; empty = open. */
  API_KEYS: csv,
  /** Requests per minute per client (API key or IP) on lookup routes; 0 disables. Default 0. */
  RATE_LIMIT_PER_MINUTE: nonNegativeInt.default(0),
  /** Comma-separated allowed CORS origins; `*` for any; empty disables CORS. */
  CORS_ORIGINS: csv,
  /** Largest JSON body accepted. Default 16kb. */
  BODY_LIMIT: z.string().default('16kb'),
  /** Trust X-Forwarded-For from this many proxies (Railway: 1). Default 0. */
  TRUST_PROXY_HOPS: nonNegativeInt.default(0),
});

export type Config = z.output<typeof configSchema>;
export type ConfigInput = Partial<Record<keyof Config, string>>;
