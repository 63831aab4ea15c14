import 'server-only';
import { and, desc, eq, gt, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { perDatabase } from '@/lib/db/per-database';
import { type GrantInvitation, grantInvitations } from '@/lib/db/schema';
import type { InvitationState } from '@/lib/schemas/grants';
import { encryptJokerKey, newInvitationToken, tokenHash } from './tokens';

/** Who sent an invitation: the reseller account and the person acting in it. */
export interface Inviter {
  accountUid: string;
  /** The reseller account's User-Login. */
  login: string;
  /** The team member's name, or the login. */
  name: string;
  fingerprint: string;
}

export interface RecordInput {
  domain: string;
  role: string;
  email: string;
  nickName?: string | undefined;
  scope?: string | undefined;
  key?: string | undefined;
  jobId?: number | undefined;
}

/** Stores a new pending invitation with a fresh landing token; returns the row and the token (shown once here). */
export async function recordInvitation(db: Db, inviter: Inviter, input: RecordInput): Promise<{ row: GrantInvitation; token: string }> {
  const t = newInvitationToken();
  const [row] = await db
    .insert(grantInvitations)
    .values({
      accountUid: inviter.accountUid,
      domain: input.domain,
      role: input.role,
      email: input.email.toLowerCase(),
      nickName: input.nickName ?? null,
      scope: input.scope ?? null,
      keyEncrypted: input.key ? encryptJokerKey(input.key) : null,
      tokenHash: t.hash,
      tokenEncrypted: t.encrypted,
      inviterLogin: inviter.login,
      inviterName: inviter.name,
      inviterFingerprint: inviter.fingerprint,
      jobId: input.jobId ?? null,
    })
    .returning();
  return { row: row as GrantInvitation, token: t.token };
}

export async function invitationByToken(db: Db, token: string): Promise<GrantInvitation | undefined> {
  return (await db.select().from(grantInvitations).where(eq(grantInvitations.tokenHash, tokenHash(token))))[0];
}

const invitationsOfDomainStatement = perDatabase((db) =>
  db
    .select()
    .from(grantInvitations)
    .where(and(eq(grantInvitations.accountUid, sql.placeholder('uid')), eq(grantInvitations.domain, sql.placeholder('domain'))))
    .orderBy(desc(grantInvitations.createdAt), desc(grantInvitations.id))
    .prepare('grant_invitations_of_domain'),
);

/** The panel's invitations on one domain of the account, newest first (read on every view of a domain page). */
export async function invitationsOfDomain(db: Db, accountUid: string, domain: string): Promise<GrantInvitation[]> {
  return invitationsOfDomainStatement(db).execute({ uid: accountUid, domain });
}

/** Every pending invitation of the account (the access page joins them with grants-list). */
export async function pendingInvitationsOf(db: Db, accountUid: string): Promise<GrantInvitation[]> {
  return db
    .select()
    .from(grantInvitations)
    .where(and(eq(grantInvitations.accountUid, accountUid), eq(grantInvitations.state, 'pending')))
    .orderBy(desc(grantInvitations.createdAt));
}

/** A customer's invitations (by the address they sign in with): the pending ones and those settled in the last 30 days. */
export async function invitationsForEmail(db: Db, email: string, now = new Date()): Promise<GrantInvitation[]> {
  const recent = new Date(now.getTime() - 30 * 86_400_000);
  return db
    .select()
    .from(grantInvitations)
    .where(and(eq(grantInvitations.email, email.trim().toLowerCase()), or(eq(grantInvitations.state, 'pending'), gt(grantInvitations.settledAt, recent))))
    .orderBy(desc(grantInvitations.createdAt));
}

export interface Settlement {
  state: Exclude<InvitationState, 'pending'>;
  reason: string;
  acceptedUid?: string;
  acceptedLogin?: string;
}

/** Moves pending invitations to their final state; rows already settled are left as they are. Returns those moved. */
export async function settleInvitations(db: Db, ids: number[], s: Settlement, now = new Date()): Promise<GrantInvitation[]> {
  if (ids.length === 0) return [];
  return db
    .update(grantInvitations)
    .set({
      state: s.state,
      stateReason: s.reason,
      settledAt: now,
      claimedUntil: null,
      ...(s.acceptedUid ? { acceptedUid: s.acceptedUid } : {}),
      ...(s.acceptedLogin ? { acceptedLogin: s.acceptedLogin } : {}),
    })
    .where(and(inArray(grantInvitations.id, ids), eq(grantInvitations.state, 'pending')))
    .returning();
}

/** Joker's id and key of an invitation recorded before grants-list showed it. */
export async function attachScope(db: Db, id: number, scope: string, key: string | undefined): Promise<void> {
  await db
    .update(grantInvitations)
    .set({ scope, keyEncrypted: key ? encryptJokerKey(key) : null })
    .where(and(eq(grantInvitations.id, id), isNull(grantInvitations.scope)));
}

const CLAIM_MS = 2 * 60_000;

/**
 * Holds a pending invitation for one Accept (two at once would both send grants-invite): true when this caller got
 * it. A claim left by a crashed process runs out after two minutes.
 */
export async function claimInvitation(db: Db, id: number, now = new Date()): Promise<boolean> {
  const rows = await db
    .update(grantInvitations)
    .set({ claimedUntil: new Date(now.getTime() + CLAIM_MS) })
    .where(
      and(
        eq(grantInvitations.id, id),
        eq(grantInvitations.state, 'pending'),
        or(isNull(grantInvitations.claimedUntil), lt(grantInvitations.claimedUntil, now)),
      ),
    )
    .returning({ id: grantInvitations.id });
  return rows.length === 1;
}

export async function releaseClaim(db: Db, id: number): Promise<void> {
  await db.update(grantInvitations).set({ claimedUntil: null }).where(eq(grantInvitations.id, id));
}

/** True while an Accept holds the row (reconciliation leaves it alone meanwhile). */
export function isClaimed(row: GrantInvitation, now = new Date()): boolean {
  return row.claimedUntil !== null && row.claimedUntil.getTime() > now.getTime();
}
