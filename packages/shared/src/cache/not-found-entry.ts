import { z } from 'zod';

/** What the negative cache stores: SUNAT's own sentence and when we heard it. */
export const notFoundEntrySchema = z.object({
  ruc: z.string(),
  message: z.string(),
  fetchedAt: z.string(),
});
export type NotFoundEntry = z.infer<typeof notFoundEntrySchema>;
