import type { Metadata } from 'next';
import { ZonesList } from '@/components/zones/zones-list';
import { actionPermission, requireRole, withDmapi } from '@/lib/auth';
import { dnsZoneList } from '@/lib/dmapi';
import { ZONE_PAGE_SIZE, zoneListPage, zoneListQuerySchema } from '@/lib/zone/list-page';

export const metadata: Metadata = { title: 'Zones' };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * The zones Joker.com serves for the account (`dns-zone-list`): search, open one, or change many at once. The search,
 * the order and the page live in the URL and apply to the whole list here; the browser gets one page of it.
 */
export default async function ZonesPage({ searchParams }: Props) {
  const session = await requireRole('zones');
  const params = await searchParams;
  const query = zoneListQuerySchema.parse({ q: first(params.q), sort: first(params.sort), page: first(params.page) });
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
