import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { PanelSession } from '@/lib/auth/session-store';
import { auditScope } from '@/lib/auth/roles';
import type { Db } from '@/lib/db';
import { perDatabase } from '@/lib/db/per-database';
import { auditLog, bulkJobItems, bulkJobs } from '@/lib/db/schema';
import type { RequestCause } from './types';

const BULK_ACTION = /^bulkJob#(\d+)$/;

/**
 * The inbox asks on every view, so both statements are built once per database (Drizzle building the two queries
 * anew took about 2 ms of CPU per view, four times the database's own work for them). One array parameter
 * (`= any($2)`), not an IN list of fifty: the statement is the same for every page of the inbox.
 */
const causeStatements = perDatabase((db) => {
  const ids = sql`${sql.placeholder('ids')}::text[]`;
  return {
    audits: db
      .select({ procId: auditLog.procId, request: auditLog.request, actorName: auditLog.actorName, fingerprint: auditLog.actorFingerprint, action: auditLog.action, at: auditLog.at })
      .from(auditLog)
      .where(and(eq(auditLog.accountUid, sql.placeholder('uid')), sql`${auditLog.procId} = any(${ids})`))
      .prepare('result_causes_audit'),
    items: db
      .select({ procId: bulkJobItems.procId, jobId: bulkJobs.id, title: bulkJobs.title, createdBy: bulkJobs.createdBy, createdByName: bulkJobs.createdByName })
      .from(bulkJobItems)
      .innerJoin(bulkJobs, eq(bulkJobItems.jobId, bulkJobs.id))
      .where(and(eq(bulkJobs.accountUid, sql.placeholder('uid')), sql`${bulkJobItems.procId} = any(${ids})`))
      .prepare('result_causes_items'),
  };
});

/**
 * Who caused each of these queued requests, by Proc-ID: the audit log keeps every DMAPI write the panel made with
 * its Proc-ID and the acting user; a bulk job's items keep theirs. A Proc-ID in neither was not sent through this
 * panel (another client, Joker's own site, or before the panel kept a log). Scoped like the audit log: the owner sees
 * every user's name, staff and customers see their own and "another panel user" for the rest.
 */
export async function causesOf(db: Db, session: PanelSession, procIds: readonly string[]): Promise<Map<string, RequestCause>> {
  const out = new Map<string, RequestCause>();
  if (procIds.length === 0) return out;
  const params = { uid: session.uid, ids: [...new Set(procIds)] };
  const { audits: auditsOf, items: itemsOf } = causeStatements(db);
  const [audits, items] = await Promise.all([auditsOf.execute(params), itemsOf.execute(params)]);
  const seeAll = auditScope(session.role) === 'all';
  const name = (fingerprint: string, actor: string) => (seeAll || fingerprint === session.actorFingerprint ? actor : null);
  // The request that got the Proc-ID, not a later look at its reply; the first if the log has several.
  audits.sort((x, y) => x.at.getTime() - y.at.getTime());
  for (const a of audits) {
    if (!a.procId || a.request.startsWith('result-') || out.has(a.procId)) continue;
    const job = BULK_ACTION.exec(a.action)?.[1];
    const cause: RequestCause = { kind: 'panel', actor: name(a.fingerprint, a.actorName), self: a.fingerprint === session.actorFingerprint, action: a.action, at: a.at.toISOString() };
    if (job) cause.jobId = Number(job);
    out.set(a.procId, cause);
  }
  for (const item of items) {
    if (!item.procId) continue;
    const known = out.get(item.procId);
    const cause: RequestCause =
      known?.kind === 'panel'
        ? known
        : { kind: 'panel', actor: name(item.createdBy, item.createdByName), self: item.createdBy === session.actorFingerprint, action: `bulkJob#${item.jobId}` };
    cause.jobId = item.jobId;
    cause.jobTitle = item.title;
    out.set(item.procId, cause);
  }
  return out;
}
