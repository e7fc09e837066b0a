import { type TaxpayerRecord, validateRuc } from '@consulta-ruc/shared';
import type { RequestHandler } from 'express';
import type { ApiDeps } from '../app/api-deps.js';
import { ApiError } from '../http/api-error.js';
import { jobStatusUrl } from '../lookups/lookup-ruc.js';
import { type LookupEntry, lookupRequestSchema } from '../schemas/api-schemas.js';

/**
 * POST /v1/lookups {ruc} | {rucs: [...]}: 202 with one entry per RUC. Cached RUCs complete at
 * once; the rest are enqueued (joining jobs in flight); invalid ones are reported, not fatal.
 */
export function createLookups(deps: ApiDeps): RequestHandler {
  const { cache, lookups, metrics } = deps;
  return async (req, res) => {
    const parsed = lookupRequestSchema.safeParse(req.body);
    if (!parsed.success) {
      throw new ApiError(
        400,
        'BAD_REQUEST',
        'The body must be {"ruc": "..."} or {"rucs": ["...", ...]} with 1 to 100 RUCs.',
        parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '),
      );
    }
    const rucs = 'ruc' in parsed.data ? [parsed.data.ruc] : parsed.data.rucs;
    const unique = [...new Set(rucs)];
    const entries = await Promise.all(
      unique.map(async (ruc): Promise<LookupEntry> => {
        const check = validateRuc(ruc);
        if (!check.valid) {
          return { ruc, status: 'invalid', error: { code: 'RUC_INVALID', message: check.message } };
        }
        const cached = await cache.lookup(ruc);
        if (cached.kind === 'record') {
          metrics.cacheLookups.inc({ result: 'hit' });
          return { ruc, status: 'completed', record: JSON.parse(cached.json) as TaxpayerRecord };
        }
        if (cached.kind === 'not-found') {
          metrics.cacheLookups.inc({ result: 'negative' });
          return {
            ruc,
            status: 'not-found',
            error: { code: 'RUC_NOT_FOUND', message: cached.entry.message },
          };
        }
        metrics.cacheLookups.inc({ result: 'miss' });
        const jobId = await lookups.enqueue(ruc, { requestId: res.locals.requestId });
        return { ruc, status: 'queued', jobId, statusUrl: jobStatusUrl(jobId) };
      }),
    );
    res.status(202).json({ results: entries });
  };
}
