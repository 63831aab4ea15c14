'use client';

import { type ColumnDef, DataTable } from '@/components/data-table';
import { DomainLink } from '@/components/domains/domain-link';
import { formatDateTime } from '@/lib/format';

/** One audit row as the page hands it to the browser (no secrets: parameters were redacted when written). */
export interface AuditRowView {
  id: number;
  at: Date;
  actorName: string;
  role: string;
  ip: string | null;
  request: string;
  object: string | null;
  params: Record<string, unknown>;
  outcome: string;
  statusCode: number | null;
  errors: string[];
  trackingId: string | null;
  procId: string | null;
}

const columns: ColumnDef<AuditRowView, unknown>[] = [
  { id: 'at', header: 'Time', accessorFn: (r) => r.at.getTime(), cell: ({ row }) => <span className="whitespace-nowrap">{formatDateTime(row.original.at)}</span> },
  { id: 'actor', header: 'User', accessorKey: 'actorName' },
  { id: 'role', header: 'Role', accessorKey: 'role' },
  { id: 'ip', header: 'IP', accessorFn: (r) => r.ip ?? '', cell: ({ row }) => <span className="font-mono text-xs">{row.original.ip ?? '—'}</span> },
  { id: 'request', header: 'Request', accessorKey: 'request', cell: ({ row }) => <span className="font-mono text-xs">{row.original.request}</span> },
  {
    id: 'object',
    header: 'Object',
    accessorFn: (r) => r.object ?? '',
    cell: ({ row }) => (
      <>
        {row.original.object && row.original.request.startsWith('domain-') ? <DomainLink domain={row.original.object} /> : (row.original.object ?? '—')}
        {Object.keys(row.original.params).length > 0 ? (
          <details className="text-xs">
            <summary className="cursor-pointer text-zinc-500">Parameters</summary>
            <pre className="mt-1 max-w-xs overflow-x-auto whitespace-pre-wrap font-mono">{JSON.stringify(row.original.params, null, 1)}</pre>
          </details>
        ) : null}
      </>
    ),
  },
  {
    id: 'outcome',
    header: 'Outcome',
    accessorKey: 'outcome',
    cell: ({ row }) => (
      <>
        {row.original.outcome === 'intent' ? (
          <span title="Written before a bulk job item's request was sent; the row after it says what happened">About to send</span>
        ) : row.original.outcome === 'ok' ? (
          'OK'
        ) : (
          'Failed'
        )}
        {row.original.statusCode !== null ? ` (${row.original.statusCode})` : ''}
        {row.original.errors.length > 0 ? <span className="block text-xs text-rose-700 dark:text-rose-400">{row.original.errors.join('; ')}</span> : null}
      </>
    ),
  },
  {
    id: 'ids',
    header: 'Tracking-Id / Proc-ID',
    enableSorting: false,
    cell: ({ row }) => (
      <span className="font-mono text-xs">
        {[row.original.trackingId, row.original.procId && `Proc-ID ${row.original.procId}`].filter(Boolean).join(' · ') || '—'}
      </span>
    ),
  },
];

export function AuditTable({ rows }: { rows: AuditRowView[] }) {
  return (
    <DataTable
      label="Audit log entries, newest first"
      columns={columns}
      data={rows}
      getRowId={(r) => String(r.id)}
      empty="No entries."
      search={{ label: 'Search these entries', placeholder: 'user, request, object…' }}
      initialSorting={[{ id: 'at', desc: true }]}
    />
  );
}
