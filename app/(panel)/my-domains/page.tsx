import { format } from 'date-fns';
import type { Metadata } from 'next';
import { MyDomainTable } from '@/components/grants/my-domain-table';
import { MyInvitations } from '@/components/grants/my-invitations';
import { requireRole, withDmapi } from '@/lib/auth';
import { getDb } from '@/lib/db';
import { queryDomainList } from '@/lib/dmapi';
import { panelView } from '@/lib/grants/entries';
import { invitationsForEmail } from '@/lib/grants/store';
import { toUnicodeDomain } from '@/lib/net/idn';

export const metadata: Metadata = { title: 'My domains' };
export const dynamic = 'force-dynamic';

/**
 * A customer's area: the invitations to their login's address made in this panel, and their portfolio
 * (`query-domain-list showgrants=1` in their own DMAPI session, so Joker itself scopes it to their UID and the
 * domains granted to them) with their role on each and what it allows.
 */
export default async function MyDomainsPage() {
  const session = await requireRole('my-domains');
  const [rows, invitations] = await Promise.all([
    withDmapi((client) => queryDomainList(client, { showstatus: true, showgrants: true })),
    invitationsForEmail(await getDb(), session.userLogin),
  ]);
  return (
    <div className="max-w-4xl space-y-6">
      <h1 className="text-lg font-semibold">My domains</h1>
      <section aria-labelledby="my-invitations" className="space-y-2">
        <h2 id="my-invitations" className="text-sm font-semibold">
          Invitations
        </h2>
        <MyInvitations rows={invitations.map((r) => panelView(r, true))} />
      </section>
      <section aria-labelledby="my-portfolio" className="space-y-2">
        <h2 id="my-portfolio" className="text-sm font-semibold">
          Domains
        </h2>
        {rows.length === 0 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">There are no domains in your Joker.com account.</p>
        ) : (
          <MyDomainTable
            rows={rows.map((r) => ({
              domain: r.domain,
              display: toUnicodeDomain(r.domain),
              expires: r.expiration ? format(r.expiration, 'yyyy-MM-dd') : '—',
              roles: [...(r.grants ?? [])].map((g) => g.split(':')[0] ?? g),
            }))}
          />
        )}
      </section>
    </div>
  );
}
