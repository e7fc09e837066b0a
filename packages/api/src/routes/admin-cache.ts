import type { RequestHandler } from 'express';
import type { ApiDeps } from '../app/api-deps.js';
import { requireValidRuc } from '../lookups/lookup-answers.js';
import { jobStatusUrl } from '../lookups/lookup-ruc.js';

/** DELETE /v1/ruc/:ruc/cache (admin): forgets one RUC, positive and negative. */
export function deleteCachedRuc(deps: ApiDeps): RequestHandler<{ ruc: string }> {
  return async (req, res) => {
    const ruc = requireValidRuc(req.params.ruc);
    const removed = await deps.cache.delete(ruc);
    deps.logger.info('Cache entry deleted by an operator', {
      ruc,
      removed,
      requestId: res.locals.requestId,
    });
    res.json({ ruc, deleted: removed > 0 });
  };
}

/** POST /v1/ruc/:ruc/refresh (admin): a fresh scrape even when cached; 202 with the job. */
export function refreshRuc(deps: ApiDeps): RequestHandler<{ ruc: string }> {
  return async (req, res) => {
    const ruc = requireValidRuc(req.params.ruc);
    const jobId = await deps.lookups.enqueue(ruc, { requestId: res.locals.requestId, force: true });
    const statusUrl = jobStatusUrl(jobId);
    res.status(202).set('Location', statusUrl).json({ jobId, ruc, status: 'waiting', statusUrl });
  };
}
