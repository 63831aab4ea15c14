import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { panelSessions } from '@/lib/db/schema';
import { DmapiAuthError, logoutSession } from '@/lib/dmapi';
import { errorFields, log } from '@/lib/log';
import { cancelJobsOfCreator, pauseJobsOfSession } from '@/lib/jobs/job-state';
import { hashSessionId } from './crypto';
import { dropClient, panelTransport } from './dmapi-pool';
import { deleteSession, loadDmapiState } from './session-store';

/** Why a panel session ends; the user's running bulk jobs pause with this reason (revocation cancels them instead). */
export type SessionEnd = 'signed-out' | 'idle' | 'credential';

const PAUSE_REASON: Record<SessionEnd, (name: string) => string> = {
  'signed-out': (name) => `Paused: ${name} signed out. It goes on when ${name} signs in again.`,
  idle: (name) => `Paused: ${name}'s session ended after being idle. It goes on when ${name} signs in again.`,
  credential: (name) => `Paused: Joker.com no longer accepts ${name}'s credential. It goes on when ${name} signs in again.`,
};

/**
 * Logs out every Auth-Sid a session is known by: the one stored in the database (any process's latest re-login)
 * and the one this process's client holds, if different. Then the client's credential is released.
 */
async function logoutEverywhere(id: string, storedSid: string | undefined): Promise<void> {
  const client = await dropClient(id);
  const sids = new Set([storedSid, client?.session?.authSid].filter((s): s is string => Boolean(s)));
  client?.dispose();
  await Promise.all(
    [...sids].map((sid) =>
      logoutSession(panelTransport(), sid).catch((error: unknown) => {
        // A session Joker already forgot (expired, or logged out by another process) is the outcome we wanted.
        if (error instanceof DmapiAuthError) return;
        log('auth').warn(errorFields(error), 'DMAPI logout failed at sign-out');
      }),
    ),
  );
}

/**
 * Ends a panel session: its bulk jobs pause and the row with its encrypted credential is deleted (one transaction,
 * so that no runner in any process sends another item or logs in again with it), then DMAPI `logout`, so the
 * Auth-Sid is dead at Joker, not merely forgotten here. A failing logout does not keep the row: the user asked to
 * leave.
 */
export async function endPanelSession(id: string, why: SessionEnd = 'signed-out'): Promise<void> {
  const db = await getDb();
  const state = await loadDmapiState(db, id).catch(() => null);
  const [row] = await db.select({ name: panelSessions.userLogin }).from(panelSessions).where(eq(panelSessions.id, id));
  await db.transaction(async (tx) => {
    await pauseJobsOfSession(tx, id, PAUSE_REASON[why](row?.name ?? 'its creator'));
    await deleteSession(tx, id);
  });
  await logoutEverywhere(id, state?.dmapi.authSid);
}

/** By the session id the cookie carries (next-auth's sign-out event). */
export async function endSessionById(sessionId: string): Promise<void> {
  await endPanelSession(hashSessionId(sessionId));
}

/**
 * Every session of one credential (a revoked team member): their bulk jobs are cancelled and every DMAPI session
 * is logged out, from the Auth-Sids stored in the database, not only those held by this process's clients.
 * Returns how many panel sessions ended.
 */
export async function endSessionsOfCredential(fingerprint: string, cancel?: { accountUid: string; reason: string }): Promise<number> {
  const db = await getDb();
  const rows = await db.select({ id: panelSessions.id }).from(panelSessions).where(eq(panelSessions.credentialFingerprint, fingerprint));
  const states = new Map(await Promise.all(rows.map(async (r) => [r.id, await loadDmapiState(db, r.id).catch(() => null)] as const)));
  const ended = await db.transaction(async (tx) => {
    if (cancel) await cancelJobsOfCreator(tx, cancel.accountUid, fingerprint, cancel.reason);
    const deleted = await tx.delete(panelSessions).where(eq(panelSessions.credentialFingerprint, fingerprint)).returning({ id: panelSessions.id });
    return deleted.map((d) => d.id);
  });
  await Promise.all([...new Set([...ended, ...states.keys()])].map((id) => logoutEverywhere(id, states.get(id)?.dmapi.authSid)));
  return ended.length;
}
