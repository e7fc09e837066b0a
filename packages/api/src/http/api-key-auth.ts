import type { RequestHandler } from 'express';
import { ApiError } from './api-error.js';
import { secureEquals } from './secure-compare.js';

/** Requires one of `keys` in X-API-Key. Every key is compared, so timing does not tell which matched. */
export function apiKeyAuth(keys: readonly string[]): RequestHandler {
  return (req, res, next) => {
    const given = req.headers['x-api-key'];
    if (typeof given === 'string' && given.length > 0) {
      let ok = false;
      for (const key of keys) ok = secureEquals(given, key) || ok;
      if (ok) {
        res.locals.clientId = `key:${keys.indexOf(given)}`;
        return next();
      }
    }
    next(new ApiError(401, 'UNAUTHORIZED', 'A valid API key is required in the X-API-Key header.'));
  };
}
