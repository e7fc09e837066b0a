import { parseFailure, type TaxpayerRecord } from '@consulta-ruc/shared';
import type { RequestHandler } from 'express';
import type { ApiDeps } from '../app/api-deps.js';
import { ApiError } from '../http/api-error.js';

const JOB_ID = /^[\w:-]{1,64}$/;

/** GET /v1/jobs/:id: the job's state, attempts, timestamps, and its record or failure reason. */
export function getJob(deps: ApiDeps): RequestHandler<{ id: string }> {
  return async (req, res) => {
    const { id } = req.params;
    const job = JOB_ID.test(id) ? await deps.lookups.getJob(id) : null;
    if (!job) {
      throw new ApiError(
        404,
        'JOB_NOT_FOUND',
        `No job ${id}: it never existed or has been trimmed.`,
        null,
      );
    }
    let record: TaxpayerRecord | null = null;
    let error: { code: string; message: string } | null = null;
    if (job.state === 'completed' && job.result?.outcome === 'found') {
      const json = await deps.cache.getRecordJson(job.ruc);
      record = json ? (JSON.parse(json) as TaxpayerRecord) : null;
    } else if (job.state === 'completed' && job.result?.outcome === 'not-found') {
      const entry = await deps.cache.getNotFound(job.ruc);
      error = {
        code: 'RUC_NOT_FOUND',
        message: entry?.message ?? `SUNAT has no taxpayer with RUC ${job.ruc}.`,
      };
    } else if (job.state === 'failed' || (job.failedReason && job.state !== 'completed')) {
      error = parseFailure(job.failedReason ?? undefined);
    }
    res.json({
      jobId: job.jobId,
      ruc: job.ruc,
      state: job.state,
      attempts: job.attempts,
      maxAttempts: job.maxAttempts,
      createdAt: job.createdAt,
      processedAt: job.processedAt,
      finishedAt: job.finishedAt,
      outcome: job.result?.outcome ?? null,
      record,
      error,
    });
  };
}
