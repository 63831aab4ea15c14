import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { ZonesList } from '@/components/zones/zones-list';
import { actionPermission, requireRole, withDmapi } from '@/lib/auth';
import { formatCount, formatRelative } from '@/lib/format';
import { type PageSearchParams, urlValues } from '@/lib/utils/search-params';
import { ZONE_PAGE_SIZE, zoneListHref, zoneListPage, zoneListQuerySchema } from '@/lib/zone/list-page';
import { heldZoneList } from '@/lib/zone/server/held-list';

export const metadata: Metadata = { title: 'Zones' };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<PageSearchParams> };

/**
 * The zones Joker.com serves for the account (`dns-zone-list`, held for the account a minute at most, or read again
 * now): search, open one, or change many at once. The search, the order and the page live in the URL and apply to the
 * whole list here; the browser gets one page of it.
 */
export default async function ZonesPage({ searchParams }: Props) {
  const session = await requireRole('zones');
  const values = urlValues(await searchParams);
  const query = zoneListQuerySchema.parse(values);
  const held = await withDmapi((client) => heldZoneList(session.uid, client, values.refresh === '1'));
  const page = zoneListPage(held.prepared, query);
  const count = held.prepared.rows.length;
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-lg font-semibold">Zones</h1>
        <p className="flex flex-wrap items-center gap-x-3 text-xs text-zinc-600 dark:text-zinc-400">
          <span>
            {formatCount(count)} {count === 1 ? 'zone' : 'zones'} · read from Joker.com {formatRelative(held.readAt)}
          </span>
          <Link href={zoneListHref(query, true)} className="text-sky-700 hover:underline dark:text-sky-400">
            Read again now
          </Link>
        </p>
      </div>
      <ZonesList
        zones={page.rows}
        total={page.total}
        pageIndex={page.pageIndex}
        pageSize={ZONE_PAGE_SIZE}
        search={query.q}
        sort={query.sort}
        anyZone={count > 0}
        change={actionPermission(session, 'zones', 'change', 'dns-zone-put')}
      />
    </div>
  );
}
