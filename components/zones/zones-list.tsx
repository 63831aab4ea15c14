'use client';

import Link from '@/components/ui/link';
import { useMemo, useState } from 'react';
import { type ColumnDef, DataTable, type RowSelectionState } from '@/components/data-table';
import type { Permission } from '@/lib/auth/roles';
import { formatDate } from '@/lib/format';
import { toUnicodeDomain } from '@/lib/net';
import { BulkZoneChange } from './bulk-zone-change';

export interface ZoneRow {
  domain: string;
  expiration: string | null;
}

const columns: ColumnDef<ZoneRow, unknown>[] = [
  {
    id: 'domain',
    header: 'Zone',
    accessorKey: 'domain',
    cell: ({ row }) => (
      <Link href={`/zones/${encodeURIComponent(row.original.domain)}`} className="text-sky-700 hover:underline dark:text-sky-400">
        {toUnicodeDomain(row.original.domain)}
      </Link>
    ),
  },
  { id: 'expiration', header: 'Expires', accessorFn: (r) => r.expiration ?? '', cell: ({ row }) => (row.original.expiration ? formatDate(new Date(row.original.expiration)) : '—') },
];

/** The zones, searchable; select several to apply one change to all of them (previewed per zone first). */
export function ZonesList({ zones, change }: { zones: ZoneRow[]; change: Permission }) {
  const [selected, setSelected] = useState<RowSelectionState>({});
  const chosen = useMemo(() => Object.keys(selected).filter((k) => selected[k]), [selected]);
  return (
    <div className="space-y-4">
      <DataTable
        label="Zones"
        columns={columns}
        data={zones}
        getRowId={(r) => r.domain}
        search={{ label: 'Search zones', placeholder: 'example.com' }}
        initialSorting={[{ id: 'domain', desc: false }]}
        empty="Joker.com serves no zone for this account."
        selection={{ selected, onChange: setSelected, rowLabel: (r) => r.domain }}
      />
      <BulkZoneChange domains={chosen} change={change} />
    </div>
  );
}
