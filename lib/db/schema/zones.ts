import { index, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Zone history: Joker keeps none, and dns-zone-put replaces a whole zone. Before every put the panel stores the zone
 * as it was (and what it sent), with who, when and why, so any version can be looked at and restored. Texts are in
 * the DMAPI zone format with the DynDNS password replaced by its placeholder (lib/zone DYNDNS_PASSWORD_KEPT): no
 * secret is kept here.
 */
export const zoneHistory = pgTable(
  'zone_history',
  {
    id: serial('id').primaryKey(),
    /** The Joker account whose session made the put: each account sees only its own history of a zone. */
    accountUid: text('account_uid').notNull(),
    /** ASCII zone name. */
    domain: text('domain').notNull(),
    /** The zone as dns-zone-get showed it right before the put. */
    zoneBefore: text('zone_before').notNull(),
    /** The zone the put sent. */
    zoneAfter: text('zone_after').notNull(),
    actorFingerprint: text('actor_fingerprint').notNull(),
    actorName: text('actor_name').notNull(),
    comment: text('comment'),
    /** editor | restore | import | bulk. */
    source: text('source').notNull(),
    /**
     * sending (stored, put not answered yet) → sent (Proc-ID known) | unknown (the put may or may not have arrived).
     * A put Joker refused at once leaves no row: nothing changed.
     */
    state: text('state').notNull().default('sending'),
    procId: text('proc_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('zone_history_zone_idx').on(t.accountUid, t.domain, t.createdAt)],
);

export type ZoneHistoryRow = typeof zoneHistory.$inferSelect;
