import 'server-only';
import type { PanelSession } from '@/lib/auth';
import type { Db } from '@/lib/db';
import { ExpectedFailure } from '@/lib/failure/expected';
import { formatMoney, plural } from '@/lib/format';
import type { JobParams } from '@/lib/jobs/kinds';
import { kickJobRunner } from '@/lib/jobs/server';
import { insertJob } from '@/lib/jobs/store';
import type { OrderItem, OrderSummary } from './order-summary';

/**
 * Starts a bulk registration or transfer as a job (the runner sends one request per name, four at a time, and
 * resumes after a restart without sending a name twice). Refuses, before storing anything, when nothing would be
 * sent, the total grew beyond what the summary showed, or the balance does not cover it.
 */
export async function startOrderJob(
  db: Db,
  session: PanelSession,
  plan: { summary: OrderSummary; items: OrderItem[]; action: JobParams; maxPrices: Record<string, number> },
  confirmedTotal: number | undefined,
  extra: Record<string, unknown> = {},
): Promise<number> {
  const { summary } = plan;
  if (summary.send === 0) throw new ExpectedFailure('No name in the list can be sent.', { code: 'invalid', next: 'See why each was left out in the summary.' });
  if (confirmedTotal === undefined || summary.total > confirmedTotal + 0.005) {
    throw new ExpectedFailure(`The total is now ${formatMoney(summary.total, summary.currency)}, not what the summary showed. Nothing was started.`, {
      code: 'failed',
      next: 'Review the summary again.',
    });
  }
  if (summary.balanceAfter < 0) {
    throw new ExpectedFailure(`The balance (${formatMoney(summary.balance, summary.currency)}) does not cover ${formatMoney(summary.total, summary.currency)}. Nothing was started.`, {
      code: 'failed',
      next: 'Top up at Joker.com or shorten the list.',
      fix: { label: 'Top up at Joker.com', href: 'https://joker.com/', action: 'top-up' },
    });
  }
  const job = await insertJob(db, {
    kind: plan.action.kind,
    params: { action: plan.action, maxPrices: plan.maxPrices, actorRole: session.role, ...extra },
    accountUid: session.uid,
    createdBy: session.actorFingerprint,
    createdByName: session.actorName,
    sessionId: session.id,
    title: `${summary.title}: ${plural(summary.send, 'domain')}, ${formatMoney(summary.total, summary.currency)}`,
    items: plan.items.map((i) => ({ domain: i.domain, ...(i.skipReason ? { skipReason: i.skipReason } : {}) })),
  });
  await kickJobRunner();
  return job.id;
}
