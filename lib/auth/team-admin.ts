import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { teamMembers } from '@/lib/db/schema';
import { DmapiAuthError, DmapiTransportError, login, logoutSession } from '@/lib/dmapi';
import { ExpectedFailure } from '@/lib/failure';
import { keyHint } from './credential';
import { panelTransport } from './dmapi-pool';
import { credentialFingerprint, encryptSecret } from './keys';
import type { StaffRole } from './roles';
import type { PanelSession } from './session-store';
import { endSessionsOfCredential } from './sign-out';
import { findMember, memberOfAccount, type TeamMember } from './team';

/**
 * Owner's team management. The key is checked with a DMAPI login (and logged out at once) so that only keys of
 * this reseller account can be registered; it is then stored as fingerprint plus encrypted key.
 */
export async function registerStaffKey(
  owner: PanelSession,
  input: { name: string; role: StaffRole; apiKey: string },
): Promise<TeamMember> {
  let check;
  try {
    check = await login(panelTransport(), { apiKey: input.apiKey });
  } catch (error) {
    if (error instanceof DmapiAuthError) {
      throw new ExpectedFailure('Joker.com does not accept this API key.', { code: 'invalid', fieldErrors: { apiKey: ['Joker.com does not accept this API key.'] } });
    }
    if (error instanceof DmapiTransportError) throw new ExpectedFailure(error.userMessage, { code: 'unavailable' });
    throw error;
  }
  await logoutSession(panelTransport(), check.authSid).catch(() => undefined);
  if (check.uid !== owner.uid) {
    throw new ExpectedFailure('This API key belongs to another Joker.com account.', { code: 'invalid', fieldErrors: { apiKey: ['This key belongs to another Joker.com account.'] } });
  }
  const fingerprint = credentialFingerprint({ apiKey: input.apiKey });
  if (fingerprint === owner.actorFingerprint) throw new ExpectedFailure('That is your own key: it stays owner.', { code: 'invalid' });
  const db = await getDb();
  const values = {
    uid: owner.uid,
    name: input.name,
    role: input.role,
    status: 'active',
    keyEncrypted: encryptSecret(input.apiKey, 'team-key'),
    keyHint: keyHint({ apiKey: input.apiKey }),
    userLogin: check.userLogin,
    userAccess: check.userAccess,
    updatedAt: new Date(),
  };
  const existing = await findMember(db, fingerprint);
  // Registering sets a staff role: never on an owner's key (the same rule as editableMember below).
  if (existing?.role === 'owner') {
    throw new ExpectedFailure('That is an owner’s key: its access cannot be changed here.', { code: 'forbidden' });
  }
  if (existing) {
    await db.update(teamMembers).set(values).where(eq(teamMembers.id, existing.id));
  } else {
    await db.insert(teamMembers).values({ ...values, fingerprint, credentialKind: 'api-key' });
  }
  return (await findMember(db, fingerprint)) as TeamMember;
}

async function editableMember(owner: PanelSession, id: number): Promise<TeamMember> {
  const member = await memberOfAccount(await getDb(), owner.uid, id);
  if (!member) throw new ExpectedFailure('There is no such team member.', { code: 'invalid' });
  if (member.fingerprint === owner.actorFingerprint || member.role === 'owner') {
    throw new ExpectedFailure('The owner’s own access cannot be changed here.', { code: 'forbidden' });
  }
  return member;
}

export async function setMemberRole(owner: PanelSession, id: number, role: StaffRole): Promise<void> {
  await editableMember(owner, id);
  const db = await getDb();
  await db.update(teamMembers).set({ role, updatedAt: new Date() }).where(eq(teamMembers.id, id));
}

/**
 * Revoking ends the member's sessions and logs out each of their DMAPI sessions, and cancels their bulk jobs (the
 * items not yet sent are skipped with the reason); returns how many sessions ended.
 */
export async function setMemberStatus(owner: PanelSession, id: number, status: 'active' | 'revoked'): Promise<number> {
  const member = await editableMember(owner, id);
  const db = await getDb();
  await db.update(teamMembers).set({ status, updatedAt: new Date() }).where(eq(teamMembers.id, id));
  if (status !== 'revoked') return 0;
  const reason = `Cancelled: ${member.name}'s access was revoked by ${owner.actorName}.`;
  return endSessionsOfCredential(member.fingerprint, { accountUid: owner.uid, reason });
}
