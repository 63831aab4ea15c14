import { Skeleton, Streamed } from '@/components/ui/streamed';
import { actionPermission, permission, requireSession, withDmapi } from '@/lib/auth';
import { getDb } from '@/lib/db';
import { domainGrantsView } from '@/lib/grants/entries';
import { toUnicodeDomain } from '@/lib/net/idn';
import { GrantsTable } from './grants-table';
import { InvitationHistory } from './invitation-history';
import { InviteForm } from './invite-form';

/**
 * The domain page's Grants: who holds which role and who is invited (grants-list, read live behind a skeleton), the
 * invite form, and the invitations made through the panel with their state. Shown to roles that may see grants.
 */
export function DomainGrantsSection({ domain }: { domain: string }) {
  return (
    <section aria-labelledby="domain-grants-heading" className="space-y-3 rounded-md border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id="domain-grants-heading" className="text-sm font-semibold">
        Grants
      </h2>
      <Streamed label="grants" fallback={<Skeleton className="h-24 w-full" />}>
        <GrantsBody domain={domain} />
      </Streamed>
    </section>
  );
}

async function GrantsBody({ domain }: { domain: string }) {
  const session = await requireSession();
  const view = permission(session, 'grants', 'view');
  if (!view.allowed) return <p className="text-sm text-zinc-500">{view.reason}</p>;
  const revoke = actionPermission(session, 'grants', 'change', 'grants-revoke');
  const invite = actionPermission(session, 'grants', 'change', 'grants-invite');
  const display = toUnicodeDomain(domain);
  const db = await getDb();
  const grants = await withDmapi((client) => domainGrantsView(db, client, session.uid, domain));
  if (grants.gone) return <p className="text-sm text-zinc-500">This domain is no longer in your portfolio, so its grants are its new holder’s.</p>;
  return (
    <div className="space-y-4">
      <GrantsTable label={`Grants and invitations on ${display}`} entries={grants.entries} change={revoke} />
      <div className="space-y-2">
        <h3 className="text-sm font-medium">Invite someone</h3>
        <InviteForm domain={domain} display={display} change={invite} />
      </div>
      {grants.history.length > 0 ? (
        <details className="text-sm">
          <summary className="cursor-pointer font-medium">Invitations made in the panel ({grants.history.length})</summary>
          <div className="mt-2">
            <InvitationHistory rows={grants.history} />
          </div>
        </details>
      ) : null}
    </div>
  );
}
