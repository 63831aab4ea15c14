'use client';

import Link from '@/components/ui/link';
import { type ReactNode, useState } from 'react';
import { type ColumnDef, DataTable } from '@/components/data-table';
import { Badge } from '@/components/ui/badge';
import type { Permission } from '@/lib/auth/roles';
import { formatDate } from '@/lib/format';
import type { GrantEntry } from '@/lib/grants/view';
import { CopyLink } from './copy-link';
import { RevokeButton } from './revoke-button';
import { RoleBadge } from './role-badge';

const domainColumn: ColumnDef<GrantEntry, unknown> = {
  id: 'domain',
  header: 'Domain',
  accessorFn: (e) => e.display,
  cell: ({ row }) => (
    <Link href={`/domains/${encodeURIComponent(row.original.domain)}`} className="font-mono text-xs hover:underline">
      {row.original.display}
    </Link>
  ),
};

function columns(change: Permission, withDomain: boolean, onDone: (message: string) => void): ColumnDef<GrantEntry, unknown>[] {
  const list: ColumnDef<GrantEntry, unknown>[] = [
    {
      id: 'person',
      header: 'Person',
      accessorFn: (e) => e.person,
      cell: ({ row }) => (
        <span className="text-xs">
          {row.original.person || '—'}
          {row.original.login && row.original.login.toLowerCase() !== row.original.person ? <span className="block text-zinc-500">login {row.original.login}</span> : null}
          {row.original.uid ? <span className="block text-zinc-500">user {row.original.uid}</span> : null}
        </span>
      ),
    },
    { id: 'role', header: 'Role', accessorFn: (e) => e.role, cell: ({ row }) => <RoleBadge role={row.original.role} /> },
    {
      id: 'state',
      header: 'State',
      accessorFn: (e) => (e.type === 'grant' ? 'active' : 'pending'),
      cell: ({ row }) => (row.original.type === 'grant' ? <Badge tone="success">Active</Badge> : <Badge tone="warning">Invited</Badge>),
    },
    { id: 'nick', header: 'Nick-name', accessorFn: (e) => e.nickName ?? '', cell: ({ row }) => <span className="text-xs">{row.original.nickName ?? '—'}</span> },
    { id: 'since', header: 'Since', accessorFn: (e) => e.since ?? 0, cell: ({ row }) => <span className="text-xs tabular-nums">{formatDate(row.original.since)}</span> },
    {
      id: 'link',
      header: 'Panel link',
      enableSorting: false,
      cell: ({ row }) =>
        row.original.panel ? (
          <div className="w-72 max-w-full">
            <CopyLink link={row.original.panel.link} label={`panel link for ${row.original.person} on ${row.original.display}`} />
          </div>
        ) : (
          <span className="text-xs text-zinc-500">{row.original.type === 'invitation' ? 'Joker.com e-mail only' : '—'}</span>
        ),
    },
    { id: 'actions', header: () => <span className="sr-only">Actions</span>, enableSorting: false, cell: ({ row }) => <RevokeButton entry={row.original} change={change} onDone={onDone} /> },
  ];
  return withDomain ? [domainColumn, ...list] : list;
}

export interface GrantsTableProps {
  label: string;
  entries: readonly GrantEntry[];
  change: Permission;
  withDomain?: boolean;
  empty?: ReactNode;
  toolbar?: ReactNode;
}

/** Active grants and pending invitations (grants-list) with the panel's links, revocable row by row. */
export function GrantsTable({ label, entries, change, withDomain = false, empty, toolbar }: GrantsTableProps) {
  // "… is withdrawn." outlives the row it was said about (the refresh after a revoke removes that row).
  const [message, setMessage] = useState('');
  const status = (
    <p role="status" aria-live="polite" className="text-sm text-emerald-700 dark:text-emerald-400">
      {message}
    </p>
  );
  // Nothing to sort, page or revoke: one sentence instead of a table of empty headers (most domains have no grants,
  // and the domain page renders this section on every view). After an invitation the page refreshes into the table;
  // after the last revoke, "… is withdrawn." stays beside the sentence.
  if (entries.length === 0 && !toolbar) {
    return (
      <div className="space-y-1">
        <p className="text-sm text-zinc-500">{empty ?? 'Nobody holds a role on this domain and nobody is invited.'}</p>
        {status}
      </div>
    );
  }
  return (
    <div className="space-y-1">
      <DataTable
        label={label}
        columns={columns(change, withDomain, setMessage)}
        data={entries}
        getRowId={(e) => e.id}
        empty={empty ?? 'Nobody holds a role on this domain and nobody is invited.'}
        toolbar={toolbar}
        pageSize={50}
      />
      {status}
    </div>
  );
}
