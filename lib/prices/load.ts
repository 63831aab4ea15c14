import 'server-only';
import { type DmapiClient, queryPriceList, queryPromosList } from '@/lib/dmapi';
import { accountCached, type CachedOptions } from '@/lib/portfolio/account-cache';
import { type PriceBook, priceBookFrom } from './book';

/**
 * Reads the price book: query-price-list and query-promos-list (all promotions, current and coming) in parallel.
 * A missing promotions list (an older account) leaves the list prices standing.
 */
export async function loadPriceBook(client: DmapiClient, now = Date.now()): Promise<PriceBook> {
  const [rows, promos] = await Promise.all([queryPriceList(client), queryPromosList(client, { type: 'all' }).catch(() => [])]);
  return priceBookFrom(rows, promos, now);
}

/** Prices change rarely: one read per account per quarter hour serves every page, user and forecast. */
export const PRICE_BOOK_MAX_AGE_MS = 15 * 60_000;

/** The account's price book, shared by every view of the account (lib/portfolio/account-cache.ts). */
export function accountPriceBook(uid: string, client: DmapiClient, options: CachedOptions = {}): Promise<PriceBook> {
  return accountCached(uid, 'price-book', PRICE_BOOK_MAX_AGE_MS, () => loadPriceBook(client), options);
}
