import 'server-only';
import { and, asc, eq, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/open';
import { panelSessions } from '@/lib/db/schema/auth';
import { type BulkJob, type BulkJobItem, bulkJobItems, bulkJobs } from '@/lib/db/schema/jobs';
import { panelSettings } from '@/lib/db/schema/settings';

/**
 * The job tables' state machine, as database statements. Every transition is a conditional UPDATE on the current
 * state, so two panel processes on one PostgreSQL can run side by side: claims use FOR UPDATE SKIP LOCKED, and the
 * `sent` mark is written before the DMAPI call so that no path ever sends an item twice.
 */

export interface NewJob {
  kind: string;
  params: Record<string, unknown>;
  accountUid: string;
  createdBy: string;
  createdByName: string;
  sessionId: string | null;
  title: string;
  items: { domain: string; isPattern?: boolean; skipReason?: string }[];
}

export async function insertJob(db: Db, job: NewJob): Promise<BulkJob> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(bulkJobs)
      .values({
        kind: job.kind,
        params: job.params,
        accountUid: job.accountUid,
        createdBy: job.createdBy,
        createdByName: job.createdByName,
        sessionId: job.sessionId,
        title: job.title,
        total: job.items.length,
      })
      .returning();
    if (!row) throw new Error('insert into bulk_jobs returned nothing');
    // Chunked: a 100,000-domain selection would exceed the 65,535 bind parameters of one statement.
    for (let i = 0; i < job.items.length; i += 5000) {
      const chunk = job.items.slice(i, i + 5000).map((it) => ({
        jobId: row.id,
        domain: it.domain,
        isPattern: it.isPattern ? 1 : 0,
        state: it.skipReason ? 'skipped' : 'pending',
        skipReason: it.skipReason ?? null,
        finishedAt: it.skipReason ? new Date() : null,
      }));
      if (chunk.length > 0) await tx.insert(bulkJobItems).values(chunk);
    }
    return row;
  });
}

const leaseFromNow = (ms: number) => sql`now() + ${`${Math.round(ms)} milliseconds`}::interval`;

/** Claim up to `limit` pending items of live jobs for `worker`; rows locked by another worker are skipped. */
export async function claimItems(db: Db, worker: string, limit: number, leaseMs: number): Promise<BulkJobItem[]> {
  if (limit <= 0) return [];
  return db.transaction(async (tx) => {
    const picked = await tx
      .select({ id: bulkJobItems.id, jobId: bulkJobItems.jobId })
      .from(bulkJobItems)
      .innerJoin(bulkJobs, eq(bulkJobs.id, bulkJobItems.jobId))
      .where(and(eq(bulkJobItems.state, 'pending'), inArray(bulkJobs.state, ['queued', 'running'])))
      .orderBy(asc(bulkJobItems.id))
      .limit(limit)
      .for('update', { of: bulkJobItems, skipLocked: true });
    if (picked.length === 0) return [];
    const claimed = await tx
      .update(bulkJobItems)
      .set({
        state: 'running',
        claimedBy: worker,
        leaseUntil: leaseFromNow(leaseMs),
        attempts: sql`${bulkJobItems.attempts} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(inArray(bulkJobItems.id, picked.map((p) => p.id)), eq(bulkJobItems.state, 'pending')))
      .returning();
    const jobIds = [...new Set(picked.map((p) => p.jobId))];
    await tx
      .update(bulkJobs)
      .set({ state: 'running', startedAt: sql`coalesce(${bulkJobs.startedAt}, now())` })
      .where(and(inArray(bulkJobs.id, jobIds), eq(bulkJobs.state, 'queued')));
    return claimed;
  });
}

/** The job may send: it is live and the panel session it runs with exists and has not passed its idle expiry. */
const mayStillSend = sql`exists (
  select 1 from ${bulkJobs} join ${panelSessions} on ${panelSessions.id} = ${bulkJobs.sessionId}
  where ${bulkJobs.id} = ${bulkJobItems.jobId} and ${bulkJobs.state} in ('queued', 'running')
    and ${panelSessions.idleExpiresAt} > now())`;

export const CANCELLED_BEFORE_SENT = 'Cancelled before it was sent';

/**
 * running → sent, the commitment point: after this row is written the item is never sent again. Written only while
 * the job is live and its panel session exists, checked in the same statement, so that no process sends an item
 * after a sign-out or revocation has committed. Otherwise the item is skipped (job cancelled) or goes back to pending
 * (job paused, or its session ended: the runner pauses the job) and 'cancelled' or 'held' is returned.
 */
export async function markSent(db: Db, item: BulkJobItem, worker: string): Promise<'sent' | 'cancelled' | 'held'> {
  const rows = await db
    .update(bulkJobItems)
    .set({ state: 'sent', sentAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(bulkJobItems.id, item.id), eq(bulkJobItems.state, 'running'), eq(bulkJobItems.claimedBy, worker), mayStillSend))
    .returning({ id: bulkJobItems.id });
  if (rows.length > 0) return 'sent';
  const job = await getJob(db, item.jobId);
  if (!job || job.state === 'cancelled') {
    await db
      .update(bulkJobItems)
      .set({ state: 'skipped', skipReason: job?.stateReason ?? CANCELLED_BEFORE_SENT, finishedAt: sql`now()`, updatedAt: sql`now()` })
      .where(and(eq(bulkJobItems.id, item.id), eq(bulkJobItems.state, 'running')));
    return 'cancelled';
  }
  await releaseItem(db, item.id);
  return 'held';
}

/** A claimed item goes back to pending unsent (its job was paused before it was sent). */
export async function releaseItem(db: Db, itemId: number): Promise<void> {
  await db
    .update(bulkJobItems)
    .set({ state: 'pending', claimedBy: null, leaseUntil: null, updatedAt: sql`now()` })
    .where(and(eq(bulkJobItems.id, itemId), eq(bulkJobItems.state, 'running')));
}

/**
 * sent → pending, only for an item the DMAPI provably did not process: its call was refused as unauthenticated
 * (401/2200) and the re-login was refused because the panel session had ended. It is sent after the job resumes.
 */
export async function unsendItem(db: Db, itemId: number): Promise<void> {
  await db
    .update(bulkJobItems)
    .set({ state: 'pending', claimedBy: null, leaseUntil: null, sentAt: null, updatedAt: sql`now()` })
    .where(and(eq(bulkJobItems.id, itemId), eq(bulkJobItems.state, 'sent')));
}

export interface ItemFinish {
  state: 'done' | 'failed';
  procId?: string | null;
  trackingId?: string | null;
  result?: string | null;
  error?: string | null;
}

export async function finishItem(db: Db, itemId: number, finish: ItemFinish): Promise<void> {
  await db
    .update(bulkJobItems)
    .set({
      state: finish.state,
      procId: finish.procId ?? null,
      trackingId: finish.trackingId ?? null,
      result: finish.result ?? null,
      error: finish.error ?? null,
      leaseUntil: null,
      finishedAt: sql`now()`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(bulkJobItems.id, itemId), inArray(bulkJobItems.state, ['sent', 'running'])));
}

/** Keeps this worker's claimed and in-flight items from being recovered by another worker. */
export async function renewLeases(db: Db, worker: string, leaseMs: number): Promise<void> {
  await db
    .update(bulkJobItems)
    .set({ leaseUntil: leaseFromNow(leaseMs) })
    .where(and(eq(bulkJobItems.claimedBy, worker), inArray(bulkJobItems.state, ['running', 'sent'])));
}

/**
 * A stopping worker hands its items back at once instead of letting their leases run out: claimed-but-unsent items
 * go back to pending; items sent but not yet resolved (a request still in flight at the deadline) get an expired
 * lease, so another worker adopts them right away and resolves them from result-list, never re-sending them.
 */
export async function handBackClaims(db: Db, worker: string): Promise<{ released: number; adoptable: number }> {
  const released = await db
    .update(bulkJobItems)
    .set({ state: 'pending', claimedBy: null, leaseUntil: null, updatedAt: sql`now()` })
    .where(and(eq(bulkJobItems.claimedBy, worker), eq(bulkJobItems.state, 'running')))
    .returning({ id: bulkJobItems.id });
  const adoptable = await db
    .update(bulkJobItems)
    .set({ leaseUntil: sql`now() - interval '1 second'`, updatedAt: sql`now()` })
    .where(and(eq(bulkJobItems.claimedBy, worker), eq(bulkJobItems.state, 'sent')))
    .returning({ id: bulkJobItems.id });
  return { released: released.length, adoptable: adoptable.length };
}

/** Claimed-but-never-sent items of a dead worker go back to pending: they never reached the DMAPI. */
export async function releaseStaleClaims(db: Db): Promise<number> {
  const rows = await db
    .update(bulkJobItems)
    .set({ state: 'pending', claimedBy: null, leaseUntil: null, updatedAt: sql`now()` })
    .where(and(eq(bulkJobItems.state, 'running'), lt(bulkJobItems.leaseUntil, sql`now()`)))
    .returning({ id: bulkJobItems.id });
  return rows.length;
}

/**
 * Sent items of a dead worker: the request may or may not have reached the DMAPI. Take them over (new lease) so that
 * exactly one worker resolves each from result-list; never re-send.
 */
export async function adoptOrphanedSent(db: Db, worker: string, limit: number, leaseMs: number): Promise<BulkJobItem[]> {
  return db.transaction(async (tx) => {
    // Not those of paused jobs: their session has ended, so result-list cannot be asked until they resume.
    const picked = await tx
      .select({ id: bulkJobItems.id })
      .from(bulkJobItems)
      .innerJoin(bulkJobs, eq(bulkJobs.id, bulkJobItems.jobId))
      .where(and(eq(bulkJobItems.state, 'sent'), lt(bulkJobItems.leaseUntil, sql`now()`), sql`${bulkJobs.state} <> 'paused'`))
      .limit(limit)
      .for('update', { of: bulkJobItems, skipLocked: true });
    if (picked.length === 0) return [];
    return tx
      .update(bulkJobItems)
      .set({ claimedBy: worker, leaseUntil: leaseFromNow(leaseMs), updatedAt: sql`now()` })
      .where(inArray(bulkJobItems.id, picked.map((p) => p.id)))
      .returning();
  });
}

/** Jobs with nothing left in flight are finished (done, or cancelled with their finish time). */
export async function finalizeJobs(db: Db): Promise<void> {
  const noneLeft = sql`not exists (select 1 from ${bulkJobItems} where ${bulkJobItems.jobId} = ${bulkJobs.id} and ${bulkJobItems.state} in ('pending', 'running', 'sent'))`;
  await db
    .update(bulkJobs)
    .set({ state: 'done', finishedAt: sql`now()`, pausedAt: null, stateReason: null })
    .where(and(inArray(bulkJobs.state, ['queued', 'running', 'paused']), noneLeft));
  await db
    .update(bulkJobs)
    .set({ finishedAt: sql`now()` })
    .where(and(eq(bulkJobs.state, 'cancelled'), sql`${bulkJobs.finishedAt} is null`, noneLeft));
}

/** Accepted requests whose outcome result-list has not told yet. */
export async function awaitingResults(db: Db, limit: number): Promise<BulkJobItem[]> {
  return db
    .select()
    .from(bulkJobItems)
    .where(and(eq(bulkJobItems.state, 'done'), eq(bulkJobItems.result, '?'), isNotNull(bulkJobItems.procId)))
    .orderBy(asc(bulkJobItems.id))
    .limit(limit);
}

/** A nack turns an accepted item into a failure; an ack settles it. */
export async function settleResult(db: Db, itemId: number, status: 'ack' | 'nack'): Promise<void> {
  await db
    .update(bulkJobItems)
    .set(
      status === 'ack'
        ? { result: 'ack', updatedAt: sql`now()` }
        : { result: 'nack', state: 'failed', error: 'Joker.com refused the request (nack); see Results for the reason', updatedAt: sql`now()` },
    )
    .where(and(eq(bulkJobItems.id, itemId), eq(bulkJobItems.result, '?')));
}

export async function getJob(db: Db, jobId: number): Promise<BulkJob | undefined> {
  const [row] = await db.select().from(bulkJobs).where(eq(bulkJobs.id, jobId));
  return row;
}

/**
 * A named lease shared by every panel process on this database (a row of panel_settings): true when `worker` holds it
 * now, having taken it because it was free, expired, or already its own. Asking the DMAPI for results is done under
 * one, so that the polling does not grow with the number of processes.
 */
export async function takeLease(db: Db, name: string, worker: string, ms: number): Promise<boolean> {
  const key = `lease:${name}`;
  const rows = await db
    .insert(panelSettings)
    .values({ key, value: worker, updatedAt: sql`now()` })
    .onConflictDoUpdate({
      target: panelSettings.key,
      set: { value: worker, updatedAt: sql`now()` },
      setWhere: sql`${panelSettings.value} = ${worker} or ${panelSettings.updatedAt} < now() - make_interval(secs => ${ms / 1000})`,
    })
    .returning({ key: panelSettings.key });
  return rows.length > 0;
}

/** Gives a lease back (a stopping process), so that another process takes it at once. */
export async function releaseLease(db: Db, name: string, worker: string): Promise<void> {
  await db.delete(panelSettings).where(and(eq(panelSettings.key, `lease:${name}`), eq(panelSettings.value, worker)));
}
