import type { RequestHandler } from 'express';
import type { ApiDeps } from '../app/api-deps.js';
import { ApiError } from '../http/api-error.js';
import { requireValidRuc, sendRecord } from '../lookups/lookup-answers.js';
import { jobStatusUrl, lookupRuc } from '../lookups/lookup-ruc.js';

/** GET /v1/ruc/:ruc?wait=<seconds>: 200 with the record, or 202 with the job to poll. */
export function getRuc(deps: ApiDeps): RequestHandler<{ ruc: string }> {
  const { config, lookups } = deps;
  return async (req, res) => {
    const ruc = requireValidRuc(req.params.ruc);
    // ?wait only matters on a miss: a hit does not even parse the query string.
    const waitMs = () => parseWait(req.query.wait, config.SYNC_WAIT_MS, config.MAX_WAIT_MS);
    const answer = await lookupRuc(deps, ruc, waitMs, res.locals.requestId);
    if (answer.kind === 'record') return sendRecord(res, answer.json, answer.cache);
    const statusUrl = jobStatusUrl(answer.jobId);
    // The job is safe in the queue even if Redis blips now: report it as waiting rather than fail.
    const status = (await lookups.getJob(answer.jobId).catch(() => null))?.state ?? 'waiting';
    res
      .status(202)
      .set({ Location: statusUrl, 'Retry-After': '2' })
      .json({ jobId: answer.jobId, ruc, status, statusUrl });
  };
}

/** ?wait is in seconds (decimals allowed); absent means the default; bounded by MAX_WAIT_MS. */
export function parseWait(raw: unknown, defaultMs: number, maxMs: number): number {
  if (raw === undefined) return defaultMs;
  if (typeof raw !== 'string' || !/^\d{1,6}(\.\d{1,3})?$/.test(raw)) {
    throw new ApiError(
      400,
      'BAD_REQUEST',
      'wait must be a number of seconds, e.g. wait=5.',
      `Got ${JSON.stringify(raw)}.`,
    );
  }
  return Math.min(Math.round(Number(raw) * 1000), maxMs);
}
