import 'server-only';
import type { Db } from '@/lib/db';
import type { GrantInvitation } from '@/lib/db/schema';
import { type DmapiClient, grantsInvite, grantsList, grantsRevoke, type InvitationRow } from '@/lib/dmapi';
import { log } from '@/lib/log';
import { dropAccessCache } from './access-cache';
import { type Inviter, invitationsOfDomain, recordInvitation, settleInvitations } from './store';

export interface InviteInput {
  domain: string;
  email: string;
  role: string;
  nickName?: string | undefined;
  clientUid?: string | undefined;
}

export type InviteOutcome =
  | { applied: true }
  /** `scope` null: grants-list did not show the new invitation yet (it is matched on the next read). */
  | { applied: false; invitation: GrantInvitation; token: string };

/**
 * grants-invite through the panel. With a client-uid the role applies at once (DMAPI documentation, grants-invite:
 * "the role is applied immediately"), and a pending panel invitation of the same address and role is withdrawn as
 * superseded. Without one Joker mails the invitation with its key; the panel then reads grants-list showkey=1 to
 * learn the invitation's scope and key and records it with a landing token of its own.
 */
export async function inviteAndRecord(client: DmapiClient, db: Db, inviter: Inviter, input: InviteInput, jobId?: number): Promise<InviteOutcome> {
  const email = input.email.trim().toLowerCase();
  await grantsInvite(client, { domain: input.domain, email, role: input.role as '@tech', nickName: input.nickName, clientUid: input.clientUid });
  dropAccessCache(inviter.accountUid);
  if (input.clientUid) {
    await supersedeByAssignment(client, db, inviter.accountUid, input.domain, email, input.role, input.clientUid);
    return { applied: true };
  }
  const known = new Set((await invitationsOfDomain(db, inviter.accountUid, input.domain)).map((r) => r.scope));
  let listed: InvitationRow | undefined;
  try {
    const rows = await grantsList(client, { domain: input.domain, showkey: true });
    listed = rows.find((r): r is InvitationRow => r.type === 'invitation' && r.role === input.role && (r.inviteeEmail ?? '').toLowerCase() === email && !known.has(r.scope));
  } catch (error) {
    // The invitation was sent; only its scope is missing, and the next read of the domain's grants supplies it.
    log('grants').warn({ domain: input.domain, error: error instanceof Error ? error.message : String(error) }, 'grants-list after grants-invite failed');
  }
  const recorded = await recordInvitation(db, inviter, {
    domain: input.domain,
    role: input.role,
    email,
    nickName: input.nickName,
    scope: listed?.scope,
    key: listed?.key,
    jobId,
  });
  return { applied: false, invitation: recorded.row, token: recorded.token };
}

async function supersedeByAssignment(client: DmapiClient, db: Db, accountUid: string, domain: string, email: string, role: string, clientUid: string) {
  const pending = (await invitationsOfDomain(db, accountUid, domain)).filter((r) => r.state === 'pending' && r.email === email && r.role === role);
  for (const row of pending) {
    if (row.scope) {
      await grantsRevoke(client, { domain, role: role as '@tech', scope: row.scope, type: 'invitation' }).catch((error: unknown) => {
        log('grants').warn({ domain, error: error instanceof Error ? error.message : String(error) }, 'withdrawing a superseded invitation failed');
      });
    }
    await settleInvitations(db, [row.id], { state: 'superseded', reason: `Replaced by a direct assignment to Joker.com user ${clientUid}.` });
  }
}
