'use client';

import { type ColumnDef, DataTable } from '@/components/data-table';
import { Badge } from '@/components/ui/badge';
import { isRole, ROLE_LABELS } from '@/lib/auth/roles';
import { formatDateTime } from '@/lib/format';
import { MemberControls } from './team-forms';

export interface MemberView {
  id: number;
  name: string;
  keyHint: string;
  role: string | null;
  revoked: boolean;
  userAccess: string | null;
  lastSignInAt: Date | null;
  /** The owner's own key (or an owner's): no controls. */
  owner: boolean;
}

const columns: ColumnDef<MemberView, unknown>[] = [
  {
    id: 'name',
    header: 'Name',
    accessorKey: 'name',
    cell: ({ row }) => (
      <span className="inline-flex flex-wrap items-center gap-1">
        {row.original.name}
        {row.original.revoked ? <Badge tone="danger">Revoked</Badge> : null}
        {row.original.role === null ? <Badge tone="warning">Unassigned</Badge> : null}
      </span>
    ),
  },
  { id: 'key', header: 'Key', accessorKey: 'keyHint', cell: ({ row }) => <span className="font-mono text-xs">{row.original.keyHint}</span> },
  { id: 'role', header: 'Role', accessorFn: (m) => (isRole(m.role) ? ROLE_LABELS[m.role] : 'Read-only (unassigned)') },
  { id: 'access', header: 'Key access', accessorFn: (m) => m.userAccess ?? '—' },
  {
    id: 'last',
    header: 'Last sign-in',
    accessorFn: (m) => m.lastSignInAt?.getTime() ?? 0,
    cell: ({ row }) => (row.original.lastSignInAt ? formatDateTime(row.original.lastSignInAt) : 'never'),
  },
  {
    id: 'actions',
    header: 'Actions',
    enableSorting: false,
    cell: ({ row }) =>
      row.original.owner ? (
        <span className="text-xs text-zinc-500">Owner</span>
      ) : (
        <MemberControls id={row.original.id} name={row.original.name} role={row.original.role ?? 'read-only'} revoked={row.original.revoked} />
      ),
  },
];

export function TeamTable({ rows }: { rows: MemberView[] }) {
  return <DataTable label="Team members" columns={columns} data={rows} getRowId={(m) => String(m.id)} empty="No staff keys yet." />;
}
