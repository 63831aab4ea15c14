import 'server-only';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/open';
import { type BulkJob, bulkJobItems, bulkJobs } from '@/lib/db/schema/jobs';

/** Read side of the job tables: progress counts, the job list and per-item results, scoped by account. */

export interface JobCounts {
  total: number;
  pending: number;
  running: number;
  sent: number;
  done: number;
  failed: number;
  skipped: number;
}

export interface JobView {
  id: number;
  kind: string;
  title: string;
  state: string;
  /** Why it is paused or was cancelled. */
  stateReason: string | null;
  createdByName: string;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  counts: JobCounts;
}

export interface JobItemView {
  id: number;
  domain: string;
  isPattern: boolean;
  state: string;
  skipReason: string | null;
  procId: string | null;
  result: string | null;
  error: string | null;
  attempts: number;
  sentAt: string | null;
  finishedAt: string | null;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function jobCounts(db: Db, jobId: number): Promise<JobCounts> {
  const rows = await db
    .select({ state: bulkJobItems.state, n: sql<number>`count(*)::int` })
    .from(bulkJobItems)
    .where(eq(bulkJobItems.jobId, jobId))
    .groupBy(bulkJobItems.state);
  const counts: JobCounts = { total: 0, pending: 0, running: 0, sent: 0, done: 0, failed: 0, skipped: 0 };
  for (const r of rows) {
    const n = Number(r.n);
    counts.total += n;
    if (r.state in counts) counts[r.state as keyof Omit<JobCounts, 'total'>] += n;
  }
  return counts;
}

function toView(job: BulkJob, counts: JobCounts): JobView {
  return {
    id: job.id,
    kind: job.kind,
    title: job.title,
    state: job.state,
    stateReason: job.stateReason,
    createdByName: job.createdByName,
    createdAt: job.createdAt.toISOString(),
    startedAt: iso(job.startedAt),
    finishedAt: iso(job.finishedAt),
    counts,
  };
}

/** One job row of the account, or undefined (also when it belongs to another account). Server-side only. */
export async function jobOfAccount(db: Db, accountUid: string, jobId: number): Promise<BulkJob | undefined> {
  const [job] = await db
    .select()
    .from(bulkJobs)
    .where(and(eq(bulkJobs.id, jobId), eq(bulkJobs.accountUid, accountUid)));
  return job;
}

/** One job of the account, or undefined (also when it belongs to another account). */
export async function jobView(db: Db, accountUid: string, jobId: number): Promise<JobView | undefined> {
  const job = await jobOfAccount(db, accountUid, jobId);
  if (!job) return undefined;
  return toView(job, await jobCounts(db, job.id));
}

/** The jobs that run with this panel session and would pause at its sign-out (the sign-out control warns). */
export async function activeJobsOfSession(db: Db, sessionId: string): Promise<JobView[]> {
  const jobs = await db
    .select()
    .from(bulkJobs)
    .where(and(eq(bulkJobs.sessionId, sessionId), inArray(bulkJobs.state, ['queued', 'running'])))
    .orderBy(asc(bulkJobs.id));
  return Promise.all(jobs.map(async (j) => toView(j, await jobCounts(db, j.id))));
}

export async function listJobViews(db: Db, accountUid: string, limit = 50): Promise<JobView[]> {
  const jobs = await db
    .select()
    .from(bulkJobs)
    .where(eq(bulkJobs.accountUid, accountUid))
    .orderBy(desc(bulkJobs.id))
    .limit(limit);
  return Promise.all(jobs.map(async (j) => toView(j, await jobCounts(db, j.id))));
}

export const ITEM_PAGE = 500;

/** A page of a job's items (optionally one state), for polling without shipping 100,000 rows each second. */
export async function jobItemPage(db: Db, jobId: number, state: string | undefined, offset: number): Promise<JobItemView[]> {
  const where = state ? and(eq(bulkJobItems.jobId, jobId), eq(bulkJobItems.state, state)) : eq(bulkJobItems.jobId, jobId);
  const rows = await db.select().from(bulkJobItems).where(where).orderBy(asc(bulkJobItems.id)).limit(ITEM_PAGE).offset(offset);
  return rows.map(itemView);
}

export async function jobItemViews(db: Db, jobId: number): Promise<JobItemView[]> {
  const rows = await db.select().from(bulkJobItems).where(eq(bulkJobItems.jobId, jobId)).orderBy(asc(bulkJobItems.id));
  return rows.map(itemView);
}

function itemView(r: typeof bulkJobItems.$inferSelect): JobItemView {
  return {
    id: r.id,
    domain: r.domain,
    isPattern: r.isPattern === 1,
    state: r.state,
    skipReason: r.skipReason,
    procId: r.procId,
    result: r.result,
    error: r.error,
    attempts: r.attempts,
    sentAt: iso(r.sentAt),
    finishedAt: iso(r.finishedAt),
  };
}

/**
 * The failed items of a job that may be sent again: not pattern items (a pattern job is retried from the list) and
 * not those whose outcome is unknown (the request may have been carried out; a renewal sent twice costs twice).
 */
export async function retryableFailures(db: Db, jobId: number): Promise<{ domains: string[]; unknown: number }> {
  const rows = await db
    .select({ domain: bulkJobItems.domain, error: bulkJobItems.error, isPattern: bulkJobItems.isPattern })
    .from(bulkJobItems)
    .where(and(eq(bulkJobItems.jobId, jobId), eq(bulkJobItems.state, 'failed')))
    .orderBy(asc(bulkJobItems.id));
  const unknown = rows.filter((r) => r.error?.startsWith('Unknown'));
  return { domains: rows.filter((r) => !r.isPattern && !r.error?.startsWith('Unknown')).map((r) => r.domain), unknown: unknown.length };
}
