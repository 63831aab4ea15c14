import { z } from 'zod';
import { jobParamsSchema } from './kinds';

/**
 * A selection as the browser sends it: explicit names (clicks), or "everything the filter shows" as the list's URL
 * query minus exclusions, so that selecting 100,000 rows does not send 100,000 names through a server action.
 */
export const selectionSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('domains'), domains: z.array(z.string().trim().toLowerCase().max(253)).min(1).max(5000) }),
  z.object({ mode: z.literal('filter'), query: z.string().max(2000), exclude: z.array(z.string().max(253)).max(5000) }),
]);
export type Selection = z.infer<typeof selectionSchema>;

export const bulkRequestSchema = z.object({ action: jobParamsSchema, selection: selectionSchema });
export type BulkRequest = z.infer<typeof bulkRequestSchema>;

