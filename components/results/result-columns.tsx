'use client';

import Link from '@/components/ui/link';
import type { ColumnDef } from '@/components/data-table';
import { formatDateTime } from '@/lib/format';
import type { InboxRow } from '@/lib/results/types';
import { CauseText, ResultStatus } from './cause';
import { ResultObjectLink } from './object-link';

/** The inbox's columns. The rows come page by page from result-list in its own order (newest first), so none sorts. */
export const resultColumns: ColumnDef<InboxRow, unknown>[] = [
  { id: 'at', header: 'Time', enableSorting: false, cell: ({ row }) => <span className="whitespace-nowrap tabular-nums">{formatDateTime(row.original.at)}</span> },
  { id: 'request', header: 'Request', enableSorting: false, cell: ({ row }) => <span className="font-mono text-xs">{row.original.request}</span> },
  { id: 'object', header: 'Object', enableSorting: false, cell: ({ row }) => <ResultObjectLink request={row.original.request} object={row.original.object} /> },
  { id: 'status', header: 'Status', enableSorting: false, cell: ({ row }) => <ResultStatus status={row.original.status} /> },
  {
    id: 'procId',
    header: 'Proc-ID',
    enableSorting: false,
    cell: ({ row }) => (
      <Link href={`/results/${encodeURIComponent(row.original.procId)}`} className="tabular-nums text-sky-700 hover:underline dark:text-sky-400" aria-label={`Details of Proc-ID ${row.original.procId}`}>
        {row.original.procId}
      </Link>
    ),
  },
  { id: 'cause', header: 'Caused by', enableSorting: false, cell: ({ row }) => <CauseText cause={row.original.cause} /> },
];
