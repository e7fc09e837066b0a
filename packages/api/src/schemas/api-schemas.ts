import { economicActivitySchema, taxpayerRecordSchema } from '@consulta-ruc/shared';
import { z } from 'zod';

/** Most RUCs one POST /v1/lookups takes. */
export const MAX_BATCH = 100;

const rucInput = z.string().max(64);

export const lookupRequestSchema = z.union([
  z.strictObject({ ruc: rucInput }),
  z.strictObject({ rucs: z.array(rucInput).min(1).max(MAX_BATCH) }),
]);
export type LookupRequest = z.infer<typeof lookupRequestSchema>;

export const errorBodySchema = z.object({
  message: z.string(),
  detail: z.string().nullable(),
  ruc: z.string().nullable(),
  code: z.string(),
});

export const lookupEntrySchema = z.discriminatedUnion('status', [
  z.object({ ruc: z.string(), status: z.literal('completed'), record: taxpayerRecordSchema }),
  z.object({
    ruc: z.string(),
    status: z.literal('queued'),
    jobId: z.string(),
    statusUrl: z.string(),
  }),
  z.object({
    ruc: z.string(),
    status: z.enum(['invalid', 'not-found']),
    error: z.object({ code: z.string(), message: z.string() }),
  }),
]);
export type LookupEntry = z.infer<typeof lookupEntrySchema>;

export const lookupsResponseSchema = z.object({ results: z.array(lookupEntrySchema) });

export const pendingSchema = z.object({
  jobId: z.string(),
  ruc: z.string(),
  status: z.enum(['waiting', 'active', 'delayed', 'completed', 'failed']),
  statusUrl: z.string(),
});

export const jobSchema = z.object({
  jobId: z.string(),
  ruc: z.string(),
  state: z.enum(['waiting', 'active', 'delayed', 'completed', 'failed']),
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  createdAt: z.string(),
  processedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  outcome: z.enum(['found', 'not-found']).nullable(),
  record: taxpayerRecordSchema.nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});

export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  redis: z.enum(['connected', 'disconnected']),
});

export { economicActivitySchema, taxpayerRecordSchema };
