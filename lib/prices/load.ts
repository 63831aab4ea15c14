import 'server-only';
import { type DmapiClient, queryPriceList, queryPromosList } from '@/lib/dmapi';
import { type PriceBook, priceBookFrom } from './book';

/**
 * Reads the price book: query-price-list and query-promos-list (all promotions, current and coming) in parallel.
 * A missing promotions list (an older account) leaves the list prices standing.
 */
export async function loadPriceBook(client: DmapiClient, now = Date.now()): Promise<PriceBook> {
  const [rows, promos] = await Promise.all([queryPriceList(client), queryPromosList(client, { type: 'all' }).catch(() => [])]);
  return priceBookFrom(rows, promos, now);
}
