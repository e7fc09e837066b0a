import { z } from 'zod';
import {
  errorBodySchema,
  healthSchema,
  jobSchema,
  lookupRequestSchema,
  lookupsResponseSchema,
  pendingSchema,
  taxpayerRecordSchema,
} from '../schemas/api-schemas.js';

const schema = (s: z.ZodType) =>
  z.toJSONSchema(s, { target: 'openapi-3.0', unrepresentable: 'any' });
const json = (ref: string) => ({
  'application/json': { schema: { $ref: `#/components/schemas/${ref}` } },
});
const error = (description: string) => ({ description, content: json('Error') });
const rucParam = {
  name: 'ruc',
  in: 'path',
  required: true,
  description: '11-digit RUC (prefix 10, 15, 16, 17 or 20; modulo-11 check digit)',
  schema: { type: 'string', pattern: '^\\d{11}$', example: '20131312955' },
};
const apiKey = [{ apiKey: [] }];
const admin = [{ basicAuth: [] }];

/** The OpenAPI 3.0 document, generated from the same zod schemas the API validates with. */
export function buildOpenApiDocument(options: { version: string; apiKeys: boolean }) {
  const lookupSecurity = options.apiKeys ? apiKey : [];
  return {
    openapi: '3.0.3',
    info: {
      title: 'consulta-ruc',
      version: options.version,
      description:
        "Peruvian taxpayer (RUC) lookups from SUNAT's Consulta RUC: cached in Redis, scraped by background workers on a miss.",
    },
    components: {
      securitySchemes: {
        apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
        basicAuth: { type: 'http', scheme: 'basic' },
      },
      schemas: {
        TaxpayerRecord: schema(taxpayerRecordSchema),
        Error: schema(errorBodySchema),
        Pending: schema(pendingSchema),
        LookupRequest: schema(lookupRequestSchema),
        LookupsResponse: schema(lookupsResponseSchema),
        Job: schema(jobSchema),
        Health: schema(healthSchema),
      },
    },
    paths: {
      '/obtener-ruc/{ruc}': {
        get: {
          summary: 'Original synchronous lookup (kept for existing clients)',
          security: lookupSecurity,
          parameters: [rucParam],
          responses: {
            200: { description: 'The taxpayer', content: json('TaxpayerRecord') },
            400: error('RUC not valid (detail says why)'),
            404: error('RUC does not exist at SUNAT'),
            502: error('SUNAT failed after retries'),
            503: error('Redis or the queue unavailable'),
            504: error('Still running when the wait ran out; body has jobId and statusUrl'),
          },
        },
      },
      '/v1/ruc/{ruc}': {
        get: {
          summary: 'Cache-first lookup that waits up to SYNC_WAIT_MS, then answers 202',
          security: lookupSecurity,
          parameters: [
            rucParam,
            {
              name: 'wait',
              in: 'query',
              required: false,
              description: 'Seconds to wait on a miss (0 answers at once)',
              schema: { type: 'number', minimum: 0 },
            },
          ],
          responses: {
            200: {
              description: 'The taxpayer (X-Cache: HIT or MISS; Age in seconds)',
              headers: {
                'X-Cache': { schema: { type: 'string', enum: ['HIT', 'MISS'] } },
                Age: { schema: { type: 'integer' } },
              },
              content: json('TaxpayerRecord'),
            },
            202: {
              description: 'Still running: poll statusUrl (Location, Retry-After)',
              content: json('Pending'),
            },
            400: error('RUC not valid'),
            404: error('RUC does not exist at SUNAT'),
            502: error('SUNAT failed after retries'),
            503: error('Redis or the queue unavailable'),
          },
        },
      },
      '/v1/lookups': {
        post: {
          summary: 'Asynchronous lookups of up to 100 RUCs',
          security: lookupSecurity,
          requestBody: { required: true, content: json('LookupRequest') },
          responses: {
            202: { description: 'One entry per RUC', content: json('LookupsResponse') },
            400: error('Body not readable'),
            413: error('Body too large'),
          },
        },
      },
      '/v1/jobs/{id}': {
        get: {
          summary: 'State of a lookup job',
          security: lookupSecurity,
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            200: { description: 'The job', content: json('Job') },
            404: error('Unknown job'),
          },
        },
      },
      '/v1/ruc/{ruc}/cache': {
        delete: {
          summary: 'Forget one cached RUC (admin)',
          security: admin,
          parameters: [rucParam],
          responses: { 200: { description: 'Deleted' }, 401: error('Credentials required') },
        },
      },
      '/v1/ruc/{ruc}/refresh': {
        post: {
          summary: 'Scrape again even when cached (admin)',
          security: admin,
          parameters: [rucParam],
          responses: {
            202: { description: 'Job queued', content: json('Pending') },
            401: error('Credentials required'),
          },
        },
      },
      '/health': {
        get: {
          summary: 'Liveness',
          responses: { 200: { description: 'Alive', content: json('Health') } },
        },
      },
      '/ready': {
        get: {
          summary: 'Readiness: 503 while Redis is unreachable',
          responses: { 200: { description: 'Ready' }, 503: { description: 'Not ready' } },
        },
      },
      '/metrics': {
        get: {
          summary: 'Prometheus metrics',
          responses: { 200: { description: 'Prometheus text', content: { 'text/plain': {} } } },
        },
      },
    },
  };
}
