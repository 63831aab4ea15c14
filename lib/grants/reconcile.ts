import 'server-only';
import type { Db } from '@/lib/db';
import type { GrantInvitation } from '@/lib/db/schema';
import type { GrantsListRow, InvitationRow } from '@/lib/dmapi';
import { attachScope, isClaimed, settleInvitations } from './store';
import { decryptJokerKey } from './tokens';

/**
 * What Joker's grants-list says about the panel's pending invitations on one domain. An invitation can end outside
 * the panel (accepted with the key at Joker.com, revoked in another client, expired, or the domain handed over), so
 * every read of a domain's grants settles the rows it no longer shows:
 * - the invitation (same scope, and the same key where both are known) is still listed: pending;
 * - a grant of that role to that address is listed instead: accepted (at Joker.com);
 * - the domain is no longer in the account: superseded;
 * - otherwise: revoked (or expired) outside the panel.
 * A row recorded before grants-list showed it (scope unknown) takes the scope of the one open invitation to the same
 * address and role. Rows an Accept holds are left alone.
 */
export type DomainGrants = GrantsListRow[] | 'gone';

function sameKey(row: GrantInvitation, listed: InvitationRow): boolean {
  if (!row.keyEncrypted || !listed.key) return true;
  try {
    return decryptJokerKey(row.keyEncrypted) === listed.key;
  } catch {
    return false;
  }
}

export async function reconcileDomain(db: Db, pending: readonly GrantInvitation[], grants: DomainGrants, now = new Date()): Promise<number> {
  const open = pending.filter((r) => r.state === 'pending' && !isClaimed(r, now));
  if (open.length === 0) return 0;
  if (grants === 'gone') {
    const moved = await settleInvitations(db, open.map((r) => r.id), { state: 'superseded', reason: 'The domain left the portfolio before the invitation was accepted.' }, now);
    return moved.length;
  }
  const invitations = grants.filter((g): g is InvitationRow => g.type === 'invitation');
  const taken = new Set(open.map((r) => r.scope).filter((s): s is string => s !== null));
  let settled = 0;
  for (const row of open) {
    const email = row.email.toLowerCase();
    if (row.scope === null) {
      const match = invitations.find((i) => !taken.has(i.scope) && i.role === row.role && (i.inviteeEmail ?? '').toLowerCase() === email);
      if (match) {
        taken.add(match.scope);
        await attachScope(db, row.id, match.scope, match.key);
        continue;
      }
    } else if (invitations.some((i) => i.scope === row.scope && i.role === row.role && sameKey(row, i))) {
      continue;
    }
    const granted = grants.some(
      (g) => g.type === 'grant' && g.role === row.role && [g.inviteeEmail, g.inviteeUsername].some((x) => (x ?? '').toLowerCase() === email),
    );
    const moved = await settleInvitations(
      db,
      [row.id],
      granted
        ? { state: 'accepted', reason: 'Accepted at Joker.com with the key from the invitation e-mail.' }
        : { state: 'revoked', reason: 'No longer open at Joker.com: revoked or expired outside the panel.' },
      now,
    );
    settled += moved.length;
  }
  return settled;
}
