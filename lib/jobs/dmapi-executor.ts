import 'server-only';
import { ZodError } from 'zod';
import { writeAudit } from '@/lib/actions/audit';
import { clientForSession, type PanelSession } from '@/lib/auth';
import { getDb } from '@/lib/db';
import type { BulkJob, BulkJobItem } from '@/lib/db/schema/jobs';
import {
  type DmapiClient,
  DmapiError,
  DmapiTransportError,
  domainCheck,
  domainLock,
  domainModify,
  domainRenew,
  domainSetProperty,
  domainUnlock,
  resultList,
} from '@/lib/dmapi';
import { type JobParams, jobParamsSchema } from './kinds';
import type { JobExecutor, ResultStatus, SendOutcome } from './runner';

/** Stored job parameters plus what the plan decided per domain (max-price for non-standard renewals). */
export interface StoredJobParams extends Record<string, unknown> {
  action: JobParams;
  maxPrices?: Record<string, number>;
  /** The starter's panel role, for the per-item audit rows written while the job runs in the background. */
  actorRole?: string;
  /** The summary did not check renew price classes (large selection): check each before renewing (premiumRefusal). */
  premiumUnchecked?: boolean;
}

/**
 * Before a renew whose class the summary did not check: a premium (non-standard) price was never shown to anyone,
 * so the item is refused with that price rather than renewed with a max-price nobody confirmed. Returns the reason,
 * or undefined for a standard renewal.
 */
export async function premiumRefusal(client: DmapiClient, domain: string): Promise<string | undefined> {
  const check = await domainCheck(client, { domain, checkPrice: 'renew' });
  if (!check.needsMaxPrice) return undefined;
  const price = check.prices.find((p) => p.type === 'renew') ?? check.prices[0];
  const shown = price ? ` (${price.amount.toFixed(2)} ${price.currency} a year)` : '';
  return `Premium renewal price${shown} was not confirmed in the summary: renew this domain on its own to see and confirm its price`;
}

/** The DMAPI request each kind sends, as result-list names it (for finding a request sent before a crash). */
export function requestOf(params: JobParams): string {
  switch (params.kind) {
    case 'lock':
      return 'domain-lock';
    case 'unlock':
      return 'domain-unlock';
    case 'autorenew':
    case 'privacy':
      return 'domain-set-property';
    case 'renew':
      return 'domain-renew';
    case 'nameservers':
    case 'contacts':
      return 'domain-modify';
  }
}

function paramsOf(job: BulkJob): StoredJobParams {
  const stored = job.params as Partial<StoredJobParams>;
  return { ...stored, action: jobParamsSchema.parse(stored.action) };
}

async function clientFor(job: BulkJob): Promise<DmapiClient> {
  if (!job.sessionId) throw new Error('The job has no panel session to run with.');
  return clientForSession(job.sessionId);
}

async function send(client: DmapiClient, stored: StoredJobParams, item: BulkJobItem): Promise<SendOutcome> {
  const domain = item.domain;
  const p = stored.action;
  switch (p.kind) {
    case 'lock':
      return domainLock(client, { domain });
    case 'unlock':
      return domainUnlock(client, { domain });
    case 'autorenew':
      return domainSetProperty(client, { domain, pname: 'autorenew', pvalue: p.on ? '1' : '0' });
    case 'privacy':
      return domainSetProperty(client, { domain, pname: 'privacy', pvalue: p.level });
    case 'renew': {
      const maxPrice = stored.maxPrices?.[domain];
      if (stored.premiumUnchecked && maxPrice === undefined) {
        const refusal = await premiumRefusal(client, domain);
        if (refusal) throw new Error(refusal);
      }
      return domainRenew(client, {
        domain,
        ...(p.period ? { period: p.period } : { expyear: p.expyear }),
        ...(maxPrice !== undefined ? { maxPrice } : {}),
      });
    }
    case 'nameservers':
      return domainModify(client, { domain, nsList: p.ns });
    case 'contacts':
      return domainModify(client, {
        domain,
        ...(p.adminC ? { adminC: p.adminC } : {}),
        ...(p.techC ? { techC: p.techC } : {}),
        ...(p.billingC ? { billingC: p.billingC } : {}),
      });
  }
}

/**
 * One audit row per item sent: the job runs outside any request, so the action wrapper's capture does not see these
 * calls. Same table and shape as every other DMAPI mutation (lib/actions/audit.ts).
 */
async function auditItem(job: BulkJob, item: BulkJobItem, stored: StoredJobParams, outcome: { procId?: string; error?: unknown }) {
  const actor = { uid: job.accountUid, actorFingerprint: job.createdBy, actorName: job.createdByName, role: stored.actorRole ?? 'owner' };
  const failed = outcome.error !== undefined;
  const errors = failed ? [dmapiExecutor.describeError(outcome.error).message] : [];
  await writeAudit(await getDb(), {
    session: actor as unknown as PanelSession,
    ip: null,
    action: `bulkJob#${job.id}`,
    request: requestOf(stored.action),
    object: item.domain,
    params: { job: job.id, kind: stored.action.kind, domain: item.domain },
    outcome: failed ? 'error' : 'ok',
    errors,
    procId: outcome.procId ?? null,
  });
}

export const dmapiExecutor: JobExecutor = {
  async send(job, item) {
    const stored = paramsOf(job);
    let result: SendOutcome;
    try {
      result = await send(await clientFor(job), stored, item);
    } catch (error) {
      // An audit write that fails must not turn a sent item into a failure: the DMAPI outcome is what counts.
      await auditItem(job, item, stored, { error }).catch(() => undefined);
      throw error;
    }
    await auditItem(job, item, stored, result.procId ? { procId: result.procId } : {}).catch(() => undefined);
    return result;
  },

  async lookup(job, item) {
    const stored = paramsOf(job);
    if (item.isPattern) return undefined;
    const client = await clientFor(job);
    const rows = await resultList(client, { objid: item.domain, rtype: requestOf(stored.action), period: 2 });
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
    // By name, not instanceof: the runner starts from instrumentation.ts, a separate bundle from the one whose
    // client (shared through the globalThis pool) threw, so the classes are different copies.
    const name = error instanceof Error ? error.name : '';
    if (error instanceof DmapiError || name === 'DmapiError' || name === 'DmapiAuthError') {
      const e = error as DmapiError;
      const lines = e.errors?.length > 0 ? ` (${e.errors.join('; ')})` : '';
      return { message: `${e.userMessage}${lines}`, unknown: false };
    }
    if (error instanceof DmapiTransportError || name === 'DmapiTransportError') {
      return { message: (error as DmapiTransportError).userMessage, unknown: true };
    }
    if (error instanceof ZodError || name === 'ZodError') return { message: (error as ZodError).issues.map((i) => i.message).join('; '), unknown: false };
    return { message: error instanceof Error ? error.message : 'The request failed.', unknown: false };
  },
};
