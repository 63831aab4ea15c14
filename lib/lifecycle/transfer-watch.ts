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

/** How a queued transfer request ended, by its Proc-ID (result-list): ack, nack, or still open / unknown. */
export type ResultOf = (procId: string) => Promise<'ack' | 'nack' | '?' | undefined>;

/**
 * Records what the list says now; returns every watched transfer of the account (pending, and ended in 30 days). A
 * transfer that is no longer listed has ended (domain-transfer-control lists neither completed nor cancelled ones);
 * where the panel started it, its request's result tells which: ack adds the final state.
 */
export async function observeTransfers(db: Db, accountUid: string, pending: readonly PendingTransfer[], resultOf: ResultOf, now = new Date()): Promise<TransferWatchRow[]> {
  const rows = await db.select().from(transferWatch).where(eq(transferWatch.accountUid, accountUid));
  const known = new Map(rows.map((r) => [r.domain, r]));
  const listed = new Set<string>();
  const at = now.toISOString();
  for (const t of pending) {
    const domain = t.domain.toLowerCase();
    listed.add(domain);
    const row = known.get(domain);
    if (!row) {
      await db.insert(transferWatch).values({ accountUid, domain, states: [{ state: t.state, at }], lastSeenAt: now, endedAt: isFinalTransferState(t.state) ? now : null }).onConflictDoNothing();
      continue;
    }
    // A row that had ended and is listed again in an early state: a new transfer.
    const restarted = row.endedAt !== null && !isFinalTransferState(t.state);
    const states = restarted ? [] : [...row.states];
    if (states.at(-1)?.state !== t.state) states.push({ state: t.state, at });
    const endedAt = isFinalTransferState(t.state) ? (row.endedAt ?? now) : null;
    await db.update(transferWatch).set({ states, lastSeenAt: now, endedAt, ...(restarted ? { procId: null, startedAt: null, startedByName: null } : {}) }).where(eq(transferWatch.id, row.id));
  }
  for (const row of rows) {
    if (listed.has(row.domain) || row.endedAt !== null) continue;
    const outcome = row.procId ? await resultOf(row.procId).catch(() => undefined) : undefined;
    // Seen before and gone, or its request settled: ended. A start never listed and still open has not.
    if (row.states.length === 0 && outcome !== 'ack' && outcome !== 'nack') continue;
    const states = outcome === 'ack' ? [...row.states, { state: 'TRANSFER_PROCESSED_SUCCESSFULLY', at }] : row.states;
    await db.update(transferWatch).set({ endedAt: now, states }).where(eq(transferWatch.id, row.id));
  }
  return watchedTransfers(db, accountUid, now);
}

/** A state learnt outside the list (the answer to a cancel), added if it is new. */
export async function recordTransferState(db: Db, accountUid: string, domain: string, state: string, now = new Date()): Promise<void> {
  const [row] = await db.select().from(transferWatch).where(and(eq(transferWatch.accountUid, accountUid), eq(transferWatch.domain, domain)));
  const entry = { state, at: now.toISOString() };
  if (!row) {
    await db.insert(transferWatch).values({ accountUid, domain, states: [entry], lastSeenAt: now, endedAt: isFinalTransferState(state) ? now : null }).onConflictDoNothing();
    return;
  }
  if (row.states.at(-1)?.state === state) return;
  await db.update(transferWatch).set({ states: [...row.states, entry], lastSeenAt: now, endedAt: isFinalTransferState(state) ? now : row.endedAt }).where(eq(transferWatch.id, row.id));
}

export async function watchedTransfers(db: Db, accountUid: string, now = new Date()): Promise<TransferWatchRow[]> {
  const since = new Date(now.getTime() - KEEP_ENDED_MS);
  return db
    .select()
    .from(transferWatch)
    .where(and(eq(transferWatch.accountUid, accountUid), or(isNull(transferWatch.endedAt), gt(transferWatch.endedAt, since))));
}
