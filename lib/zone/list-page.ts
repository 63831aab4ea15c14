import { z } from 'zod';
import { toUnicodeDomain } from '@/lib/net';

/**
 * One page of the account's zone list, searched and sorted over the whole list on the server. `dns-zone-list` has no
 * paging of its own and an account of 100,000 domains serves about as many zones: the browser gets one page, not the
 * list (sending every zone made the page about 570 KB and 300 ms of server time at 10,000 zones).
 */

export const ZONE_PAGE_SIZE = 50;
export const ZONE_SORTS = ['zone', '-zone', 'expires', '-expires'] as const;
export type ZoneSort = (typeof ZONE_SORTS)[number];

/** The zone list's URL: `q` (search), `sort`, `page` (from 1). A value that does not fit is dropped, not an error. */
export const zoneListQuerySchema = z.object({
  q: z.string().trim().max(253).catch(''),
  sort: z.enum(ZONE_SORTS).catch('zone'),
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
});
export type ZoneListQuery = z.infer<typeof zoneListQuerySchema>;

/**
 * The list's URL for a query, with the values that are not the defaults; `refresh` asks the server to read the list
 * from Joker.com now ("Read again now"). The page's link and the list's paging, sorting and searching all use it, so
 * a URL never carries a value it does not need (a refresh is not repeated by the next page).
 */
export function zoneListHref(query: { q: string; sort: string; page: number }, refresh = false): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.sort !== 'zone') params.set('sort', query.sort);
  if (query.page > 1) params.set('page', String(query.page));
  if (refresh) params.set('refresh', '1');
  const search = params.toString();
  return search ? `/zones?${search}` : '/zones';
}

export interface ZoneListRow {
  domain: string;
  /** ISO date-time, or null when Joker gives none. */
  expiration: string | null;
}

export interface ZoneListPage {
  rows: ZoneListRow[];
  /** Zones matching the search. */
  total: number;
  /** 0-based; the last page when the URL asked for one past it. */
  pageIndex: number;
}

/** Code-unit order of the ASCII names: the same on every machine, with no locale to depend on. */
const byName = (a: ZoneListRow, b: ZoneListRow) => (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0);

/** Zones without an expiration go last both ways; equal dates keep name order. */
function byExpiration(desc: boolean) {
  return (a: ZoneListRow, b: ZoneListRow) => {
    if (a.expiration === b.expiration) return byName(a, b);
    if (a.expiration === null) return 1;
    if (b.expiration === null) return -1;
    return (a.expiration < b.expiration ? -1 : 1) * (desc ? -1 : 1);
  };
}

/**
 * The whole list made ready for any number of pages: sorted by name once (the other orders when first asked for), and
 * each name's search forms (lower-case ASCII, and for an IDN its lower-case Unicode name) worked out once, in arrays of
 * their own so that a search reads them in sequence. At 100,000 zones a page view then takes 0–10 ms, where sorting
 * the list and converting every name on every view took 13–50 ms; the panel prepares it with each held copy of the
 * list (lib/zone/server/held-list.ts).
 */
export interface PreparedZones {
  /** The rows in the given order: positions in `rows`. */
  order(sort: ZoneSort): Int32Array;
  /** Sorted by name. */
  rows: readonly ZoneListRow[];
  ascii: readonly string[];
  unicode: readonly (string | undefined)[];
}

export function prepareZones(all: readonly ZoneListRow[]): PreparedZones {
  const rows = [...all].sort(byName);
  const ascii = rows.map((row) => row.domain.toLowerCase());
  const unicode = rows.map((row, i) => (ascii[i]!.includes('xn--') ? toUnicodeDomain(row.domain).toLowerCase() : undefined));
  const orders = new Map<ZoneSort, Int32Array>([['zone', Int32Array.from(rows, (_, i) => i)]]);
  return {
    rows,
    ascii,
    unicode,
    order(sort) {
      let order = orders.get(sort);
      if (!order) {
        if (sort === '-zone') order = orders.get('zone')!.slice().reverse();
        else {
          const compare = byExpiration(sort === '-expires');
          order = orders.get('zone')!.slice().sort((a, b) => compare(rows[a]!, rows[b]!));
        }
        orders.set(sort, order);
      }
      return order;
    },
  };
}

/** One page of the prepared list. */
export function zoneListPage(prepared: PreparedZones, query: ZoneListQuery, size = ZONE_PAGE_SIZE): ZoneListPage {
  const order = prepared.order(query.sort);
  const q = query.q.toLowerCase();
  let found: ArrayLike<number> = order;
  if (q) {
    // The search matches the ASCII name or its Unicode form, ignoring case.
    const { ascii, unicode } = prepared;
    const hits: number[] = [];
    for (const i of order) if (ascii[i]!.includes(q) || unicode[i]?.includes(q)) hits.push(i);
    found = hits;
  }
  const last = Math.max(0, Math.ceil(found.length / size) - 1);
  const pageIndex = Math.min(query.page - 1, last);
  const rows: ZoneListRow[] = [];
  for (let k = pageIndex * size; k < Math.min(found.length, (pageIndex + 1) * size); k++) rows.push(prepared.rows[found[k]!]!);
  return { rows, total: found.length, pageIndex };
}
