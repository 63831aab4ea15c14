import 'server-only';
import { and, eq, gt, isNull, or } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { transferWatch, type TransferWatchRow } from '@/lib/db/schema/transfers';
import type { PendingTransfer } from '@/lib/dmapi';
import { isFinalTransferState } from './transfer-states';

/**
 * The panel's memory of incoming transfers (lib/db/schema/transfers.ts): a start records the Proc-ID; each read of
 * domain-transfer-control's list records the states seen; a transfer that left the list has ended. Ended ones stay
 * visible for 30 days.
 */

const KEEP_ENDED_MS = 30 * 86_400_000;

export async function recordTransferStart(db: Db, accountUid: string, domain: string, procId: string, by: string, now = new Date()): Promise<void> {
  const fresh = { procId, startedByName: by, startedAt: now, states: [], lastSeenAt: null, endedAt: null };
  await db
    .insert(transferWatch)
    .values({ accountUid, domain, ...fresh })
    .onConflictDoUpdate({ target: [transferWatch.accountUid, transferWatch.domain], set: fresh });
}

/** Records what the list says now; returns every watched transfer of the account (pending, and ended in 30 days). */
export async function observeTransfers(db: Db, accountUid: string, pending: readonly PendingTransfer[], now = new Date()): Promise<TransferWatchRow[]> {
  const rows = await db.select().from(transferWatch).where(eq(transferWatch.accountUid, accountUid));
  const known = new Map(rows.map((r) => [r.domain, r]));
  const listed = new Set<string>();
  for (const t of pending) {
    const domain = t.domain.toLowerCase();
    listed.add(domain);
    const row = known.get(domain);
    const at = now.toISOString();
    if (!row) {
      await db.insert(transferWatch).values({ accountUid, domain, states: [{ state: t.state, at }], lastSeenAt: now, endedAt: isFinalTransferState(t.state) ? now : null }).onConflictDoNothing();
      continue;
    }
    // A row that had ended (or was started afresh) and is listed again in an early state: a new transfer.
    const restarted = row.endedAt !== null && !isFinalTransferState(t.state);
    const states = restarted ? [] : [...row.states];
    if (states.at(-1)?.state !== t.state) states.push({ state: t.state, at });
    const endedAt = isFinalTransferState(t.state) ? (row.endedAt ?? now) : null;
    await db.update(transferWatch).set({ states, lastSeenAt: now, endedAt, ...(restarted ? { procId: null, startedAt: null, startedByName: null } : {}) }).where(eq(transferWatch.id, row.id));
  }
  for (const row of rows) {
    // Left the list: completed or cancelled (domain-transfer-control lists neither). A start not yet listed has not.
    if (!listed.has(row.domain) && row.endedAt === null && row.states.length > 0) {
      await db.update(transferWatch).set({ endedAt: now }).where(eq(transferWatch.id, row.id));
    }
  }
  return watchedTransfers(db, accountUid, now);
}

export async function watchedTransfers(db: Db, accountUid: string, now = new Date()): Promise<TransferWatchRow[]> {
  const since = new Date(now.getTime() - KEEP_ENDED_MS);
  return db
    .select()
    .from(transferWatch)
    .where(and(eq(transferWatch.accountUid, accountUid), or(isNull(transferWatch.endedAt), gt(transferWatch.endedAt, since))));
}
