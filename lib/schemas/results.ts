/**
 * The queued-request inbox's filters (as the URL carries them) and the inputs of its actions. The filters are
 * result-list's own (DMAPI documentation, result-list): pending/status, rtype, objid and procid with `*`/`?`
 * patterns, period (days back, default 90) or date (on or before that day, period then defaults to 1), showall
 * (include replies removed by result-delete). Browser-safe.
 */
import { z } from 'zod';
import { dayFilter, pattern } from './common';

/** What the status menu offers: result-list's `status` (ack, nack, `?`) plus "finished" (pending=0) and "any". */
export const RESULT_STATUS_FILTERS = ['any', 'pending', 'ack', 'nack', 'finished'] as const;
export type ResultStatusFilter = (typeof RESULT_STATUS_FILTERS)[number];

export const RESULT_PAGE_SIZES = [25, 50, 100, 200] as const;

/** A URL value left empty means "no filter". */
const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const flag = (v: unknown) => v === true || v === '1' || v === 'on' || v === 'true';

/** A Proc-ID, or a pattern of Proc-IDs (`8181*`). */
export const procIdPattern = z.string().trim().max(40).regex(/^[0-9*?]+$/, 'A Proc-ID is a number (* and ? match any digits)');

/** One Proc-ID, exactly. */
export const procId = z.string().trim().regex(/^\d{1,20}$/, 'A Proc-ID is a number');

export const resultFiltersSchema = z.object({
  status: z.preprocess(blank, z.enum(RESULT_STATUS_FILTERS, 'Choose a status from the list').default('any')),
  type: z.preprocess(blank, pattern.regex(/^[a-z0-9*?/-]+$/i, 'A request type such as domain-register (* and ? allowed)').optional()),
  object: z.preprocess(blank, pattern.optional()),
  procId: z.preprocess(blank, procIdPattern.optional()),
  period: z.preprocess(
    blank,
    z.coerce.number('Enter a number of days').int('Enter whole days').min(1, 'At least 1 day').max(3650, 'At most 3650 days').optional(),
  ),
  date: z.preprocess(blank, dayFilter.optional()),
  deleted: z.preprocess(flag, z.boolean()).default(false),
  page: z.preprocess(blank, z.coerce.number().int().min(1).max(1_000_000).default(1)),
  size: z.preprocess(
    blank,
    z.coerce
      .number()
      .refine((n) => (RESULT_PAGE_SIZES as readonly number[]).includes(n), 'Choose a page size from the list')
      .default(50),
  ),
});
export type ResultFilters = z.output<typeof resultFiltersSchema>;
export type ResultFiltersInput = z.input<typeof resultFiltersSchema>;

/** Delete the stored replies of these finished requests (result-delete, one per Proc-ID). */
export const deleteResultsSchema = z.object({
  procIds: z.array(procId).min(1, 'Select at least one reply').max(200, 'Delete at most 200 replies at once'),
});
export type DeleteResultsInput = z.input<typeof deleteResultsSchema>;

/** Show the auth-id a domain-transfer-get-auth-id reply carries. */
export const revealAuthIdSchema = z.object({ procId });
export type RevealAuthIdInput = z.input<typeof revealAuthIdSchema>;

/** The URL search parameters of a filter set (defaults left out), for links and the pager. */
export function resultFiltersQuery(f: Partial<ResultFilters>): string {
  const q = new URLSearchParams();
  if (f.status && f.status !== 'any') q.set('status', f.status);
  if (f.type) q.set('type', f.type);
  if (f.object) q.set('object', f.object);
  if (f.procId) q.set('procId', f.procId);
  if (f.period !== undefined) q.set('period', String(f.period));
  if (f.date) q.set('date', f.date);
  if (f.deleted) q.set('deleted', '1');
  if (f.page && f.page > 1) q.set('page', String(f.page));
  if (f.size && f.size !== 50) q.set('size', String(f.size));
  const s = q.toString();
  return s ? `?${s}` : '';
}
