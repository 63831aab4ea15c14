'use client';

import Link from '@/components/ui/link';
import { useRouter } from 'next/navigation';
import { useMemo, useState, useTransition } from 'react';
import { type ColumnDef, DataTable, type RowSelectionState } from '@/components/data-table';
import type { Permission } from '@/lib/auth/roles';
import { formatDate } from '@/lib/format';
import { toUnicodeDomain } from '@/lib/net';
import { type ZoneListRow, type ZoneSort, zoneListHref } from '@/lib/zone/list-page';
import { BulkZoneChange } from './bulk-zone-change';

const columns: ColumnDef<ZoneListRow, unknown>[] = [
  {
    id: 'zone',
    header: 'Zone',
    accessorKey: 'domain',
    sortDescFirst: false,
    cell: ({ row }) => (
      <Link href={`/zones/${encodeURIComponent(row.original.domain)}`} className="text-sky-700 hover:underline dark:text-sky-400">
        {toUnicodeDomain(row.original.domain)}
      </Link>
    ),
  },
  {
    id: 'expires',
    header: 'Expires',
    accessorFn: (r) => r.expiration ?? '',
    sortDescFirst: false,
    cell: ({ row }) => (row.original.expiration ? formatDate(new Date(row.original.expiration)) : '—'),
  },
];

export interface ZonesListProps {
  /** One page of the zones, searched and sorted on the server (lib/zone/list-page.ts). */
  zones: ZoneListRow[];
  /** Zones matching the search. */
  total: number;
  pageIndex: number;
  pageSize: number;
  search: string;
  sort: ZoneSort;
  /** Whether the account has any zone at all (an empty page may just be a search that matched nothing). */
  anyZone: boolean;
  change: Permission;
}

/**
 * The zones, searchable and sortable over the whole list; select several (on any page, with any search) to apply one
 * change to all of them (previewed per zone first). The selection lives here, so it survives paging and searching.
 */
export function ZonesList({ zones, total, pageIndex, pageSize, search, sort, anyZone, change }: ZonesListProps) {
  const router = useRouter();
  const [selected, setSelected] = useState<RowSelectionState>({});
  // Busy (aria-busy on the table) while the server finds the next page, order or search.
  const [pending, startTransition] = useTransition();
  const chosen = useMemo(() => Object.keys(selected).filter((k) => selected[k]), [selected]);
  /** The list with these values changed; a new search or order starts at its first page. */
  const go = (changes: { q?: string; sort?: string; page?: number }, how: 'push' | 'replace' = 'push') => {
    const href = zoneListHref({ q: changes.q ?? search, sort: changes.sort ?? sort, page: changes.page ?? 1 });
    startTransition(() => router[how](href, { scroll: false }));
  };
  const desc = sort.startsWith('-');
  return (
    <div className="space-y-4">
      <DataTable
        label="Zones"
        columns={columns}
        data={zones}
        getRowId={(r) => r.domain}
        isLoading={pending}
        search={{ label: 'Search zones', placeholder: 'example.com', server: { applied: search, onSearch: (q) => go({ q }, 'replace') } }}
        serverSorting={{
          sorting: [{ id: desc ? sort.slice(1) : sort, desc }],
          onChange: ([first]) => go({ sort: first ? `${first.desc ? '-' : ''}${first.id}` : 'zone' }),
        }}
        serverPaging={{ pageIndex, pageSize, total, onPageChange: (index) => go({ page: index + 1 }) }}
        empty={anyZone ? 'No zone to show.' : 'Joker.com serves no zone for this account.'}
        selection={{ selected, onChange: setSelected, rowLabel: (r) => r.domain }}
      />
      <BulkZoneChange domains={chosen} change={change} />
    </div>
  );
}
