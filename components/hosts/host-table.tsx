'use client';

import Link from '@/components/ui/link';
import { useRouter } from 'next/navigation';
import { DataTable, type ColumnDef } from '@/components/data-table';
import type { Failure } from '@/lib/failure/types';

export interface HostRow {
  host: string;
  ipv4: string[];
  ipv6: string[];
}

const addresses = (list: string[]) => (list.length ? list.join(', ') : '—');

/** The account's name server hosts with their addresses (query-ns-list full=1); names link to the host page. */
export function HostTable({ rows, failure }: { rows: HostRow[]; failure?: Failure | null }) {
  const router = useRouter();
  const columns: ColumnDef<HostRow, unknown>[] = [
    {
      id: 'host',
      header: 'Host',
      accessorKey: 'host',
      cell: ({ row }) => (
        <Link href={`/hosts/${encodeURIComponent(row.original.host)}`} className="font-mono text-sky-700 hover:underline dark:text-sky-400">
          {row.original.host}
        </Link>
      ),
    },
    { id: 'ipv4', header: 'IPv4', accessorFn: (r) => addresses(r.ipv4), cell: ({ getValue }) => <span className="font-mono text-xs">{String(getValue())}</span> },
    { id: 'ipv6', header: 'IPv6', accessorFn: (r) => addresses(r.ipv6), cell: ({ getValue }) => <span className="font-mono text-xs">{String(getValue())}</span> },
  ];
  return (
    <DataTable
      label="Name server hosts"
      columns={columns}
      data={rows}
      getRowId={(r) => r.host}
      failure={failure ?? null}
      onRetry={() => router.refresh()}
      search={{ label: 'Search hosts', placeholder: 'Name or address' }}
      initialSorting={[{ id: 'host', desc: false }]}
      empty="No hosts. Create one to use name servers with glue records under your own domains."
    />
  );
}
