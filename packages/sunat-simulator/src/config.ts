import { parseArgs } from 'node:util';
import type { Faults, Latency, RateLimit, SimulatorOptions } from './options.js';
import {
  parseContentTypeCharset,
  parseFaults,
  parseLatency,
  parseRateLimit,
  SettingError,
} from './validate-settings.js';

export const USAGE = `Usage: sunat-simulator [options]

  --port N                   TCP port, 0 for a free one (env SIMULATOR_PORT; default 8090)
  --host ADDR                address to listen on (env SIMULATOR_HOST; default 127.0.0.1)
  --latency MS|MIN-MAX       delay of SUNAT's answers (env SIMULATOR_LATENCY_MS; default 0)
  --not-found RUC,RUC,...    valid RUCs answered "no válido" (env SIMULATOR_NOT_FOUND)
  --require-browser          reject non-navigation queries        (env SIMULATOR_REQUIRE_BROWSER=1)
  --fixtures DIR             captured pages (env SIMULATOR_FIXTURES_DIR; default repo fixtures/sunat)
  --content-type-charset none|iso-8859-1
                             charset in Content-Type (env SIMULATOR_CONTENT_TYPE_CHARSET; default none)
  --rate-limit MAX/WINDOW_MS[/waf|reset|hang[/BLOCK_MS]]
                             per-IP limit (env SIMULATOR_RATE_LIMIT; default none; action reset, block 300000)
  --fault MODE[:TIMES]       inject a fault from the start (env SIMULATOR_FAULT)
  --help                     print this and exit
`;

/** The command line's outcome: options to start with, or a request for the usage text. */
export type CliConfig = { help: true } | { help: false; options: SimulatorOptions };

const DEFAULT_CLI_PORT = 8090;
const DEFAULT_BLOCK_MS = 5 * 60 * 1000;

function integer(text: string, what: string): number {
  if (!/^\d+$/.test(text)) throw new SettingError(`${what} must be a whole number, not "${text}"`);
  return Number(text);
}

export function parseLatencyText(text: string): Latency {
  const [min, max, extra] = text.split('-');
  if (extra !== undefined || min === undefined) throw new SettingError(`bad latency "${text}"`);
  if (max === undefined) return parseLatency(integer(min, 'latency'));
  return parseLatency([integer(min, 'latency min'), integer(max, 'latency max')]);
}

export function parseRateLimitText(text: string): RateLimit {
  const [max, windowMs, action = 'reset', blockMs] = text.split('/');
  if (max === undefined || windowMs === undefined) {
    throw new SettingError(`rate limit must be MAX/WINDOW_MS[/ACTION[/BLOCK_MS]], not "${text}"`);
  }
  const limit = parseRateLimit({
    maxRequests: integer(max, 'rate limit max'),
    windowMs: integer(windowMs, 'rate limit window'),
    action,
    blockMs: blockMs === undefined ? DEFAULT_BLOCK_MS : integer(blockMs, 'rate limit block'),
  });
  return limit as RateLimit;
}

export function parseFaultText(text: string): Faults {
  const [mode, times] = text.split(':');
  return parseFaults({
    mode,
    ...(times === undefined ? {} : { times: integer(times, 'fault times') }),
  });
}

const truthy = (text: string | undefined): boolean =>
  text !== undefined && ['1', 'true', 'yes', 'on'].includes(text.toLowerCase());

/**
 * Reads the command line, falling back to SIMULATOR_* environment variables (flags win).
 * Throws SettingError with a message fit for the user on bad input.
 */
export function parseCliConfig(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): CliConfig {
  let values: ReturnType<typeof parseFlags>;
  try {
    values = parseFlags(argv);
  } catch (error) {
    throw new SettingError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return { help: true };
  const pick = (flag: string | undefined, name: string): string | undefined =>
    flag ?? (env[name] === '' ? undefined : env[name]);

  const port = pick(values.port, 'SIMULATOR_PORT');
  const latency = pick(values.latency, 'SIMULATOR_LATENCY_MS');
  const notFound = pick(values['not-found'], 'SIMULATOR_NOT_FOUND');
  const fixtures = pick(values.fixtures, 'SIMULATOR_FIXTURES_DIR');
  const charset = pick(values['content-type-charset'], 'SIMULATOR_CONTENT_TYPE_CHARSET');
  const rateLimit = pick(values['rate-limit'], 'SIMULATOR_RATE_LIMIT');
  const fault = pick(values.fault, 'SIMULATOR_FAULT');

  const options: SimulatorOptions = {
    port: port === undefined ? DEFAULT_CLI_PORT : integer(port, 'port'),
    host: pick(values.host, 'SIMULATOR_HOST') ?? '127.0.0.1',
    requireBrowser: values['require-browser'] ?? truthy(env.SIMULATOR_REQUIRE_BROWSER),
  };
  if (latency !== undefined) options.latencyMs = parseLatencyText(latency);
  if (notFound !== undefined) {
    options.notFoundRucs = notFound
      .split(',')
      .map((ruc) => ruc.trim())
      .filter(Boolean);
  }
  if (fixtures !== undefined) options.fixturesDir = fixtures;
  if (charset !== undefined) options.contentTypeCharset = parseContentTypeCharset(charset);
  if (rateLimit !== undefined) options.rateLimit = parseRateLimitText(rateLimit);
  if (fault !== undefined) options.faults = parseFaultText(fault);
  return { help: false, options };
}

function parseFlags(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      latency: { type: 'string' },
      'not-found': { type: 'string' },
      'require-browser': { type: 'boolean' },
      fixtures: { type: 'string' },
      'content-type-charset': { type: 'string' },
      'rate-limit': { type: 'string' },
      fault: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }).values;
}
