/**
 * The orders page's filters as the URL carries them: query-order-list's own (DMAPI documentation, query-order-list).
 * Joker lists at most 90 days at once (a longer after/before window is cut without a word), so a longer window is
 * refused here with the reason instead of silently showing less. Browser-safe.
 */
import { z } from 'zod';
import { orderTypeValues } from './order-types';
import { isoDay, pattern, tld } from './common';

export const ORDER_STATUSES = ['ok', 'error', 'pending'] as const;
/** The longest after/before window query-order-list answers in full. */
export const ORDER_WINDOW_DAYS = 90;

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const flag = (v: unknown) => v === true || v === '1' || v === 'on' || v === 'true';
const id = z.preprocess(blank, z.coerce.number('Enter a number').int('Enter a whole number').min(1, 'At least 1').optional());
const DAY_MS = 86_400_000;

export const orderFiltersSchema = z
  .object({
    type: z.preprocess(blank, z.enum(orderTypeValues, 'Choose a type from the list').optional()),
    status: z.preprocess(blank, z.enum(ORDER_STATUSES, 'Choose a status from the list').optional()),
    tld: z.preprocess(blank, tld.optional()),
    fqdn: z.preprocess(blank, pattern.optional()),
    after: z.preprocess(blank, isoDay.optional()),
    before: z.preprocess(blank, isoDay.optional()),
    orderIdAfter: id,
    orderIdBefore: id,
    procIdAfter: id,
    procIdBefore: id,
    showAll: z.preprocess(flag, z.boolean()).default(false),
  })
  .superRefine((f, ctx) => {
    if (f.after && f.before) {
      const days = (Date.parse(f.before) - Date.parse(f.after)) / DAY_MS;
      if (days < 0) ctx.addIssue({ code: 'custom', path: ['before'], message: 'The end is before the start' });
      else if (days >= ORDER_WINDOW_DAYS) {
        ctx.addIssue({ code: 'custom', path: ['before'], message: `Joker lists at most ${ORDER_WINDOW_DAYS} days at once: narrow the window or look at it in parts` });
      }
    }
    if (f.orderIdAfter && f.orderIdBefore && f.orderIdAfter > f.orderIdBefore) ctx.addIssue({ code: 'custom', path: ['orderIdBefore'], message: 'Smaller than the lower end' });
    if (f.procIdAfter && f.procIdBefore && f.procIdAfter > f.procIdBefore) ctx.addIssue({ code: 'custom', path: ['procIdBefore'], message: 'Smaller than the lower end' });
  });
export type OrderFilters = z.output<typeof orderFiltersSchema>;

/** A domain name or a pattern: a `*` or `?` makes it fqdn-like. */
export function isFqdnPattern(v: string): boolean {
  return /[*?]/.test(v);
}
