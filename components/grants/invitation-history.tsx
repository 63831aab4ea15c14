'use client';

import { type ColumnDef, DataTable } from '@/components/data-table';
import { Badge } from '@/components/ui/badge';
import { formatDate } from '@/lib/format';
import { type PanelInvitationView, STATE_LABELS } from '@/lib/grants/view';
import { RoleBadge } from './role-badge';

const TONE = { pending: 'warning', accepted: 'success', revoked: 'neutral', superseded: 'neutral' } as const;

const COLUMNS: ColumnDef<PanelInvitationView, unknown>[] = [
  { id: 'email', header: 'Invited', accessorFn: (v) => v.email, cell: ({ row }) => <span className="text-xs">{row.original.email}</span> },
  { id: 'role', header: 'Role', accessorFn: (v) => v.role, cell: ({ row }) => <RoleBadge role={row.original.role} /> },
  {
    id: 'state',
    header: 'State',
    accessorFn: (v) => v.state,
    cell: ({ row }) => (
      <span className="text-xs">
        <Badge tone={TONE[row.original.state]}>{STATE_LABELS[row.original.state]}</Badge>
        <span className="ml-1.5 text-zinc-600 dark:text-zinc-400">{row.original.stateText}</span>
      </span>
    ),
  },
  { id: 'by', header: 'Sent by', accessorFn: (v) => v.inviter, cell: ({ row }) => <span className="text-xs">{row.original.inviter}</span> },
  { id: 'sent', header: 'Sent', accessorFn: (v) => v.createdAt, cell: ({ row }) => <span className="text-xs tabular-nums">{formatDate(row.original.createdAt)}</span> },
  { id: 'settled', header: 'Settled', accessorFn: (v) => v.settledAt ?? 0, cell: ({ row }) => <span className="text-xs tabular-nums">{formatDate(row.original.settledAt)}</span> },
];

/** Every invitation made through the panel on one domain and what became of it (pending, accepted, revoked, superseded). */
export function InvitationHistory({ rows }: { rows: readonly PanelInvitationView[] }) {
  return <DataTable label="Invitations made in the panel" columns={COLUMNS} data={rows} getRowId={(v) => String(v.id)} empty="No invitation was made through the panel yet." pageSize={10} />;
}
