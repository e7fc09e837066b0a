/**
 * Why a lookup failed, as a stable code. The API maps codes to HTTP statuses; the worker decides
 * retries from `retryable`. BullMQ keeps only a job's failure message, so codes travel as a
 * "CODE: message" prefix (see formatFailure / parseFailure).
 */
export const LOOKUP_ERROR_CODES = [
  'RUC_INVALID',
  'RUC_NOT_FOUND',
  'UPSTREAM_REJECTED',
  'UPSTREAM_UNAVAILABLE',
  'UPSTREAM_TIMEOUT',
  'UPSTREAM_ERROR_PAGE',
  'PARSE_FAILED',
  'BROWSER_FAILED',
  'JOB_TIMEOUT',
  'INTERNAL',
] as const;
export type LookupErrorCode = (typeof LOOKUP_ERROR_CODES)[number];

export class LookupError extends Error {
  override name = 'LookupError';
  constructor(
    readonly code: LookupErrorCode,
    message: string,
    /** Whether another attempt may succeed. */
    readonly retryable: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** SUNAT says the RUC does not exist (its "no es válido" answer). Never retried; negative-cached. */
export class RucNotFoundError extends LookupError {
  override name = 'RucNotFoundError';
  constructor(
    readonly ruc: string,
    message = `SUNAT has no taxpayer with RUC ${ruc}.`,
  ) {
    super('RUC_NOT_FOUND', message, false);
  }
}

/** The firewall refused us ("Request Rejected", rate limit). Retried; `auto` switches to the browser. */
export class UpstreamRejectedError extends LookupError {
  override name = 'UpstreamRejectedError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('UPSTREAM_REJECTED', message, true, options);
  }
}

/** Connection refused or reset, 5xx, or SUNAT's own error page. Retried. */
export class UpstreamUnavailableError extends LookupError {
  override name = 'UpstreamUnavailableError';
  constructor(
    message: string,
    code:
      | 'UPSTREAM_UNAVAILABLE'
      | 'UPSTREAM_ERROR_PAGE'
      | 'UPSTREAM_TIMEOUT' = 'UPSTREAM_UNAVAILABLE',
    options?: { cause?: unknown },
  ) {
    super(code, message, true, options);
  }
}

/**
 * A page we could not read. Retried (truncated answers are usually transient), never cached;
 * `snippet` keeps the page's first kilobytes for the logs.
 */
export class ParseFailedError extends LookupError {
  override name = 'ParseFailedError';
  constructor(
    message: string,
    readonly snippet: string,
  ) {
    super('PARSE_FAILED', message, true);
  }
}

/** Chromium missing, crashed or closed mid-scrape. Retried with a fresh browser. */
export class BrowserFailedError extends LookupError {
  override name = 'BrowserFailedError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('BROWSER_FAILED', message, true, options);
  }
}

const FAILURE_PATTERN = new RegExp(`^(${LOOKUP_ERROR_CODES.join('|')}): ([\\s\\S]*)$`);

export function formatFailure(code: LookupErrorCode, message: string): string {
  return `${code}: ${message}`;
}

/** Reads a job's failedReason back into a code and a message a person can read. */
export function parseFailure(reason: string | undefined): {
  code: LookupErrorCode;
  message: string;
} {
  const match = FAILURE_PATTERN.exec(reason ?? '');
  if (match) return { code: match[1] as LookupErrorCode, message: match[2] as string };
  return { code: 'INTERNAL', message: reason || 'The lookup failed for an unknown reason.' };
}
