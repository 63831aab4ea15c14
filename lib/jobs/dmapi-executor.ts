import 'server-only';
import { ZodError } from 'zod';
import { clientForSession } from '@/lib/auth';
import type { BulkJob, BulkJobItem } from '@/lib/db/schema/jobs';
import {
  type DmapiClient,
  DmapiError,
  DmapiTransportError,
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

export const dmapiExecutor: JobExecutor = {
  async send(job, item) {
    return send(await clientFor(job), paramsOf(job), item);
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
