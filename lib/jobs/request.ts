import { z } from 'zod';
import { jobParamsSchema } from './kinds';

/**
 * A selection as the browser sends it: explicit names (clicks), or "everything the filter shows" as the list's URL
 * query minus exclusions, so that selecting 100,000 rows does not send 100,000 names through a server action.
 */
/** Names sent through a server action; larger selections travel as the list's filter (no limit on the count). */
export const MAX_NAMED = 5000;

export const selectionSchema = z.discriminatedUnion('mode', [
  z.object({
    mode: z.literal('domains'),
    domains: z
      .array(z.string().trim().toLowerCase().max(253, 'A domain name has at most 253 characters'))
      .min(1, 'Select at least one domain')
      .max(MAX_NAMED, `At most ${MAX_NAMED.toLocaleString('en')} domains can be named in one bulk action: select them with a filter instead`),
  }),
  z.object({
    mode: z.literal('filter'),
    query: z.string().max(2000, 'The filter is too long'),
    exclude: z.array(z.string().max(253)).max(MAX_NAMED, `At most ${MAX_NAMED.toLocaleString('en')} domains can be left out of a filtered selection`),
  }),
]);
export type Selection = z.infer<typeof selectionSchema>;

export const bulkRequestSchema = z.object({ action: jobParamsSchema, selection: selectionSchema });
export type BulkRequest = z.infer<typeof bulkRequestSchema>;

