import { CacheUnavailableError, formatFailure, LookupError } from '@consulta-ruc/shared';
import { UnrecoverableError } from 'bullmq';

/**
 * What the worker throws to BullMQ. The failure message carries the code ("CODE: message") because
 * a job keeps only the message; non-retryable failures end the job at once.
 */
export function toJobError(error: unknown): Error {
  if (error instanceof LookupError) {
    const message = formatFailure(error.code, error.message);
    return error.retryable ? new Error(message) : new UnrecoverableError(message);
  }
  if (error instanceof CacheUnavailableError) {
    return new Error(formatFailure('INTERNAL', 'Redis was unavailable while the lookup ran.'));
  }
  const message = error instanceof Error ? error.message : String(error);
  return new Error(formatFailure('INTERNAL', message));
}

export function errorCode(error: unknown): string {
  if (error instanceof LookupError) return error.code;
  if (error instanceof CacheUnavailableError) return 'CACHE_UNAVAILABLE';
  return 'INTERNAL';
}
