import type { BulkJob, BulkJobItem } from '@/lib/db/schema/jobs';
import type { JobExecutor, ResultStatus, SendOutcome } from './runner';

/**
 * A fake DMAPI for runner tests: records every send, hands out rising Proc-IDs, can fail chosen domains, and
 * answers lookup/poll from what it recorded.
 */
export class FakeExecutor implements JobExecutor {
  readonly sent: { domain: string; worker?: string; procId: string }[] = [];
  readonly statuses = new Map<string, ResultStatus>();
  inFlight = 0;
  maxInFlight = 0;
  delayMs: number;
  failDomains = new Set<string>();
  private nextProc = 1000;

  constructor(options: { delayMs?: number } = {}) {
    this.delayMs = options.delayMs ?? 2;
  }

  async send(_job: BulkJob, item: BulkJobItem): Promise<SendOutcome> {
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      await new Promise((r) => setTimeout(r, this.delayMs));
      if (this.failDomains.has(item.domain)) throw new Error(`refused ${item.domain}`);
      const procId = String(this.nextProc++);
      this.sent.push({ domain: item.domain, worker: item.claimedBy ?? undefined, procId });
      this.statuses.set(procId, '?');
      return { procId };
    } finally {
      this.inFlight--;
    }
  }

  async lookup(_job: BulkJob, item: BulkJobItem) {
    const hit = this.sent.find((s) => s.domain === item.domain);
    return hit ? { procId: hit.procId, status: this.statuses.get(hit.procId) ?? '?' } : undefined;
  }

  async poll(_job: BulkJob, procIds: string[]) {
    return new Map(procIds.map((p) => [p, this.statuses.get(p) ?? '?'] as const));
  }

  describeError(error: unknown) {
    return { message: error instanceof Error ? error.message : String(error), unknown: false };
  }
}
