import { format } from 'date-fns';
import { Badge } from '@/components/ui/badge';
import type { PanelSession } from '@/lib/auth';
import { isRole, ROLE_LABELS } from '@/lib/auth/roles';
import { listMembers } from '@/lib/auth/team';
import { getDb } from '@/lib/db';
import { MemberControls, RegisterMemberForm } from './team-forms';

export async function TeamSection({ session }: { session: PanelSession }) {
  const members = await listMembers(await getDb(), session.uid);
  return (
    <section aria-labelledby="team-heading" className="space-y-3">
      <h2 id="team-heading" className="text-base font-semibold">
        Team
      </h2>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Staff sign in with an API key made for them at Joker.com. Keys of this account that nobody registered sign in
        read-only and are listed here to be assigned a role.
      </p>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[32rem] text-sm">
          <caption className="sr-only">Team members</caption>
          <thead>
            <tr className="border-b border-zinc-200 text-left dark:border-zinc-800">
              <th scope="col" className="py-2">Name</th>
              <th scope="col" className="py-2">Key</th>
              <th scope="col" className="py-2">Role</th>
              <th scope="col" className="py-2">Key access</th>
              <th scope="col" className="py-2">Last sign-in</th>
              <th scope="col" className="py-2">Actions</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => {
              const own = m.fingerprint === session.actorFingerprint || m.role === 'owner';
              return (
                <tr key={m.id} className="border-b border-zinc-100 align-top dark:border-zinc-800/60">
                  <td className="py-1.5">
                    {m.name} {m.status === 'revoked' ? <Badge tone="danger">Revoked</Badge> : null}
                    {m.role === null ? <Badge tone="warning">Unassigned</Badge> : null}
                  </td>
                  <td className="py-1.5 font-mono text-xs">{m.keyHint}</td>
                  <td className="py-1.5">{isRole(m.role) ? ROLE_LABELS[m.role] : 'Read-only (unassigned)'}</td>
                  <td className="py-1.5">{m.userAccess ?? '—'}</td>
                  <td className="py-1.5">{m.lastSignInAt ? format(m.lastSignInAt, 'yyyy-MM-dd HH:mm') : 'never'}</td>
                  <td className="py-1.5">
                    {own ? (
                      <span className="text-xs text-zinc-500">Owner</span>
                    ) : (
                      <MemberControls id={m.id} name={m.name} role={m.role ?? 'read-only'} revoked={m.status === 'revoked'} />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
    </div>
      <RegisterMemberForm />
    </section>
  );
}
