import { randomBytes } from 'node:crypto';
import type { Db } from '@/lib/db/open';
import { panelSessions } from '@/lib/db/schema/auth';
import type { BulkJob, BulkJobItem } from '@/lib/db/schema/jobs';
import type { JobExecutor, Lookup, ResultStatus, SendOutcome, Verdict } from './executor';

/**
 * A fake DMAPI for runner tests: records every send, hands out rising Proc-IDs, can fail chosen domains, and
 * answers lookup/poll from what it recorded. `verdict` is what authorize answers (the real one reads the database).
 */
export class FakeExecutor implements JobExecutor {
  readonly sent: { domain: string; worker?: string; procId: string }[] = [];
  readonly statuses = new Map<string, ResultStatus>();
  inFlight = 0;
  maxInFlight = 0;
  delayMs: number;
  failDomains = new Set<string>();
  verdict: Verdict = { ok: true };
  private nextProc = 1000;

  constructor(options: { delayMs?: number } = {}) {
    this.delayMs = options.delayMs ?? 2;
  }

  async authorize(): Promise<Verdict> {
    return this.verdict;
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

  async lookup(_job: BulkJob, item: BulkJobItem): Promise<Lookup | undefined> {
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

/**
 * A panel session row for runner tests that never reach the DMAPI (the runner only checks that the row exists and
 * is not idle-expired; the credential columns are placeholders, never decrypted). Returns its id.
 */
export async function insertTestSession(db: Db, over: { fingerprint?: string; uid?: string; idleExpiresAt?: Date; createdAt?: Date } = {}): Promise<string> {
  const id = `test-session-${randomBytes(6).toString('hex')}`;
  await db.insert(panelSessions).values({
    id,
    uid: over.uid ?? 'acc-1',
    userLogin: 'owner@example.com',
    userAccess: '@full',
    credentialKind: 'api-key',
    credentialFingerprint: over.fingerprint ?? 'fp',
    credentialEncrypted: 'placeholder',
    authSidEncrypted: 'placeholder',
    dmapiExpiresAt: new Date(Date.now() + 3_600_000),
    sessionTimeout: 3600,
    currency: 'EUR',
    account: { balance: 0, pendingAmount: 0, rebate: 0 },
    tlds: [],
    panelRole: 'owner',
    createdAt: over.createdAt ?? new Date(),
    idleExpiresAt: over.idleExpiresAt ?? new Date(Date.now() + 3_600_000),
  });
  return id;
}
