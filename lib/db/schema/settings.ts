import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Panel-wide settings (key/value), e.g. the reseller's designated service credential reference. */
export const panelSettings = pgTable('panel_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
