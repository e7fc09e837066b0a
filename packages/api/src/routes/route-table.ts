import type { RequestHandler } from 'express';
import type { ApiDeps } from '../app/api-deps.js';
import { buildOpenApiDocument } from '../openapi/openapi-document.js';
import { deleteCachedRuc, refreshRuc } from './admin-cache.js';
import { createLookups } from './create-lookups.js';
import { getJob } from './get-job.js';
import { getRuc } from './get-ruc.js';
import { health, metrics, ready } from './health.js';
import { obtenerRuc } from './obtener-ruc.js';

export interface RouteSpec {
  method: 'get' | 'post' | 'delete';
  path: string;
  /** public: anyone; client: API key when API_KEYS is set (and the rate limit); admin: operator credentials. */
  access: 'public' | 'client' | 'admin';
  /** Parses a JSON body (with the body limit). */
  json?: boolean;
  // biome-ignore lint/suspicious/noExplicitAny: handlers declare their own params.
  handler: RequestHandler<any>;
}

/** Every route of the API, in one table. */
export function routeTable(deps: ApiDeps, isDraining: () => boolean): RouteSpec[] {
  const openapi = buildOpenApiDocument({
    version: '0.1.0',
    apiKeys: deps.config.API_KEYS.length > 0,
  });
  return [
    { method: 'get', path: '/obtener-ruc/:ruc', access: 'client', handler: obtenerRuc(deps) },
    { method: 'get', path: '/v1/ruc/:ruc', access: 'client', handler: getRuc(deps) },
    {
      method: 'post',
      path: '/v1/lookups',
      access: 'client',
      json: true,
      handler: createLookups(deps),
    },
    { method: 'get', path: '/v1/jobs/:id', access: 'client', handler: getJob(deps) },
    {
      method: 'delete',
      path: '/v1/ruc/:ruc/cache',
      access: 'admin',
      handler: deleteCachedRuc(deps),
    },
    { method: 'post', path: '/v1/ruc/:ruc/refresh', access: 'admin', handler: refreshRuc(deps) },
    { method: 'get', path: '/health', access: 'public', handler: health(deps) },
    { method: 'get', path: '/ready', access: 'public', handler: ready(deps, isDraining) },
    { method: 'get', path: '/metrics', access: 'public', handler: metrics(deps) },
    {
      method: 'get',
      path: '/openapi.json',
      access: 'public',
      handler: (_req, res) => void res.json(openapi),
    },
  ];
}
