'use client';

import Link from '@/components/ui/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { DataTable, type ColumnDef } from '@/components/data-table';
import type { Failure } from '@/lib/failure/types';

export interface ContactRow {
  handle: string;
  name: string | null;
  organization: string | null;
  email: string | null;
}

export interface ContactTableProps {
  rows: ContactRow[];
  /** 0-based page of the server's list. */
  pageIndex: number;
  pageSize: number;
  /** Whether Joker.com has rows after this page. */
  hasNext: boolean;
  /** The TLD filter, carried to the contact page (its rules). */
  tld?: string;
  failure?: Failure | null;
}

/**
 * One page of query-contact-list (paged at Joker.com with from/to, so tens of thousands of handles stay fast):
 * handles link to their contact page; the search box filters this page by name, organisation or e-mail.
 */
export function ContactTable({ rows, pageIndex, pageSize, hasNext, tld, failure }: ContactTableProps) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const columns: ColumnDef<ContactRow, unknown>[] = [
    {
      id: 'handle',
      header: 'Handle',
      accessorKey: 'handle',
      cell: ({ row }) => (
        <Link
          href={`/contacts/${encodeURIComponent(row.original.handle)}${tld ? `?tld=${encodeURIComponent(tld)}` : ''}`}
          className="font-mono text-sky-700 hover:underline dark:text-sky-400"
        >
          {row.original.handle}
        </Link>
      ),
    },
    { id: 'name', header: 'Name', accessorFn: (r) => r.name ?? '', cell: ({ getValue }) => String(getValue() || '—') },
    { id: 'organization', header: 'Organisation', accessorFn: (r) => r.organization ?? '', cell: ({ getValue }) => String(getValue() || '—') },
    { id: 'email', header: 'E-mail', accessorFn: (r) => r.email ?? '', cell: ({ getValue }) => String(getValue() || '—') },
  ];
  const goTo = (index: number) => {
    const next = new URLSearchParams(params.toString());
    if (index === 0) next.delete('page');
    else next.set('page', String(index + 1));
    router.push(`${pathname}?${next.toString()}`);
  };
  return (
    <DataTable
      label="Contacts"
      columns={columns}
      data={rows}
      getRowId={(r) => r.handle}
      failure={failure ?? null}
      onRetry={() => router.refresh()}
      search={{ label: 'Filter this page', placeholder: 'Name, organisation, e-mail' }}
      serverPaging={{
        pageIndex,
        pageSize,
        ...(hasNext ? {} : { total: pageIndex * pageSize + rows.length }),
        onPageChange: goTo,
      }}
      empty="No contact matches. Change the TLD or the handle pattern, or create a contact."
    />
  );
}
