import type { PanelSession } from '@/lib/auth';
import { listMembers } from '@/lib/auth/team';
import { getDb } from '@/lib/db';
import { RegisterMemberForm } from './team-forms';
import { TeamTable, type MemberView } from './team-table';

/** Owner only: staff keys with their roles, and registering a new one. */
export async function TeamSection({ session }: { session: PanelSession }) {
  const members = await listMembers(await getDb(), session.uid);
  // Only what the table shows goes to the browser: never the stored (encrypted) key.
  const rows: MemberView[] = members.map((m) => ({
    id: m.id,
    name: m.name,
    keyHint: m.keyHint,
    role: m.role,
    revoked: m.status === 'revoked',
    userAccess: m.userAccess,
    lastSignInAt: m.lastSignInAt,
    owner: m.fingerprint === session.actorFingerprint || m.role === 'owner',
  }));
  return (
    <section aria-labelledby="team-heading" className="space-y-3">
      <h2 id="team-heading" className="text-base font-semibold">
        Team
      </h2>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Staff sign in with an API key made for them at Joker.com. Keys of this account that nobody registered sign in
        read-only and are listed here to be assigned a role.
      </p>
      <TeamTable rows={rows} />
      <RegisterMemberForm />
    </section>
  );
}
