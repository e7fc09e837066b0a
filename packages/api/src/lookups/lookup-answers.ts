import {
  fetchedAtOf,
  type LookupErrorCode,
  parseFailure,
  type RucCache,
  validateRuc,
} from '@consulta-ruc/shared';
import type { Response } from 'express';
import { ApiError } from '../http/api-error.js';
import type { JobOutcome } from './job-waiter.js';

/** Validates a RUC path parameter, or throws the 400 that says why. */
export function requireValidRuc(ruc: string): string {
  const check = validateRuc(ruc);
  if (!check.valid) {
    throw new ApiError(400, 'RUC_INVALID', 'The RUC is not valid.', check.message, ruc, {
      reason: check.reason,
    });
  }
  return ruc;
}

/**
 * Sends a cached record exactly as stored: no parse, no re-serialisation. Age comes from the
 * stored string's tail (fetchedAt is written last).
 */
export function sendRecord(res: Response, json: string, cache: 'HIT' | 'MISS'): void {
  const age = Math.max(0, Math.floor((Date.now() - fetchedAtOf(json)) / 1000)) || 0;
  res.writeHead(200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(json),
    'X-Cache': cache,
    Age: String(age),
  });
  res.end(json);
}

export function notFound(ruc: string, sunatMessage: string | null): ApiError {
  return new ApiError(
    404,
    'RUC_NOT_FOUND',
    `SUNAT has no taxpayer with RUC ${ruc}.`,
    sunatMessage,
    ruc,
  );
}

const FAILURE_MESSAGES: Partial<Record<LookupErrorCode, string>> = {
  UPSTREAM_REJECTED:
    'SUNAT refused our requests (firewall or rate limit); try again in a few minutes.',
  UPSTREAM_UNAVAILABLE: 'SUNAT could not be reached after several attempts; try again later.',
  UPSTREAM_TIMEOUT: 'SUNAT did not answer in time after several attempts; try again later.',
  UPSTREAM_ERROR_PAGE:
    'SUNAT answered with its error page after several attempts; try again later.',
  PARSE_FAILED: 'SUNAT answered a page we could not read; try again later.',
  BROWSER_FAILED: 'Our browser could not complete the lookup; try again later.',
  JOB_TIMEOUT: 'The lookup took too long; try again later.',
};

/** A finished job that did not produce a record, as the API error a person can act on. */
export function failureToError(ruc: string, failedReason: string): ApiError {
  const { code, message } = parseFailure(failedReason);
  if (code === 'RUC_INVALID')
    return new ApiError(400, 'RUC_INVALID', 'The RUC is not valid.', message, ruc);
  if (code === 'RUC_NOT_FOUND') return notFound(ruc, message);
  return new ApiError(
    502,
    'UPSTREAM_FAILED',
    FAILURE_MESSAGES[code] ?? 'The lookup failed; try again later.',
    message,
    ruc,
    { reason: code },
  );
}

/** What a finished job means for the client: the record JSON, or a thrown ApiError. */
export async function recordFromOutcome(
  ruc: string,
  outcome: JobOutcome,
  cache: RucCache,
): Promise<string> {
  if (outcome.state === 'failed') throw failureToError(ruc, outcome.reason);
  if (outcome.state === 'gone') {
    throw new ApiError(
      503,
      'SERVICE_UNAVAILABLE',
      'The lookup was cancelled; try again.',
      null,
      ruc,
    );
  }
  if (outcome.result.outcome === 'not-found') {
    throw notFound(ruc, (await cache.getNotFound(ruc))?.message ?? null);
  }
  const json = await cache.getRecordJson(ruc);
  if (json === null) {
    throw new ApiError(
      503,
      'SERVICE_UNAVAILABLE',
      'The record expired as it was fetched; try again.',
      null,
      ruc,
    );
  }
  return json;
}
