'use client';

import { type ColumnDef, DataTable } from '@/components/data-table';
import { DomainLink } from '@/components/domains/domain-link';
import { Badge } from '@/components/ui/badge';
import { formatDateTime } from '@/lib/format';
import type { CorState, CorView } from '@/lib/verification/cor';

const STATES: Record<CorState, { label: string; tone: 'info' | 'success' | 'danger' | 'neutral' }> = {
  waiting: { label: 'Waiting for the registrants', tone: 'info' },
  confirmed: { label: 'Confirmed and carried out', tone: 'success' },
  refused: { label: 'Refused or expired', tone: 'danger' },
  unknown: { label: 'Not in Joker.com’s results', tone: 'neutral' },
};

function columns(domainLinks: boolean): ColumnDef<CorView, unknown>[] {
  return [
    { id: 'domain', header: 'Domain', accessorKey: 'domain', cell: ({ row }) => (domainLinks ? <DomainLink domain={row.original.domain} /> : row.original.domain) },
    {
      id: 'owner',
      header: 'New registrant',
      accessorFn: (r) => `${r.newOwner.name} ${r.newOwner.organization} ${r.newOwner.email}`,
      cell: ({ row }) => (
        <span className="block">
          {row.original.newOwner.name || '—'}
          {row.original.newOwner.organization ? <span className="block text-xs">{row.original.newOwner.organization}</span> : null}
          {row.original.newOwner.email ? <span className="block break-all text-xs text-zinc-500">{row.original.newOwner.email}</span> : null}
        </span>
      ),
    },
    {
      id: 'requested',
      header: 'Requested',
      accessorKey: 'requestedAt',
      cell: ({ row }) => (
        <span className="block whitespace-nowrap">
          {formatDateTime(row.original.requestedAt)}
          <span className="block text-xs text-zinc-500">by {row.original.requestedBy}</span>
        </span>
      ),
    },
    {
      id: 'lock',
      header: 'Transfer lock afterwards',
      accessorFn: (r) => (r.lockOptOut ? 'none' : '60 days'),
      cell: ({ row }) => (row.original.lockOptOut ? 'None (opted out)' : '60 days'),
    },
    {
      id: 'state',
      header: 'State',
      accessorFn: (r) => STATES[r.state].label,
      cell: ({ row }) => (
        <span className="block">
          <Badge tone={STATES[row.original.state].tone}>{STATES[row.original.state].label}</Badge>
          {row.original.reason ? <span className="mt-0.5 block text-xs text-zinc-600 dark:text-zinc-400">{row.original.reason}</span> : null}
          <span className="block text-xs text-zinc-500">Proc-ID {row.original.procId}</span>
        </span>
      ),
    },
  ];
}

/** Changes of registrant made through the panel, waiting ones first, then newest first. */
export function CorTable({ rows, domainLinks }: { rows: CorView[]; domainLinks: boolean }) {
  const ordered = [...rows].sort((a, b) => Number(b.state === 'waiting') - Number(a.state === 'waiting') || b.requestedAt - a.requestedAt);
  return (
    <DataTable
      label="Changes of registrant"
      columns={columns(domainLinks)}
      data={ordered}
      getRowId={(r) => r.procId}
      empty="No change of registrant was made through the panel in the last 90 days."
      search={{ label: 'Search the changes', placeholder: 'domain, registrant, state…' }}
    />
  );
}
