import 'server-only';
import { rowsFromCalls, writeAudit } from '@/lib/actions/audit';
import { type CapturedCall, withCapture } from '@/lib/auth/audit-capture';
import type { PanelSession } from '@/lib/auth/session-store';
import { getDb } from '@/lib/db';
import type { GrantInvitation } from '@/lib/db/schema';
import { type DmapiClient, DmapiError, grantsInvite, grantsList, grantsRevoke, type InvitationRow } from '@/lib/dmapi';
import { env } from '@/lib/env';
import { ExpectedFailure } from '@/lib/failure/expected';
import { log } from '@/lib/log';
import { invalidatePortfolio } from '@/lib/portfolio/copy';
import type { GrantRole } from '@/lib/schemas/grants';
import { dropAccessCache } from './access-cache';
import { reconcileDomain } from './reconcile';
import { resellerClient } from './reseller-client';
import { claimInvitation, invitationByToken, invitationsOfDomain, releaseClaim, settleInvitations } from './store';
import { decryptJokerKey } from './tokens';
import { stateSentence } from './words';

export interface AcceptOutcome {
  domain: string;
  role: GrantRole;
  /** The e-mail invitation was withdrawn at Joker.com (false: the role applies, the mail's key still works). */
  withdrawn: boolean;
}

/** The invitation a landing token names, still pending, for the signed-in account; else a refusal in words. */
export async function acceptableInvitation(session: PanelSession, token: string): Promise<GrantInvitation> {
  const row = await invitationByToken(await getDb(), token);
  if (!row) throw new ExpectedFailure('This invitation link is not known to this panel.', { next: 'Check that the whole link was copied, or ask whoever invited you for a new one.' });
  if (row.state !== 'pending') throw new ExpectedFailure(stateSentence(row), { next: 'Ask whoever invited you for a new invitation if you still need access.' });
  if (session.userLogin.trim().toLowerCase() !== row.email) {
    throw new ExpectedFailure(`This invitation is for ${row.email}, but you are signed in as ${session.userLogin}.`, {
      code: 'forbidden',
      next: `Sign out and sign in with the Joker.com account of ${row.email}, or ask the sender to invite the address you sign in with.`,
    });
  }
  return row;
}

function sameInvitation(row: GrantInvitation, listed: InvitationRow): boolean {
  if (listed.role !== row.role) return false;
  if (row.scope === null) return (listed.inviteeEmail ?? '').toLowerCase() === row.email;
  if (listed.scope !== row.scope) return false;
  return !row.keyEncrypted || !listed.key || decryptJokerKey(row.keyEncrypted) === listed.key;
}

/**
 * Accept in the panel (a customer signed in to the panel accepts an invitation sent to their address): after the
 * address check, in the reseller's name, grants-invite with the customer's UID as client-uid (the role applies at once)
 * and grants-revoke of the e-mail invitation. Both writes go into the reseller's audit log, naming the customer.
 */
export async function acceptInvitation(session: PanelSession, token: string, ip: string | null): Promise<AcceptOutcome> {
  const db = await getDb();
  const row = await acceptableInvitation(session, token);
  if (!(await claimInvitation(db, row.id))) throw new ExpectedFailure('This invitation is being accepted right now. Reload the page in a moment.');
  const calls: CapturedCall[] = [];
  let settled = false;
  try {
    const { client } = await resellerClient(db, row.accountUid, row.inviterFingerprint, env.SESSION_MAX_HOURS);
    const withdrawn = await withCapture(calls, () => grantAndWithdraw(client, row, session));
    settled = true;
    const reason = `Accepted in the panel by ${session.userLogin} (Joker.com user ${session.uid}).${withdrawn ? '' : ' The e-mail invitation could not be withdrawn; its key no longer matters.'}`;
    await settleInvitations(db, [row.id], { state: 'accepted', reason, acceptedUid: session.uid, acceptedLogin: session.userLogin });
    if (row.role === '@creator') {
      const others = (await invitationsOfDomain(db, row.accountUid, row.domain)).filter((r) => r.state === 'pending' && r.id !== row.id);
      await settleInvitations(db, others.map((r) => r.id), { state: 'superseded', reason: `The domain was handed over to ${session.userLogin}.` });
    }
    invalidatePortfolio(row.accountUid, [row.domain]);
    dropAccessCache(row.accountUid);
    return { domain: row.domain, role: row.role as GrantRole, withdrawn };
  } finally {
    if (!settled) await releaseClaim(db, row.id);
    await auditForReseller(row, session, ip, calls).catch((error: unknown) => log('grants').error({ error: String(error) }, 'audit rows of an Accept not written'));
  }
}

async function grantAndWithdraw(client: DmapiClient, row: GrantInvitation, session: PanelSession): Promise<boolean> {
  const db = await getDb();
  let listed;
  try {
    listed = await grantsList(client, { domain: row.domain, showkey: true });
  } catch (error) {
    if (error instanceof DmapiError && error.statusCode === 2303) {
      await releaseClaim(db, row.id);
      await reconcileDomain(db, [{ ...row, claimedUntil: null }], 'gone');
      throw new ExpectedFailure('This domain is no longer in the portfolio of whoever invited you, so the invitation cannot be accepted.');
    }
    throw error;
  }
  const open = listed.find((r): r is InvitationRow => r.type === 'invitation' && sameInvitation(row, r));
  if (!open) {
    await releaseClaim(db, row.id);
    await reconcileDomain(db, [{ ...row, claimedUntil: null }], listed);
    throw new ExpectedFailure('This invitation is no longer open at Joker.com (it was accepted, revoked or has expired).', {
      next: 'Reload the page to see its state, or ask whoever invited you for a new invitation.',
    });
  }
  const role = row.role as GrantRole;
  await grantsInvite(client, { domain: row.domain, email: row.email, role, clientUid: session.uid, nickName: row.nickName ?? undefined });
  try {
    await grantsRevoke(client, { domain: row.domain, role, scope: open.scope, type: 'invitation' });
    return true;
  } catch (error) {
    // @creator: the hand-over itself ends the domain's invitations; otherwise the role is in place all the same.
    log('grants').warn({ domain: row.domain, error: error instanceof Error ? error.message : String(error) }, 'withdrawing the e-mail invitation after an Accept failed');
    return role === '@creator';
  }
}

/** The Accept's DMAPI writes, in the reseller's audit log (the account they were made in), naming the customer. */
async function auditForReseller(row: GrantInvitation, session: PanelSession, ip: string | null, calls: CapturedCall[]): Promise<void> {
  const rows = rowsFromCalls(calls);
  if (rows.length === 0) return;
  const db = await getDb();
  const actor: PanelSession = { ...session, uid: row.accountUid, actorName: `${session.userLogin} (customer, accepting an invitation)` };
  for (const r of rows) await writeAudit(db, { ...r, session: actor, ip, action: 'acceptInvitationAction' });
}
