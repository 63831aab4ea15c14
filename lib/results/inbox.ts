import 'server-only';
import { withDmapi } from '@/lib/auth';
import type { PanelSession } from '@/lib/auth/session-store';
import { describeFailure } from '@/lib/failure/describe';
import { getDb } from '@/lib/db';
import { type DmapiClient, type ResultListInput, type ResultListRow, resultList, resultListCount } from '@/lib/dmapi';
import type { ResultFilters } from '@/lib/schemas/results';
import { causesOf } from './cause';
import type { InboxPage, InboxResult, InboxRow, RequestCause } from './types';
import { resultWindow } from './window';

/** The inbox's filters as result-list parameters (without paging). */
export function resultListInput(f: ResultFilters): ResultListInput {
  const input: ResultListInput = {
    pending: f.status === 'any' || f.status === 'pending',
    ...(f.status === 'pending' ? { status: '?' as const } : f.status === 'ack' || f.status === 'nack' ? { status: f.status } : {}),
  };
  if (f.type) input.rtype = f.type;
  if (f.object) input.objid = f.object;
  if (f.procId) input.procid = f.procId;
  if (f.period !== undefined) input.period = f.period;
  if (f.date) input.date = f.date;
  if (f.deleted) input.showall = true;
  return input;
}

export function inboxRow(r: ResultListRow, cause: RequestCause | undefined): InboxRow {
  return {
    procId: r.procId,
    svTrId: r.svTrId,
    at: r.timestamp?.toISOString() ?? null,
    request: r.requestType,
    object: r.object ?? null,
    status: r.status === '?' ? 'pending' : r.status,
    clTrId: r.clTrId ?? null,
    cause: cause ?? { kind: 'outside' },
  };
}

/**
 * One page of the inbox: result-list with offset/limit for the rows and count-only for the total (both read at
 * once), each row joined with who caused it (audit log, bulk job items).
 */
export async function loadInboxPage(client: DmapiClient, session: PanelSession, f: ResultFilters): Promise<InboxPage> {
  const input = resultListInput(f);
  const readAt = Date.now();
  const [rows, total] = await Promise.all([
    resultList(client, { ...input, offset: (f.page - 1) * f.size, limit: f.size }),
    resultListCount(client, input),
  ]);
  const causes = await causesOf(await getDb(), session, rows.map((r) => r.procId));
  return { rows: rows.map((r) => inboxRow(r, causes.get(r.procId))), total, window: resultWindow(f), readAt };
}

/** Requests still in progress (the navigation badge, the overview): result-list status=? count-only. */
export function pendingCount(client: DmapiClient): Promise<number> {
  return resultListCount(client, { pending: true, status: '?' });
}

/**
 * The page's own read of the inbox (prefetched with the HTML): a refusal or an unreachable DMAPI becomes a failure in
 * words the inbox shows, as the GET route's answer would; anything unexpected still fails the page.
 */
export async function inboxResult(session: PanelSession, f: ResultFilters): Promise<InboxResult> {
  try {
    return { ok: true, page: await withDmapi((client) => loadInboxPage(client, session, f)) };
  } catch (error) {
    const failure = describeFailure(error);
    if (!failure) throw error;
    return { ok: false, failure };
  }
}
