import { isUtf8 } from 'node:buffer';
import express, { type Express, type RequestHandler } from 'express';
import { BULL_BOARD_PATH, bullBoardRouter } from '../admin/bull-board.js';
import { apiKeyAuth } from '../http/api-key-auth.js';
import { basicAuth } from '../http/basic-auth.js';
import { cors } from '../http/cors.js';
import { errorHandler, notFoundHandler } from '../http/error-handler.js';
import { rateLimit } from '../http/rate-limit.js';
import { requestId } from '../http/request-id.js';
import { requestMetrics } from '../http/request-metrics.js';
import { securityHeaders } from '../http/security-headers.js';
import { docsRouter } from '../openapi/docs-page.js';
import { routeTable } from '../routes/route-table.js';
import type { ApiDeps } from './api-deps.js';

export interface CreateAppOptions {
  /** True while the process drains on SIGTERM; /ready then answers 503. */
  isDraining?: () => boolean;
}

/** Builds the Express app from its dependencies; no connections are made here. */
export function createApp(deps: ApiDeps, options: CreateAppOptions = {}): Express {
  const { config, logger } = deps;
  const app = express();
  app.disable('x-powered-by');
  // ETags would hash every body on the hit path; clients get Age instead.
  app.set('etag', false);
  app.set('trust proxy', config.TRUST_PROXY_HOPS);

  app.use(requestId, requestMetrics(deps.metrics));
  if (config.CORS_ORIGINS.length > 0) app.use(cors(config.CORS_ORIGINS));

  const apiHeaders = securityHeaders({
    contentSecurityPolicy: { directives: { defaultSrc: ["'none'"] } },
  });
  const pageHeaders = securityHeaders({
    contentSecurityPolicy: {
      directives: {
        scriptSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
      },
    },
  });

  const client: RequestHandler[] = [];
  if (config.API_KEYS.length > 0) client.push(apiKeyAuth(config.API_KEYS));
  if (config.RATE_LIMIT_PER_MINUTE > 0) {
    client.push(rateLimit(deps.redis, config.RATE_LIMIT_PER_MINUTE, config.CACHE_KEY_PREFIX));
  }
  const adminAuth =
    config.ADMIN_USER && config.ADMIN_PASSWORD
      ? basicAuth(config.ADMIN_USER, config.ADMIN_PASSWORD)
      : null;
  const jsonBody = express.json({
    limit: config.BODY_LIMIT,
    strict: true,
    // JSON is UTF-8 (RFC 8259 §8.1): refuse invalid bytes rather than decode them to U+FFFD.
    verify: (_req, _res, body, encoding) => {
      if (encoding === 'utf-8' && !isUtf8(body)) {
        throw Object.assign(new Error('The body is not valid UTF-8.'), { status: 400 });
      }
    },
  });

  for (const route of routeTable(deps, options.isDraining ?? (() => false))) {
    if (route.access === 'admin' && !adminAuth) continue;
    const guards =
      route.access === 'client' ? client : route.access === 'admin' ? [adminAuth!] : [];
    app[route.method](
      route.path,
      apiHeaders,
      ...guards,
      ...(route.json ? [jsonBody] : []),
      route.handler,
    );
  }

  if (adminAuth) {
    app.use(BULL_BOARD_PATH, pageHeaders, adminAuth, bullBoardRouter(deps.queue));
  } else {
    logger.warn(
      'Bull Board and admin endpoints are NOT mounted: set ADMIN_USER and ADMIN_PASSWORD to enable them.',
    );
  }
  app.use('/docs', pageHeaders, docsRouter());

  app.use(apiHeaders, notFoundHandler);
  app.use(errorHandler(logger));
  return app;
}
