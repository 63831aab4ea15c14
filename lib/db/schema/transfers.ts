import { index, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * Incoming transfers as the panel has watched them: domain-transfer-control reports only the current state, so the
 * states seen so far (and when) are kept here, one row per account and domain. A transfer started in the panel keeps
 * its Proc-ID (the queued result stays `?` for the whole transfer, then acks or nacks). A new transfer of the same
 * domain starts the row afresh.
 */
export const transferWatch = pgTable(
  'transfer_watch',
  {
    id: serial('id').primaryKey(),
    accountUid: text('account_uid').notNull(),
    /** ASCII (punycode) name. */
    domain: text('domain').notNull(),
    procId: text('proc_id'),
    startedByName: text('started_by_name'),
    startedAt: timestamp('started_at', { withTimezone: true }),
    /** States in the order the panel first saw them, with when. */
    states: jsonb('states').$type<{ state: string; at: string }[]>().notNull().default([]),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }),
    /** When the transfer left domain-transfer-control's list (completed or cancelled), or reached a final state. */
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('transfer_watch_account_domain_idx').on(t.accountUid, t.domain), index('transfer_watch_account_ended_idx').on(t.accountUid, t.endedAt)],
);

export type TransferWatchRow = typeof transferWatch.$inferSelect;
