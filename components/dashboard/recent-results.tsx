'use client';

import Link from '@/components/ui/link';
import { type ColumnDef, DataTable } from '@/components/data-table';
import { ResultObjectLink } from '@/components/results/object-link';

/** One result-list row as the overview shows it (the fields of lib/dmapi's ResultListRow it needs). */
export interface RecentResult {
  timestamp: Date | undefined;
  procId: string;
  requestType: string;
  object: string | undefined;
  status: string;
}

const stamp = (d: Date | undefined) => (d ? d.toISOString().slice(0, 16).replace('T', ' ') : '—');

/** The rows come newest first from result-list; that order is the point, so no column sorts. */
const columns: ColumnDef<RecentResult, unknown>[] = [
  { id: 'when', header: 'When', enableSorting: false, cell: ({ row }) => <span className="whitespace-nowrap tabular-nums">{stamp(row.original.timestamp)}</span> },
  { id: 'request', header: 'Request', enableSorting: false, cell: ({ row }) => row.original.requestType },
  { id: 'object', header: 'Object', enableSorting: false, cell: ({ row }) => <ResultObjectLink request={row.original.requestType} object={row.original.object} /> },
  {
    id: 'procId',
    header: 'Proc-ID',
    enableSorting: false,
    cell: ({ row }) => (
      <Link href={`/results/${encodeURIComponent(row.original.procId)}`} className="tabular-nums hover:underline">
        {row.original.procId}
      </Link>
    ),
  },
  { id: 'status', header: 'Result', enableSorting: false, cell: ({ row }) => <span className="font-medium">{row.original.status === '?' ? 'pending' : row.original.status}</span> },
];

/** The newest queued requests; a nack's row is tinted, and its Result cell says "nack". */
export function RecentResults({ rows }: { rows: RecentResult[] }) {
  return (
    <DataTable
      label="Newest queued requests"
      columns={columns}
      data={rows}
      getRowId={(r) => r.procId}
      className="text-xs"
      rowClassName={(r) => (r.status === 'nack' ? 'bg-rose-50 text-rose-900 dark:bg-rose-950/40 dark:text-rose-200' : undefined)}
    />
  );
}
