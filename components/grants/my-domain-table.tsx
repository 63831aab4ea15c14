import Link from 'next/link';
import { type CustomerAbility, ABILITY_NEEDS, rolesAllow } from '@/lib/schemas/grants';

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

/**
 * The customer's domains with their role on each and only what that role allows (@tech zones and name servers,
 * @admin also contacts and properties, @billing renewals); the zone editor is the zones area's page.
 */
export function MyDomainTable({ rows }: { rows: MyDomainRow[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] text-sm">
        <caption className="sr-only">Your domains with your role and what it allows</caption>
        <thead>
          <tr className="border-b border-zinc-200 text-left dark:border-zinc-800">
            <th scope="col" className="py-2">Domain</th>
            <th scope="col" className="py-2">Your role</th>
            <th scope="col" className="py-2">Expires</th>
            <th scope="col" className="py-2">You may change</th>
            <th scope="col" className="py-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const own = row.roles.includes('@creator') || row.roles.length === 0;
            const roles = own ? ['@creator'] : row.roles;
            const allowed = (Object.keys(ABILITY_WORDS) as CustomerAbility[]).filter((a) => rolesAllow(roles, a));
            const renew = rolesAllow(roles, 'renew');
            return (
              <tr key={row.domain} className="border-b border-zinc-100 align-top dark:border-zinc-800/60">
                <td className="py-1.5 font-mono text-xs">{row.display}</td>
                <td className="py-1.5">{own ? 'holder' : roles.join(', ')}</td>
                <td className="py-1.5">{row.expires}</td>
                <td className="py-1.5 text-xs">{allowed.map((a) => ABILITY_WORDS[a]).join(', ') || '—'}</td>
                <td className="space-x-3 py-1.5 text-xs whitespace-nowrap">
                  {rolesAllow(roles, 'zone') ? (
                    <Link href={`/zones/${encodeURIComponent(row.domain)}`} className="text-sky-800 underline dark:text-sky-300" aria-label={`Edit the zone of ${row.display}`}>
                      Edit zone
                    </Link>
                  ) : null}
                  {renew ? null : (
                    <span className="text-zinc-500" title={`Renewing needs ${ABILITY_NEEDS.renew}`}>
                      Renew: needs {ABILITY_NEEDS.renew}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
