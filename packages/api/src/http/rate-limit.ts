import { CacheUnavailableError } from '@consulta-ruc/shared';
import type { RequestHandler } from 'express';
import type { Redis } from 'ioredis';
import { ApiError } from './api-error.js';

/**
 * Fixed one-minute windows per client (API key when there is one, else IP), counted in Redis so
 * every API replica shares the budget.
 */
export function rateLimit(redis: Redis, perMinute: number, prefix: string): RequestHandler {
  return async (req, res, next) => {
    const client = (res.locals.clientId as string | undefined) ?? `ip:${req.ip}`;
    const window = Math.floor(Date.now() / 60_000);
    const key = `${prefix}ratelimit:${client}:${window}`;
    let count: number;
    try {
      const replies = await redis.multi().incr(key).expire(key, 61).exec();
      count = Number(replies?.[0]?.[1] ?? 0);
    } catch (error) {
      throw new CacheUnavailableError('Rate limiter unavailable', { cause: error });
    }
    const remaining = Math.max(0, perMinute - count);
    res.setHeader('RateLimit-Limit', String(perMinute));
    res.setHeader('RateLimit-Remaining', String(remaining));
    if (count > perMinute) {
      const retryAfter = String(60 - Math.floor((Date.now() / 1000) % 60));
      throw new ApiError(
        429,
        'RATE_LIMITED',
        `At most ${perMinute} lookups per minute.`,
        null,
        null,
        {},
        {
          'Retry-After': retryAfter,
        },
      );
    }
    next();
  };
}
