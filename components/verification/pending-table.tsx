'use client';

import Link from '@/components/ui/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { type ColumnDef, DataTable, type RowSelectionState } from '@/components/data-table';
import { DomainLink } from '@/components/domains/domain-link';
import type { Permission } from '@/lib/auth/roles';
import { formatDateTime, formatRelative } from '@/lib/format';
import type { ListFilters } from '@/lib/schemas/verification';
import { listHref } from '@/lib/verification/pending';
import type { EntryView } from '@/lib/verification/list';
import { Countdown } from './countdown';
import { ResendForm } from './resend-form';
import { StateBadge } from './state-badge';

export const emailHref = (email: string) => `/verification/email/${encodeURIComponent(email)}`;

function Domains({ domains, links }: { domains: EntryView['domains']; links: boolean }) {
  const shown = domains.slice(0, 3);
  return (
    <ul className="space-y-0.5">
      {shown.map((d) => (
        <li key={d.domain}>{links ? <DomainLink domain={d.domain} /> : d.domain}</li>
      ))}
      {domains.length > shown.length ? <li className="text-xs text-zinc-500">and {domains.length - shown.length} more</li> : null}
    </ul>
  );
}

function columns(now: number, domainLinks: boolean, showState: boolean): ColumnDef<EntryView, unknown>[] {
  const cols: ColumnDef<EntryView, unknown>[] = [
    {
      id: 'email',
      header: 'Owner e-mail',
      enableSorting: false,
      cell: ({ row }) => (
        <Link href={emailHref(row.original.email)} className="break-all text-sky-700 hover:underline dark:text-sky-400">
          {row.original.email}
        </Link>
      ),
    },
    { id: 'domains', header: 'Domains waiting on it', enableSorting: false, cell: ({ row }) => <Domains domains={row.original.domains} links={domainLinks} /> },
    {
      id: 'deadline',
      header: 'Deadline',
      enableSorting: false,
      // A settled address has no countdown: Joker.com's clock decided a lapse, not the panel's.
      cell: ({ row }) =>
        row.original.state === 'pending' ? (
          <Countdown deadline={row.original.deadline} now={now} />
        ) : (
          <span className="whitespace-nowrap tabular-nums">{row.original.deadline ? formatDateTime(row.original.deadline) : '—'}</span>
        ),
    },
  ];
  if (showState) cols.push({ id: 'state', header: 'State', enableSorting: false, cell: ({ row }) => <StateBadge state={row.original.state} /> });
  cols.push(
    {
      id: 'resend',
      header: 'Last resend',
      enableSorting: false,
      cell: ({ row }) => (row.original.lastResend ? <span className="whitespace-nowrap">{formatRelative(row.original.lastResend, now)}</span> : <span className="text-zinc-500">—</span>),
    },
    {
      id: 'note',
      header: 'Note',
      enableSorting: false,
      cell: ({ row }) =>
        row.original.note ? (
          <span className="block max-w-xs">
            <span className="line-clamp-2 break-words">{row.original.note.body}</span>
            <span className="text-xs text-zinc-500">{row.original.note.authorName}</span>
          </span>
        ) : (
          <span className="text-zinc-500">—</span>
        ),
    },
  );
  return cols;
}

export interface PendingTableProps {
  rows: EntryView[];
  total: number;
  filters: ListFilters;
  /** When the page was rendered (ms): the countdowns start from it. */
  now: number;
  resend: Permission;
  domainLinks: boolean;
}

/**
 * The workspace list: one row per owner e-mail, in the order the server gives (nearest deadline first for pending),
 * paged by the server; pick rows to resend to.
 */
export function PendingTable({ rows, total, filters, now, resend, domainLinks }: PendingTableProps) {
  const router = useRouter();
  const [selected, setSelected] = useState<RowSelectionState>({});
  const emails = rows.filter((r) => selected[r.email]).map((r) => r.email);
  const canResend = filters.state === 'pending' || filters.state === 'all';
  return (
    <DataTable
      label="Owner e-mails waiting for verification"
      columns={columns(now, domainLinks, filters.state !== 'pending')}
      data={rows}
      getRowId={(r) => r.email}
      empty={filters.state === 'pending' ? 'No owner e-mail is waiting for verification with these filters.' : 'Nothing here with these filters.'}
      selection={canResend ? { selected, onChange: setSelected, rowLabel: (r) => `Select ${r.email}` } : undefined}
      serverPaging={{
        pageIndex: filters.page - 1,
        pageSize: filters.size,
        total,
        onPageChange: (index) => {
          setSelected({});
          router.push(listHref({ ...filters, page: index + 1 }));
        },
      }}
      toolbar={canResend ? <ResendForm emails={emails} permission={resend} label={emails.length ? undefined : 'Resend to the selected addresses'} /> : null}
    />
  );
}
