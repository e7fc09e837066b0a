import type { RequestHandler } from 'express';
import type { ApiMetrics } from '../metrics/api-metrics.js';

/** Counts requests by route pattern (never the raw path: RUCs would explode the label set). */
export function requestMetrics(metrics: ApiMetrics): RequestHandler {
  return (req, res, next) => {
    res.once('finish', () => {
      const route = req.route ? `${req.baseUrl}${req.route.path}` : req.baseUrl || 'unmatched';
      metrics.requests.inc({ route, method: req.method, status: res.statusCode });
    });
    next();
  };
}
