import { z } from 'zod';
import type { PortfolioRow } from '@/lib/portfolio/types';
import { defineKind } from './types';

export const RENEWED_RECENTLY = 'Renewed in the last 6 hours (Joker renews a name at most once per 6 hours)';
/** Joker renews a name at most once per 6 hours (DMAPI documentation, domain-renew). */
export const RENEW_WINDOW_MS = 6 * 3_600_000;

const renewSchema = z
  .object({
    kind: z.literal('renew'),
    // The DMAPI takes months; the dialog offers whole years.
    period: z.number().int().min(12).max(120).multipleOf(12).optional(),
    expyear: z.number().int().min(2000).max(2200).optional(),
  })
  .refine((v) => (v.period === undefined) !== (v.expyear === undefined), 'Give either a period or an expiration year');

/** Years a renewal adds: the period, or the years up to the expiration year asked for. */
export function renewYears(p: z.output<typeof renewSchema>, row: Pick<PortfolioRow, 'expires'>): number {
  if (p.period) return p.period / 12;
  const currentYear = row.expires ? new Date(row.expires).getUTCFullYear() : new Date().getUTCFullYear();
  return Math.max(0, (p.expyear ?? currentYear) - currentYear);
}

export const renewKind = defineKind({
  schema: renewSchema,
  operation: 'order',
  menu: [{ label: 'Renew…', start: { kind: 'renew', period: 12 } }],
  describe: (p) => (p.period ? `Renew for ${p.period / 12} year${p.period > 12 ? 's' : ''}` : `Renew until ${p.expyear}`),
  skip: (p, row, facts) => {
    if (facts.renewedRecently.has(row.domain)) return RENEWED_RECENTLY;
    const expiresYear = row.expires ? new Date(row.expires).getUTCFullYear() : undefined;
    if (p.expyear && expiresYear !== undefined && expiresYear >= p.expyear) return `Already expires in ${expiresYear}`;
    return undefined;
  },
  price: (p, row, facts) => {
    const perYear = facts.renewPrices.get(row.tld);
    return perYear === undefined ? undefined : Math.round(perYear * renewYears(p, row) * 100) / 100;
  },
});
