import type { Metadata } from 'next';
import { ZonesList } from '@/components/zones/zones-list';
import { actionPermission, requireRole, withDmapi } from '@/lib/auth';
import { dnsZoneList } from '@/lib/dmapi';

export const metadata: Metadata = { title: 'Zones' };
export const dynamic = 'force-dynamic';

/** The zones Joker.com serves for the account (`dns-zone-list`): search, open one, or change many at once. */
export default async function ZonesPage() {
  const session = await requireRole('zones');
  const rows = await withDmapi((client) => dnsZoneList(client));
  return (
    <div className="space-y-4">
      <h1 className="text-lg font-semibold">Zones</h1>
      <ZonesList zones={rows.map((r) => ({ domain: r.domain, expiration: r.expiration?.toISOString() ?? null }))} change={actionPermission(session, 'zones', 'change', 'dns-zone-put')} />
    </div>
  );
}
