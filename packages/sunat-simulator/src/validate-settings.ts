import {
  type ContentTypeCharset,
  FAULT_MODES,
  type FaultMode,
  type Faults,
  type Latency,
  type RateLimit,
  type RateLimitAction,
  type SimulatorConfig,
} from './options.js';

/** A setting that cannot be applied; the admin endpoints answer it with HTTP 400. */
export class SettingError extends Error {
  override name = 'SettingError';
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function nonNegative(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new SettingError(`${what} must be a number >= 0`);
  }
  return value;
}

function stringList(value: unknown, what: string): string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new SettingError(`${what} must be an array of strings`);
  }
  return [...value];
}

export function parseFaults(value: unknown): Faults {
  if (!isRecord(value)) throw new SettingError('faults must be an object with a mode');
  const mode = value.mode;
  if (typeof mode !== 'string' || !FAULT_MODES.includes(mode as FaultMode)) {
    throw new SettingError(`faults.mode must be one of ${FAULT_MODES.join(', ')}`);
  }
  const faults: Faults = { mode: mode as FaultMode };
  if (value.times !== undefined && value.times !== null) {
    const times = nonNegative(value.times, 'faults.times');
    if (!Number.isInteger(times)) throw new SettingError('faults.times must be an integer');
    faults.times = times;
  }
  if (value.rucs !== undefined && value.rucs !== null) {
    faults.rucs = stringList(value.rucs, 'faults.rucs');
  }
  return faults;
}

export function parseLatency(value: unknown): Latency {
  if (Array.isArray(value)) {
    if (value.length !== 2) throw new SettingError('latencyMs as a range must be [min, max]');
    const min = nonNegative(value[0], 'latencyMs[0]');
    const max = nonNegative(value[1], 'latencyMs[1]');
    if (max < min) throw new SettingError('latencyMs range must have min <= max');
    return [min, max];
  }
  return nonNegative(value, 'latencyMs');
}

const RATE_LIMIT_ACTIONS: readonly RateLimitAction[] = ['waf', 'reset', 'hang'];

export function parseRateLimit(value: unknown): RateLimit | null {
  if (value === null) return null;
  if (!isRecord(value)) throw new SettingError('rateLimit must be an object or null');
  const maxRequests = nonNegative(value.maxRequests, 'rateLimit.maxRequests');
  const windowMs = nonNegative(value.windowMs, 'rateLimit.windowMs');
  const blockMs = nonNegative(value.blockMs, 'rateLimit.blockMs');
  const action = value.action;
  if (typeof action !== 'string' || !RATE_LIMIT_ACTIONS.includes(action as RateLimitAction)) {
    throw new SettingError(`rateLimit.action must be one of ${RATE_LIMIT_ACTIONS.join(', ')}`);
  }
  return { maxRequests, windowMs, blockMs, action: action as RateLimitAction };
}

export function parseContentTypeCharset(value: unknown): ContentTypeCharset {
  if (value === 'none' || value === 'iso-8859-1') return value;
  throw new SettingError("contentTypeCharset must be 'none' or 'iso-8859-1'");
}

export function parseRequireBrowser(value: unknown): boolean {
  if (typeof value !== 'boolean') throw new SettingError('requireBrowser must be a boolean');
  return value;
}

/** The fields of a partial config update that are present, validated. */
export function parseConfigUpdate(value: unknown): Partial<SimulatorConfig> {
  if (!isRecord(value)) throw new SettingError('config must be an object');
  const known = ['latencyMs', 'notFoundRucs', 'requireBrowser', 'rateLimit', 'contentTypeCharset'];
  const unknown = Object.keys(value).filter((key) => !known.includes(key));
  if (unknown.length > 0) throw new SettingError(`unknown config fields: ${unknown.join(', ')}`);
  const update: Partial<SimulatorConfig> = {};
  if ('latencyMs' in value) update.latencyMs = parseLatency(value.latencyMs);
  if ('notFoundRucs' in value) update.notFoundRucs = stringList(value.notFoundRucs, 'notFoundRucs');
  if ('requireBrowser' in value) update.requireBrowser = parseRequireBrowser(value.requireBrowser);
  if ('rateLimit' in value) update.rateLimit = parseRateLimit(value.rateLimit);
  if ('contentTypeCharset' in value) {
    update.contentTypeCharset = parseContentTypeCharset(value.contentTypeCharset);
  }
  return update;
}
