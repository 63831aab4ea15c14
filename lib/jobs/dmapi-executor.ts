import 'server-only';
import { rowsFromCalls, writeAudit } from '@/lib/actions/audit';
import { clientForSession, type PanelSession } from '@/lib/auth';
import { SessionEndedError } from '@/lib/auth/dmapi-pool';
import { type CapturedCall, withCapture } from '@/lib/auth/audit-capture';
import { forgetSession, sweep } from '@/lib/auth/dmapi-pool';
import { getDb } from '@/lib/db';
import type { BulkJob, BulkJobItem } from '@/lib/db/schema/jobs';
import { type DmapiClient, resultList } from '@/lib/dmapi';
import { describeFailure } from '@/lib/failure/describe';
import { creatorVerdict } from './authorize';
import { jobParamsSchema } from './kinds';
import type { JobExecutor, ResultStatus, SendOutcome } from './executor';
import { senderOf, type StoredJobParams } from './senders';

export type { StoredJobParams } from './senders';

function paramsOf(job: BulkJob): StoredJobParams {
  const stored = job.params as Partial<StoredJobParams>;
  return { ...stored, action: jobParamsSchema.parse(stored.action) };
}

async function clientFor(job: BulkJob): Promise<DmapiClient> {
  if (!job.sessionId) throw new SessionEndedError();
  return clientForSession(job.sessionId);
}

/**
 * Audit rows for one item, as every other DMAPI mutation writes them (lib/actions/audit.ts): the request and the
 * parameters as they went over the wire, captured at the transport. The job runs outside any request, so the action
 * wrapper's capture does not see these calls. A failure before any request still leaves one row.
 */
async function auditItem(job: BulkJob, item: BulkJobItem, stored: StoredJobParams, calls: CapturedCall[], error?: unknown) {
  const rows = rowsFromCalls(calls);
  if (rows.length === 0) {
    rows.push({
      request: senderOf(stored.action).request,
      object: item.domain,
      params: { job: job.id, kind: stored.action.kind, domain: item.domain },
      outcome: error === undefined ? 'ok' : 'error',
      statusCode: null,
      errors: error === undefined ? [] : [dmapiExecutor.describeError(error).message],
    });
  }
  const db = await getDb();
  for (const row of rows) await writeAudit(db, { ...row, session: actorOf(job, stored), ip: null, action: `bulkJob#${job.id}` });
}

function actorOf(job: BulkJob, stored: StoredJobParams) {
  return { uid: job.accountUid, actorFingerprint: job.createdBy, actorName: job.createdByName, role: stored.actorRole ?? 'owner' } as unknown as PanelSession;
}

/**
 * Before the request: a row saying it is about to go, so that an item sent by a process killed mid-request still has
 * one (its outcome is then found from result-list or by reading the domain back). No row, no request: a failed write
 * stops the item before anything reaches the DMAPI.
 */
async function auditIntent(job: BulkJob, item: BulkJobItem, stored: StoredJobParams) {
  await writeAudit(await getDb(), {
    session: actorOf(job, stored),
    ip: null,
    action: `bulkJob#${job.id}`,
    request: senderOf(stored.action).request,
    object: item.domain,
    params: { job: job.id, item: item.id, kind: stored.action.kind, domain: item.domain },
    outcome: 'intent',
  });
}

export const dmapiExecutor: JobExecutor = {
  async authorize(job) {
    const verdict = await creatorVerdict(await getDb(), job);
    // The creator may no longer act: this process's client for that session goes (logged out, credential released).
    if (!verdict.ok && job.sessionId) await forgetSession(job.sessionId);
    return verdict;
  },

  async housekeeping() {
    await sweep(true);
  },

  async send(job, item) {
    const stored = paramsOf(job);
    const client = await clientFor(job);
    const calls: CapturedCall[] = [];
    const target = { domain: item.domain, isPattern: item.isPattern === 1, jobId: job.id };
    await auditIntent(job, item, stored);
    let result: SendOutcome;
    try {
      result = await withCapture(calls, () => senderOf(stored.action).send(client, stored.action, target, stored));
    } catch (error) {
      // An audit write that fails must not turn a sent item into a failure: the DMAPI outcome is what counts.
      await auditItem(job, item, stored, calls, error).catch(() => undefined);
      throw error;
    }
    await auditItem(job, item, stored, calls).catch(() => undefined);
    return result;
  },

  async lookup(job, item) {
    const stored = paramsOf(job);
    if (item.isPattern) return undefined;
    const sender = senderOf(stored.action);
    const client = await clientFor(job);
    // Not queued: result-list never lists it, but the domain's state says whether it arrived.
    if (sender.readBack) return { applied: await sender.readBack(client, stored.action, item.domain) };
    const rows = await resultList(client, { objid: item.domain, rtype: sender.request, period: 2 });
    // The request of this item, if it arrived: the first one for this object at or after the moment it was marked sent.
    const since = (item.sentAt?.getTime() ?? 0) - 60_000;
    const hit = rows
      .filter((r) => r.object === item.domain && (r.timestamp?.getTime() ?? 0) >= since)
      .sort((a, b) => (a.timestamp?.getTime() ?? 0) - (b.timestamp?.getTime() ?? 0))[0];
    return hit ? { procId: hit.procId, status: hit.status } : undefined;
  },

  async poll(job, procIds) {
    const client = await clientFor(job);
    const wanted = new Set(procIds);
    const out = new Map<string, ResultStatus>();
    for (const row of await resultList(client, { period: 7 })) if (wanted.has(row.procId)) out.set(row.procId, row.status);
    return out;
  },

  describeError(error) {
    // Branded errors: instanceof holds although the runner (started from instrumentation.ts) and the client that
    // threw may come from different bundles.
    if (error instanceof SessionEndedError) {
      // Thrown before a request, or by the refused re-login after a 401/2200 (which Joker did not process).
      return { message: 'Paused: the panel session that started this job has ended. It goes on when its creator signs in again.', unknown: false, notSent: true };
    }
    const failure = describeFailure(error, { write: true });
    if (!failure) return { message: error instanceof Error ? error.message : 'The request failed.', unknown: false };
    const lines = failure.dmapiErrors && failure.dmapiErrors.length > 0 ? ` (${failure.dmapiErrors.join('; ')})` : '';
    return { message: `${failure.error}${lines}`, unknown: failure.mayHaveHappened === true };
  },
};
