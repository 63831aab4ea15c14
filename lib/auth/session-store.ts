import 'server-only';
import { eq, lt, or, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { perDatabase } from '@/lib/db/per-database';
import { panelSessions, teamMembers } from '@/lib/db/schema';
import type { DmapiSession } from '@/lib/dmapi';
import { type Credential, credentialKind } from './credential';
import { hashSessionId, newSessionId } from './crypto';
import { decryptSecret, encryptSecret } from './keys';
import { isRole, type Role, type UserAccess } from './roles';

/** What the server knows about the signed-in user. Never passed whole to the browser. */
export interface PanelSession {
  /** Database key (SHA-256 of the cookie's session id). */
  id: string;
  uid: string;
  userLogin: string;
  userAccess: UserAccess;
  role: Role;
  /** Who acts, for the audit log: the team member's name or the User-Login. */
  actorName: string;
  actorFingerprint: string;
  credentialKind: 'api-key' | 'password';
  currency: string;
  account: { balance: number; pendingAmount: number; rebate: number };
  tlds: string[];
  sessionTimeout: number;
  ip: string | null;
  idleExpiresAt: Date;
  /** The key's DMAPI request list, read at sign-in (request-list.ts); null: not read (nothing is disabled for it). */
  requests: string[] | null;
}

export type SessionLookup = { session: PanelSession } | { session: null; reason: 'missing' | 'expired' | 'lifetime' | 'revoked' };

/** SESSION_MAX_HOURS' default: a session ends a week after sign-in however active it is. */
export const DEFAULT_MAX_HOURS = 24 * 7;

/** Touch the row at most this often, so that page views do not each write. */
const TOUCH_AFTER_MS = 60_000;

export async function createSession(
  db: Db,
  input: { credential: Credential; fingerprint: string; dmapi: DmapiSession; role: Role; ip: string | null; idleHours: number },
): Promise<string> {
  const sessionId = newSessionId();
  const now = new Date();
  const { dmapi } = input;
  await db.insert(panelSessions).values({
    id: hashSessionId(sessionId),
    uid: dmapi.uid,
    userLogin: dmapi.userLogin,
    userAccess: dmapi.userAccess,
    credentialKind: credentialKind(input.credential),
    credentialFingerprint: input.fingerprint,
    credentialEncrypted: encryptSecret(JSON.stringify(input.credential), 'session-credential'),
    authSidEncrypted: encryptSecret(dmapi.authSid, 'session-auth-sid'),
    dmapiExpiresAt: new Date(now.getTime() + dmapi.sessionTimeout * 1000),
    sessionTimeout: dmapi.sessionTimeout,
    currency: dmapi.account.currency,
    account: { balance: dmapi.account.balance, pendingAmount: dmapi.account.pendingAmount, rebate: dmapi.account.rebate },
    tlds: dmapi.tlds,
    panelRole: input.role,
    ip: input.ip,
    createdAt: now,
    lastSeenAt: now,
    idleExpiresAt: new Date(now.getTime() + input.idleHours * 3600_000),
  });
  return sessionId;
}

/**
 * Every request looks its session up: the statement is built once per database, not once per request (Drizzle
 * building its SQL anew took about 1 ms of CPU per request, more than PGlite's own work for the query).
 */
const lookupStatement = perDatabase((db) =>
  db
    .select({ row: panelSessions, member: teamMembers })
    .from(panelSessions)
    .leftJoin(teamMembers, eq(teamMembers.fingerprint, panelSessions.credentialFingerprint))
    .where(eq(panelSessions.id, sql.placeholder('id')))
    .prepare('panel_session_lookup'),
);

/**
 * The session named by a cookie's session id, with its role resolved afresh (a changed role applies at once). It has
 * ended after `idleHours` without use, and `maxHours` after sign-in in any case (a stolen cookie does not live on).
 */
export async function lookupSession(
  db: Db,
  sessionId: string,
  idleHours: number,
  now = new Date(),
  maxHours = DEFAULT_MAX_HOURS,
): Promise<SessionLookup> {
  const id = hashSessionId(sessionId);
  const rows = await lookupStatement(db).execute({ id });
  const found = rows[0];
  if (!found) return { session: null, reason: 'missing' };
  const { row, member } = found;
  // Past its lifetime its user may still be active at Joker: the caller ends it as a sign-out does (DMAPI logout).
  if (row.createdAt.getTime() + maxHours * 3600_000 <= now.getTime()) return { session: null, reason: 'lifetime' };
  if (row.idleExpiresAt.getTime() <= now.getTime()) {
    await deleteSession(db, id);
    return { session: null, reason: 'expired' };
  }
  let role: Role = isRole(row.panelRole) ? row.panelRole : 'read-only';
  let actorName = row.userLogin;
  if (role !== 'customer' && row.credentialKind === 'api-key') {
    if (!member || member.status === 'revoked') {
      await deleteSession(db, id);
      return { session: null, reason: 'revoked' };
    }
    role = isRole(member.role) ? member.role : 'read-only';
    actorName = member.name;
  }
  let idleExpiresAt = row.idleExpiresAt;
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    idleExpiresAt = new Date(now.getTime() + idleHours * 3600_000);
    await db.update(panelSessions).set({ lastSeenAt: now, idleExpiresAt }).where(eq(panelSessions.id, id));
  }
  return {
    session: {
      id,
      uid: row.uid,
      userLogin: row.userLogin,
      userAccess: row.userAccess as UserAccess,
      role,
      actorName,
      actorFingerprint: row.credentialFingerprint,
      credentialKind: row.credentialKind === 'password' ? 'password' : 'api-key',
      currency: row.currency,
      account: row.account,
      tlds: row.tlds,
      sessionTimeout: row.sessionTimeout,
      ip: row.ip,
      idleExpiresAt,
      requests: row.requests ?? null,
    },
  };
}

/** The stored credential and DMAPI session, decrypted, for building this session's DMAPI client. */
export async function loadDmapiState(db: Db, id: string): Promise<{ credential: Credential; dmapi: DmapiSession } | null> {
  const row = (await db.select().from(panelSessions).where(eq(panelSessions.id, id)))[0];
  if (!row) return null;
  const credential = JSON.parse(decryptSecret(row.credentialEncrypted, 'session-credential')) as Credential;
  return {
    credential,
    dmapi: {
      authSid: decryptSecret(row.authSidEncrypted, 'session-auth-sid'),
      uid: row.uid,
      userLogin: row.userLogin,
      userAccess: row.userAccess as UserAccess,
      sessionTimeout: row.sessionTimeout,
      account: { currency: row.currency, ...row.account },
      tlds: row.tlds,
    },
  };
}

/** After a (re-)login: the new Auth-Sid and what the login reply said about the account. */
export async function persistDmapiSession(db: Db, id: string, dmapi: DmapiSession): Promise<void> {
  await db
    .update(panelSessions)
    .set({
      authSidEncrypted: encryptSecret(dmapi.authSid, 'session-auth-sid'),
      dmapiExpiresAt: new Date(Date.now() + dmapi.sessionTimeout * 1000),
      sessionTimeout: dmapi.sessionTimeout,
      userAccess: dmapi.userAccess,
      currency: dmapi.account.currency,
      account: { balance: dmapi.account.balance, pendingAmount: dmapi.account.pendingAmount, rebate: dmapi.account.rebate },
      tlds: dmapi.tlds,
    })
    .where(eq(panelSessions.id, id));
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.delete(panelSessions).where(eq(panelSessions.id, id));
}

/** Ends every session signed in with one credential (a revoked team member); returns their ids. */
export async function deleteSessionsByFingerprint(db: Db, fingerprint: string): Promise<string[]> {
  const rows = await db
    .delete(panelSessions)
    .where(eq(panelSessions.credentialFingerprint, fingerprint))
    .returning({ id: panelSessions.id });
  return rows.map((r) => r.id);
}

/**
 * Housekeeping at each sign-in: rows idle past their expiry or older than `maxHours` are deleted with their encrypted
 * credentials (their DMAPI sessions timed out long ago: Session-Timeout is an hour, panel idle expiry hours).
 */
export async function deleteIdleSessions(db: Db, now = new Date(), maxHours = DEFAULT_MAX_HOURS): Promise<number> {
  const rows = await db
    .delete(panelSessions)
    .where(or(lt(panelSessions.idleExpiresAt, now), lt(panelSessions.createdAt, new Date(now.getTime() - maxHours * 3600_000))))
    .returning({ id: panelSessions.id });
  return rows.length;
}
