import type { Metadata } from 'next';
import { ZonesList } from '@/components/zones/zones-list';
import { actionPermission, requireRole, withDmapi } from '@/lib/auth';
import { dnsZoneList } from '@/lib/dmapi';
import { type PageSearchParams, urlValues } from '@/lib/utils/search-params';
import { ZONE_PAGE_SIZE, zoneListPage, zoneListQuerySchema } from '@/lib/zone/list-page';

export const metadata: Metadata = { title: 'Zones' };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<PageSearchParams> };

/**
 * The zones Joker.com serves for the account (`dns-zone-list`): search, open one, or change many at once. The search,
 * the order and the page live in the URL and apply to the whole list here; the browser gets one page of it.
 */
export default async function ZonesPage({ searchParams }: Props) {
  const session = await requireRole('zones');
  const query = zoneListQuerySchema.parse(urlValues(await searchParams));
  const all = await withDmapi((client) => dnsZoneList(client));
  const page = zoneListPage(
    all.map((r) => ({ domain: r.domain, expiration: r.expiration?.toISOString() ?? null })),
    query,
  );
  return (
    <div className="space-y-4">
      <h1 className="text-lg font-semibold">Zones</h1>
      <ZonesList
        zones={page.rows}
        total={page.total}
        pageIndex={page.pageIndex}
        pageSize={ZONE_PAGE_SIZE}
        search={query.q}
        sort={query.sort}
        anyZone={all.length > 0}
        change={actionPermission(session, 'zones', 'change', 'dns-zone-put')}
      />
    </div>
  );
}
