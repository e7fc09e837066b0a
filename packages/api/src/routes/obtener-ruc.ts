import type { RequestHandler } from 'express';
import type { ApiDeps } from '../app/api-deps.js';
import { ApiError } from '../http/api-error.js';
import { requireValidRuc, sendRecord } from '../lookups/lookup-answers.js';
import { jobStatusUrl, lookupRuc } from '../lookups/lookup-ruc.js';

/**
 * GET /obtener-ruc/:ruc, the original synchronous endpoint kept for existing clients: it waits up
 * to LEGACY_WAIT_MS and answers 200 with the record, or 504 with the job's status URL.
 */
export function obtenerRuc(deps: ApiDeps): RequestHandler<{ ruc: string }> {
  return async (req, res) => {
    const ruc = requireValidRuc(req.params.ruc);
    const answer = await lookupRuc(deps, ruc, deps.config.LEGACY_WAIT_MS, res.locals.requestId);
    if (answer.kind === 'record') return sendRecord(res, answer.json, answer.cache);
    const statusUrl = jobStatusUrl(answer.jobId);
    throw new ApiError(
      504,
      'LOOKUP_TIMEOUT',
      'SUNAT is taking longer than usual; the lookup goes on in the background.',
      `Poll ${statusUrl} or ask again later.`,
      ruc,
      { jobId: answer.jobId, statusUrl },
    );
  };
}
