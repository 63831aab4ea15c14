import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { verificationEntries } from '@/lib/db/schema';
import { type DmapiClient, type EmailStatus, waEmailList, waEmailQueryStatus } from '@/lib/dmapi';
import { log } from '@/lib/log';
import { accountCached, dropAccountCached } from '@/lib/portfolio/account-cache';
import type { EntryState } from '@/lib/schemas/verification';
import { answeredNoSince } from './activity';
import { groupPending, type PendingGroup } from './pending';

/**
 * The mirror of the account's verifications. wa-email-list names only what is still pending, so an entry that drops
 * out of it is asked about once with wa-email-query-status: `verified`, or `invalid` (a "no" the panel recorded makes
 * it refused, otherwise its deadline passed: lapsed, DMAPI documentation "if there is no answer before verification
 * deadline … the status is also set to invalid"), or `unverified` (Joker no longer knows it: closed).
 */
export type EntryRow = typeof verificationEntries.$inferSelect;

const LIST = 'wa-email-list';
/** How long one wa-email-list answer serves every view of the account. */
export const LIST_MAX_AGE_MS = 60_000;
/** At most this many departed entries are asked about per sync; the rest wait for the next one. */
const STATUS_CHECKS_PER_SYNC = 50;

export interface PendingList {
  groups: PendingGroup[];
  readAt: number;
}

/** The account's pending list, read at most once a minute (or now, with `refresh`), shared by every view. */
export function pendingList(uid: string, client: DmapiClient, refresh = false): Promise<PendingList> {
  return accountCached(uid, LIST, LIST_MAX_AGE_MS, async () => ({ groups: groupPending(await waEmailList(client)), readAt: Date.now() }), refresh ? { fresherThan: 0 } : {});
}

/** After an answer or anything else that changes the pending list: the next view reads it again. */
export function forgetPendingList(uid: string): void {
  dropAccountCached(uid, LIST);
}

const syncs = new WeakMap<PendingList, Promise<void>>();

/**
 * Brings the mirror up to date with one list answer, asking about entries that left it. Once per answer: views that
 * share the answer share the sync; a failed sync is tried again by the next view.
 */
export function syncEntries(db: Db, uid: string, list: PendingList, client: DmapiClient): Promise<void> {
  let running = syncs.get(list);
  if (!running) {
    running = sync(db, uid, list, client);
    syncs.set(list, running);
    running.catch(() => syncs.delete(list));
  }
  return running;
}

async function sync(db: Db, uid: string, list: PendingList, client: DmapiClient): Promise<void> {
  const now = new Date(list.readAt);
  for (let i = 0; i < list.groups.length; i += 500) {
    const chunk = list.groups.slice(i, i + 500).map((g) => ({
      accountUid: uid,
      email: g.email,
      domains: g.domains,
      tlds: ` ${g.tlds.join(' ')} `,
      deadline: g.deadline === null ? null : new Date(g.deadline),
      state: 'pending',
      firstSeen: now,
      lastSeen: now,
      resolvedAt: null,
    }));
    await db
      .insert(verificationEntries)
      .values(chunk)
      .onConflictDoUpdate({
        target: [verificationEntries.accountUid, verificationEntries.email],
        set: {
          domains: sql`excluded.domains`,
          tlds: sql`excluded.tlds`,
          deadline: sql`excluded.deadline`,
          lastSeen: sql`excluded.last_seen`,
          // A new verification cycle of an address answered before starts its history again.
          firstSeen: sql`case when ${verificationEntries.state} = 'pending' then ${verificationEntries.firstSeen} else excluded.first_seen end`,
          state: 'pending',
          resolvedAt: null,
        },
      });
  }
  const listed = new Set(list.groups.map((g) => g.email));
  const open = await db
    .select()
    .from(verificationEntries)
    .where(and(eq(verificationEntries.accountUid, uid), eq(verificationEntries.state, 'pending')));
  const departed = open.filter((e) => !listed.has(e.email)).slice(0, STATUS_CHECKS_PER_SYNC);
  await inBatches(departed, 4, async (entry) => {
    let status: EmailStatus;
    try {
      status = await waEmailQueryStatus(client, { email: entry.email });
    } catch (error) {
      log('verification').warn({ request: 'wa-email-query-status', reason: error instanceof Error ? error.name : 'unknown' }, 'could not settle a departed verification; retried at the next sync');
      return;
    }
    if (status === 'pending') return;
    const state: EntryState = status === 'verified' ? 'verified' : status === 'unverified' ? 'closed' : (await answeredNoSince(db, uid, entry.email, entry.firstSeen)) ? 'refused' : 'lapsed';
    await setEntryState(db, uid, entry.email, state, now);
  });
}

/** Marks one address answered (by staff or on the public page) or otherwise settled. */
export async function setEntryState(db: Db, uid: string, email: string, state: EntryState, at = new Date()): Promise<void> {
  await db
    .update(verificationEntries)
    .set({ state, resolvedAt: state === 'pending' ? null : at })
    .where(and(eq(verificationEntries.accountUid, uid), eq(verificationEntries.email, email.toLowerCase())));
}

export async function entriesByEmail(db: Db, uid: string, emails: string[]): Promise<Map<string, EntryRow>> {
  const out = new Map<string, EntryRow>();
  if (emails.length === 0) return out;
  const rows = await db
    .select()
    .from(verificationEntries)
    .where(and(eq(verificationEntries.accountUid, uid), inArray(verificationEntries.email, emails.map((e) => e.toLowerCase()))));
  for (const row of rows) out.set(row.email, row);
  return out;
}

async function inBatches<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(width, items.length) }, async () => {
    while (next < items.length) await work(items[next++] as T);
  });
  await Promise.all(lanes);
}
