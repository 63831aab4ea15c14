import { pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Contact defaults per TLD of one DMAPI account (Settings → Contact defaults): the handles register, transfer and the
 * bulk contact replacement start from, so a reseller with fixed handles per TLD never types them again. A role
 * without a default is null.
 */
export const contactDefaults = pgTable(
  'contact_defaults',
  {
    accountUid: text('account_uid').notNull(),
    tld: text('tld').notNull(),
    owner: text('owner'),
    admin: text('admin'),
    tech: text('tech'),
    billing: text('billing'),
    /** Who saved them last (the panel member's name) and when. */
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountUid, t.tld] })],
);
