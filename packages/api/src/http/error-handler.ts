import { CacheUnavailableError, type Logger } from '@consulta-ruc/shared';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ApiError } from './api-error.js';

/** The one place errors become HTTP answers. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const apiError = toApiError(error);
    if (apiError.status >= 500 && apiError.code === 'INTERNAL') {
      logger.error('Unhandled error', {
        requestId: res.locals.requestId,
        path: req.path,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
    }
    if (res.headersSent) return;
    res.status(apiError.status).set(apiError.headers).json(apiError.toBody());
  };
}

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof CacheUnavailableError) {
    return new ApiError(
      503,
      'SERVICE_UNAVAILABLE',
      'The lookup service is temporarily unavailable; try again shortly.',
      'The cache or the queue (Redis) is not reachable.',
      null,
      {},
      { 'Retry-After': '5' },
    );
  }
  // body-parser's errors carry a status and a type.
  const err = error as { status?: number; type?: string; message?: string };
  if (err.type === 'entity.too.large') {
    return new ApiError(
      413,
      'PAYLOAD_TOO_LARGE',
      'The request body is too large.',
      err.message ?? null,
    );
  }
  if (typeof err.status === 'number' && err.status >= 400 && err.status < 500) {
    const detail =
      err.type === 'entity.parse.failed' ? 'The body is not valid JSON.' : (err.message ?? null);
    return new ApiError(err.status, 'BAD_REQUEST', 'The request could not be read.', detail);
  }
  return new ApiError(500, 'INTERNAL', 'Something went wrong on our side.', null);
}

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new ApiError(404, 'NOT_FOUND', `No route for ${req.method} ${req.path}.`));
};
