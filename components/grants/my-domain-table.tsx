'use client';

import Link from '@/components/ui/link';
import { type ColumnDef, DataTable } from '@/components/data-table';
import { ABILITY_NEEDS, type CustomerAbility, rolesAllow } from '@/lib/schemas/grants';

export interface MyDomainRow {
  domain: string;
  display: string;
  expires: string;
  /** The customer's roles on it (`@creator`: their own domain). */
  roles: string[];
}

const ABILITY_WORDS: Record<CustomerAbility, string> = {
  zone: 'DNS zone',
  nameservers: 'name servers',
  contacts: 'contacts',
  properties: 'properties',
  renew: 'renewal',
};

/** The roles that count on a row: the holder of their own domain (`@creator`, or no grant at all) may do everything. */
function rowRoles(row: MyDomainRow): { own: boolean; roles: string[] } {
  const own = row.roles.includes('@creator') || row.roles.length === 0;
  return { own, roles: own ? ['@creator'] : row.roles };
}

const allowedWords = (row: MyDomainRow) => {
  const { roles } = rowRoles(row);
  return (Object.keys(ABILITY_WORDS) as CustomerAbility[]).filter((a) => rolesAllow(roles, a)).map((a) => ABILITY_WORDS[a]).join(', ') || '—';
};

/**
 * The domain is text, not a link: a customer has no domain page; what they may open is the zone editor, linked in the
 * last column.
 */
const columns: ColumnDef<MyDomainRow, unknown>[] = [
  { id: 'domain', header: 'Domain', accessorKey: 'display', cell: ({ row }) => <span className="font-mono text-xs">{row.original.display}</span> },
  { id: 'role', header: 'Your role', accessorFn: (r) => (rowRoles(r).own ? 'holder' : rowRoles(r).roles.join(', ')) },
  { id: 'expires', header: 'Expires', accessorKey: 'expires' },
  { id: 'allowed', header: 'You may change', accessorFn: allowedWords, cell: ({ getValue }) => <span className="text-xs">{String(getValue())}</span> },
  {
    id: 'actions',
    header: () => <span className="sr-only">Actions</span>,
    enableSorting: false,
    cell: ({ row }) => {
      const { roles } = rowRoles(row.original);
      return (
        <span className="space-x-3 text-xs whitespace-nowrap">
          {rolesAllow(roles, 'zone') ? (
            <Link href={`/zones/${encodeURIComponent(row.original.domain)}`} className="text-sky-800 underline dark:text-sky-300" aria-label={`Edit the zone of ${row.original.display}`}>
              Edit zone
            </Link>
          ) : null}
          {rolesAllow(roles, 'renew') ? null : (
            <span className="text-zinc-500" title={`Renewing needs ${ABILITY_NEEDS.renew}`}>
              Renew: needs {ABILITY_NEEDS.renew}
            </span>
          )}
        </span>
      );
    },
  },
];

/**
 * The customer's domains with their role on each and only what that role allows (@tech zones and name servers,
 * @admin also contacts and properties, @billing renewals); the zone editor is the zones area's page.
 */
export function MyDomainTable({ rows }: { rows: MyDomainRow[] }) {
  return (
    <DataTable
      label="Your domains with your role and what it allows"
      columns={columns}
      data={rows}
      getRowId={(r) => r.domain}
      search={{ label: 'Search your domains', placeholder: 'example.com' }}
      empty="There are no domains in your Joker.com account."
    />
  );
}
