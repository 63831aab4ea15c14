/**
 * The price list as the live server lays it out (query-price-list and /v2/query-price-list): one TAB row per type,
 * operation and TLD, a price column per period `price-1y` … `price-10y`, `n/a` where there is none, and
 * `valid_from`/`valid_until` for promotions (`type` domain_promo). Rows are spread into one PriceListRow per period.
 */
import 'server-only';
import type { DmapiClient } from '../client';
import { cell, parseAmount, parseTable, type DmapiReply } from '../parse';
import { READ } from './common';
import type { PriceListRow } from './other';

const PRICE_COLUMN = /^price-(\d+)y$/;

/** True when the reply uses the per-period price columns. */
export function isWidePriceList(columns: readonly string[]): boolean {
  return columns.some((c) => PRICE_COLUMN.test(c.toLowerCase()));
}

/** One row per type, operation, TLD and period that has a price (`n/a` cells are left out). */
export function mapWidePriceList(reply: DmapiReply): PriceListRow[] {
  const table = parseTable(reply);
  const names = table.columns.map((c) => c.trim().toLowerCase());
  const out: PriceListRow[] = [];
  for (const f of table.rows) {
    const columns: Record<string, string | undefined> = {};
    names.forEach((n, i) => (columns[n] = f[i] === 'n/a' ? undefined : cell(f[i])));
    names.forEach((n) => {
      const years = PRICE_COLUMN.exec(n)?.[1];
      const price = parseAmount(columns[n]);
      if (!years || price === undefined) return;
      out.push({ columns, tld: columns['tld'], operation: columns['operation'], period: Number(years), price, currency: columns['currency'] });
    });
  }
  return out;
}

/**
 * DMAPI `/v2/query-price-list` (outside /request/, same session): the same rows as query-price-list. Not queued.
 * Rows of `type` domain_promo are promotions: check `columns.valid_from` / `columns.valid_until`.
 */
export async function v2QueryPriceList(client: DmapiClient): Promise<PriceListRow[]> {
  return mapWidePriceList(await client.call('v2/query-price-list', {}, { ...READ, root: true }));
}
