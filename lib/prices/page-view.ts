/**
 * The prices page's view of the price book: the table's rows at one period and the promotions with their price next
 * to the standard one, their period rule (flex/exact) and their netto terms in words. Browser-safe and pure.
 */
import { formatMoney } from '@/lib/format';
import type { PriceBook, Promotion } from './book';
import { promotionsByState, standardFor, tldPriceRows, type TldPriceRow } from './grid';
import { describePromotionPeriod } from './promotions';

export interface PromotionView {
  promotion: Promotion;
  prices: { years: number; total: number; standard: number | undefined }[];
  period: string;
  terms?: string;
}

export interface PricesView {
  rows: TldPriceRow[];
  current: PromotionView[];
  upcoming: PromotionView[];
  currency: string;
  vat: number | undefined;
}

function termsWords(p: Promotion): string | undefined {
  const t = p.terms?.[0];
  if (!t) return undefined;
  const parts = [`netto ${formatMoney(t.netPrice, t.currency)}${t.periodType === 'flex' ? ' per year' : ''}`];
  if (t.netStandard !== undefined) parts.push(`standard netto ${formatMoney(t.netStandard, t.currency)}`);
  if (t.netRetail !== undefined) parts.push(`retail netto ${formatMoney(t.netRetail, t.currency)}`);
  return `${parts.join(', ')} (query-promos-list).`;
}

function promotionView(book: PriceBook, p: Promotion): PromotionView {
  const prices = Object.entries(p.byYears)
    .map(([y, total]) => ({ years: Number(y), total, standard: standardFor(book, p, Number(y)) }))
    .sort((a, b) => a.years - b.years);
  const out: PromotionView = { promotion: p, prices, period: describePromotionPeriod(p) };
  const terms = termsWords(p);
  if (terms) out.terms = terms;
  return out;
}

export function pricesView(book: PriceBook, years: number, now: number): PricesView {
  const { current, upcoming } = promotionsByState(book, now);
  return {
    rows: tldPriceRows(book, years, now),
    current: current.map((p) => promotionView(book, p)),
    upcoming: upcoming.map((p) => promotionView(book, p)),
    currency: book.currency,
    vat: book.vat,
  };
}
