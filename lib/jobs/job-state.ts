import 'server-only';
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/open';
import { panelSessions } from '@/lib/db/schema/auth';
import { bulkJobItems, bulkJobs } from '@/lib/db/schema/jobs';
import { CANCELLED_BEFORE_SENT } from './store';

/**
 * A job's life beyond its items: cancelled (by a user, or because its creator was revoked), paused while its
 * creator's session has ended, resumed at their next sign-in. Conditional UPDATEs on the current state, like
 * store.ts, so any panel process may run them.
 */

/** Cancel: pending items are skipped (with the reason, when given); items already sent run to their end. */
export async function cancelJob(db: Db, jobId: number, reason?: string): Promise<boolean> {
  return (await cancelJobsWhere(db, eq(bulkJobs.id, jobId), reason)).length > 0;
}

/** A revoked team member's jobs: every unfinished one is cancelled with the reason. Returns their ids. */
export async function cancelJobsOfCreator(db: Db, accountUid: string, fingerprint: string, reason: string): Promise<number[]> {
  return cancelJobsWhere(db, and(eq(bulkJobs.accountUid, accountUid), eq(bulkJobs.createdBy, fingerprint)), reason);
}

async function cancelJobsWhere(db: Db, where: SQL | undefined, reason?: string): Promise<number[]> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(bulkJobs)
      .set({ state: 'cancelled', cancelledAt: sql`now()`, pausedAt: null, stateReason: reason ?? null })
      .where(and(where, inArray(bulkJobs.state, ['queued', 'running', 'paused'])))
      .returning({ id: bulkJobs.id });
    const ids = rows.map((r) => r.id);
    if (ids.length === 0) return [];
    await tx
      .update(bulkJobItems)
      .set({ state: 'skipped', skipReason: reason ?? CANCELLED_BEFORE_SENT, finishedAt: sql`now()`, updatedAt: sql`now()` })
      .where(and(inArray(bulkJobItems.jobId, ids), eq(bulkJobItems.state, 'pending')));
    return ids;
  });
}

/** Pauses one job (its session ended): its items are not claimed until it resumes. */
export async function pauseJob(db: Db, jobId: number, reason: string): Promise<boolean> {
  return (await pauseJobsWhere(db, eq(bulkJobs.id, jobId), reason)).length > 0;
}

/** Sign-out: the jobs running with this panel session pause. Returns their ids. */
export async function pauseJobsOfSession(db: Db, sessionId: string, reason: string): Promise<number[]> {
  return pauseJobsWhere(db, eq(bulkJobs.sessionId, sessionId), reason);
}

async function pauseJobsWhere(db: Db, where: SQL, reason: string): Promise<number[]> {
  const rows = await db
    .update(bulkJobs)
    .set({ state: 'paused', pausedAt: sql`now()`, stateReason: reason })
    .where(and(where, inArray(bulkJobs.state, ['queued', 'running'])))
    .returning({ id: bulkJobs.id });
  return rows.map((r) => r.id);
}

/**
 * Paused jobs whose creator has signed in again (a live panel session of the same credential and account, made
 * after the pause) are re-bound to that session and go on. Returns their ids.
 */
export async function resumePausedJobs(db: Db): Promise<number[]> {
  const newest = sql`(select ${panelSessions.id} from ${panelSessions}
    where ${panelSessions.credentialFingerprint} = ${bulkJobs.createdBy} and ${panelSessions.uid} = ${bulkJobs.accountUid}
      and ${panelSessions.createdAt} > ${bulkJobs.pausedAt} and ${panelSessions.idleExpiresAt} > now()
    order by ${panelSessions.createdAt} desc limit 1)`;
  const rows = await db
    .update(bulkJobs)
    .set({
      sessionId: newest,
      state: sql`case when ${bulkJobs.startedAt} is null then 'queued' else 'running' end`,
      pausedAt: null,
      stateReason: null,
    })
    .where(and(eq(bulkJobs.state, 'paused'), sql`${newest} is not null`))
    .returning({ id: bulkJobs.id });
  return rows.map((r) => r.id);
}
