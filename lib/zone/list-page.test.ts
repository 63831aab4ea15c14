import { describe, expect, it } from 'vitest';
import { prepareZones, type ZoneListRow, zoneListHref, zoneListPage as pageOf, zoneListQuerySchema } from './list-page';

const zone = (domain: string, expiration: string | null = null): ZoneListRow => ({ domain, expiration });
const ZONES = [
  zone('b-zone.com', '2027-03-01T00:00:00.000Z'),
  zone('a-zone.de', '2026-12-24T00:00:00.000Z'),
  zone('xn--mller-kva.de', '2027-01-10T00:00:00.000Z'),
  zone('c-zone.net'),
  zone('a-zone.com', '2027-03-01T00:00:00.000Z'),
];
const q = (raw: Record<string, string>) => zoneListQuerySchema.parse(raw);
const names = (rows: ZoneListRow[]) => rows.map((r) => r.domain);
/** A page of the list prepared afresh for this call. */
const zoneListPage = (rows: readonly ZoneListRow[] | ReturnType<typeof prepareZones>, query: ReturnType<typeof q>, size?: number) =>
  pageOf('order' in rows ? rows : prepareZones(rows), query, size);

describe('zoneListPage', () => {
  it('sorts the whole list by name both ways before it pages', () => {
    expect(names(zoneListPage(ZONES, q({}), 2).rows)).toEqual(['a-zone.com', 'a-zone.de']);
    expect(names(zoneListPage(ZONES, q({ page: '2' }), 2).rows)).toEqual(['b-zone.com', 'c-zone.net']);
    expect(names(zoneListPage(ZONES, q({ sort: '-zone' }), 2).rows)).toEqual(['xn--mller-kva.de', 'c-zone.net']);
    expect(zoneListPage(ZONES, q({}), 2).total).toBe(5);
  });

  it('sorts by expiration with the undated zones last both ways, equal dates by name', () => {
    expect(names(zoneListPage(ZONES, q({ sort: 'expires' })).rows)).toEqual(['a-zone.de', 'xn--mller-kva.de', 'a-zone.com', 'b-zone.com', 'c-zone.net']);
    expect(names(zoneListPage(ZONES, q({ sort: '-expires' })).rows)).toEqual(['a-zone.com', 'b-zone.com', 'xn--mller-kva.de', 'a-zone.de', 'c-zone.net']);
  });

  it('searches the ASCII and the Unicode name, ignoring case, and counts only what matches', () => {
    expect(names(zoneListPage(ZONES, q({ q: 'A-ZONE' })).rows)).toEqual(['a-zone.com', 'a-zone.de']);
    expect(names(zoneListPage(ZONES, q({ q: 'müller' })).rows)).toEqual(['xn--mller-kva.de']);
    expect(names(zoneListPage(ZONES, q({ q: 'xn--mller' })).rows)).toEqual(['xn--mller-kva.de']);
    expect(zoneListPage(ZONES, q({ q: 'nowhere' }))).toEqual({ rows: [], total: 0, pageIndex: 0 });
  });

  it('shows the last page for a page past the end, and drops URL values that do not fit', () => {
    expect(zoneListPage(ZONES, q({ page: '9' }), 2).pageIndex).toBe(2);
    expect(q({ sort: 'size', page: '-3', q: ' x ' })).toEqual({ q: 'x', sort: 'zone', page: 1 });
    expect(q({ page: 'abc' }).page).toBe(1);
  });

  it('pages a list prepared once as a list prepared afresh, in every order and search, handing out the rows as read', () => {
    const prepared = prepareZones(ZONES);
    for (const sort of ['zone', '-zone', 'expires', '-expires']) {
      for (const search of ['', 'zone', 'MÜ', 'a-zone.de', 'nowhere']) {
        for (const page of ['1', '2', '3']) {
          const query = q({ sort, q: search, page });
          expect(pageOf(prepared, query, 2)).toEqual(pageOf(prepareZones([...ZONES].reverse()), query, 2));
        }
      }
    }
    expect(names(pageOf(prepared, q({ sort: '-expires' })).rows)).toEqual(['a-zone.com', 'b-zone.com', 'xn--mller-kva.de', 'a-zone.de', 'c-zone.net']);
    for (const row of pageOf(prepared, q({ q: 'müller' })).rows) expect(ZONES).toContain(row);
  });
});

describe('zoneListHref', () => {
  it('names only the values that are not the defaults, and refresh only when asked', () => {
    expect(zoneListHref({ q: '', sort: 'zone', page: 1 })).toBe('/zones');
    expect(zoneListHref({ q: 'a b&c', sort: '-expires', page: 3 })).toBe('/zones?q=a+b%26c&sort=-expires&page=3');
    expect(zoneListHref({ q: '', sort: 'zone', page: 2 }, true)).toBe('/zones?page=2&refresh=1');
  });
});
