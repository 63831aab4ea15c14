import { findJob, type JobOutcome } from '../registry';
import { nextId } from '../state/store';
import type { QueuedResult, SandboxState } from '../state/types';
import { DAY, SECOND } from '../clock';
import type { JobCtx } from '../context';

/** How long a queued request stays `?` before it completes (sandbox seconds), unless the handler says otherwise. */
export const DEFAULT_QUEUE_DELAY_SEC = 2;
/** "Not retrieved replies will be kept on the server for a period of 30 days" — after that only the status. */
export const RESULT_RETENTION_MS = 30 * DAY;

export interface EnqueueOptions {
  /** The object the request is about: a domain, contact handle or host name (result-list's request-object). */
  object: string;
  /** Name of a job registered with registerJob; runs at completion and decides ack/nack. */
  job?: string;
  data?: unknown;
  /** Without a job: the result is an ack with these result-retrieve lines. */
  body?: string[];
  /** Without a job: complete as nack with these reasons instead. */
  nackErrors?: string[];
  delaySec?: number;
  /** The `nack` fault (faults.ts): whatever the job would decide, this result completes as nack. */
  forceNack?: boolean;
}

/** The reason a `nack` fault gives; worded like a registry refusal so that clients show it as they would a real one. */
export const FORCED_NACK_REASON = 'registry: the registry refused the request (sandbox fault "nack")';

export function enqueue(
  state: SandboxState,
  now: number,
  meta: { uid: string; request: string; svTrId: string; clTrId: string },
  options: EnqueueOptions,
): QueuedResult {
  const result: QueuedResult = {
    procId: nextId(state, 'procId'),
    svTrId: meta.svTrId,
    clTrId: meta.clTrId || '-',
    uid: meta.uid,
    request: meta.request,
    object: options.object,
    createdAt: now,
    completeAt: now + (options.delaySec ?? DEFAULT_QUEUE_DELAY_SEC) * SECOND,
    status: '?',
    job: options.job ?? null,
    data: options.job ? (options.data ?? null) : { body: options.body ?? [], nackErrors: options.nackErrors ?? null },
    body: [],
    errors: [],
    deleted: false,
  };
  if (options.forceNack) result.forcedNack = [FORCED_NACK_REASON];
  state.results.push(result);
  return result;
}

/** Completes every due result in Proc-ID order; returns the completed results. */
export function completeDue(state: SandboxState, now: number, makeJobCtx: (r: QueuedResult) => JobCtx): QueuedResult[] {
  const done: QueuedResult[] = [];
  for (const r of state.results) {
    if (r.status !== '?' || r.completeAt > now) continue;
    let outcome: JobOutcome;
    if (r.forcedNack) {
      outcome = { status: 'nack', errors: r.forcedNack };
      refundCharges(state, r, makeJobCtx(r));
    } else if (r.job) {
      const runner = findJob(r.job);
      try {
        outcome = runner ? runner(makeJobCtx(r), r) : { status: 'nack', errors: [`internal: no job ${r.job}`] };
      } catch (e) {
        outcome = { status: 'nack', errors: [e instanceof Error ? e.message : String(e)] };
      }
    } else {
      const d = r.data as { body: string[]; nackErrors: string[] | null };
      outcome = d.nackErrors ? { status: 'nack', errors: d.nackErrors } : { status: 'ack', body: d.body };
    }
    r.status = outcome.status;
    r.body = outcome.body ?? [];
    r.errors = outcome.errors ?? [];
    done.push(r);
  }
  return done;
}

/**
 * A request Joker accepted and then refused costs nothing: what was charged under its Proc-ID (net of refunds) is
 * given back, one refund per order type, as the registration job does when a name was taken meanwhile.
 */
function refundCharges(state: SandboxState, r: QueuedResult, jctx: JobCtx): void {
  const net = new Map<string, { cents: number; tld: string; periodMonths: number }>();
  for (const o of state.orders) {
    if (o.procId !== r.procId || o.uid !== r.uid || o.status !== 'ok') continue;
    const entry = net.get(o.type) ?? { cents: 0, tld: o.tld, periodMonths: o.periodMonths };
    entry.cents += o.amountCents;
    net.set(o.type, entry);
  }
  for (const [type, e] of net) {
    if (e.cents > 0) jctx.refund({ type, object: r.object, tld: e.tld, periodMonths: e.periodMonths, cents: e.cents, procId: r.procId });
  }
}

/** Drops the content (not the status) of results older than 30 days. */
export function purgeOldContent(state: SandboxState, now: number): void {
  for (const r of state.results) {
    if (r.createdAt > now - RESULT_RETENTION_MS) break; // ascending by creation time
    if (r.body.length || r.errors.length || r.data) {
      r.body = [];
      r.errors = [];
      r.data = null;
    }
  }
}
