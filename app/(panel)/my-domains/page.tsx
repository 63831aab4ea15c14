import { format } from 'date-fns';
import type { Metadata } from 'next';
import { requireRole, withDmapi } from '@/lib/auth';
import { queryDomainList } from '@/lib/dmapi';

export const metadata: Metadata = { title: 'My domains' };
export const dynamic = 'force-dynamic';

/**
 * A customer's own portfolio: `query-domain-list` with the customer's own DMAPI session, so Joker itself scopes the
 * list to their UID (plus domains granted to them).
 */
export default async function MyDomainsPage() {
  await requireRole('my-domains');
  const rows = await withDmapi((client) => queryDomainList(client, { showstatus: true }));
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-lg font-semibold">My domains</h1>
      {rows.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">There are no domains in your Joker.com account.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[24rem] text-sm">
            <caption className="sr-only">Your domains with expiry date and status</caption>
            <thead>
              <tr className="border-b border-zinc-200 text-left dark:border-zinc-800">
                <th scope="col" className="py-2">Domain</th>
                <th scope="col" className="py-2">Expires</th>
                <th scope="col" className="py-2">Status</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.domain} className="border-b border-zinc-100 dark:border-zinc-800/60">
                  <td className="py-1.5 font-mono text-xs">{row.domain}</td>
                  <td className="py-1.5">{row.expiration ? format(row.expiration, 'yyyy-MM-dd') : '—'}</td>
                  <td className="py-1.5">{row.statuses?.join(', ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
      </div>
      )}
    </div>
  );
}
