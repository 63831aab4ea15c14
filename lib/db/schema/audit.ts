import { bigserial, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** One row per mutation made through the panel. Parameters are stored with secrets removed. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    accountUid: text('account_uid').notNull(),
    actorFingerprint: text('actor_fingerprint').notNull(),
    actorName: text('actor_name').notNull(),
    role: text('role').notNull(),
    ip: text('ip'),
    /** The panel action (e.g. renewDomainAction) or panel-only operation (team-register). */
    action: text('action').notNull(),
    /** The DMAPI request name, or `panel:<operation>` for changes that stay inside the panel. */
    request: text('request').notNull(),
    object: text('object'),
    params: jsonb('params').$type<Record<string, unknown>>().notNull(),
    outcome: text('outcome').notNull(),
    statusCode: integer('status_code'),
    errors: jsonb('errors').$type<string[]>().notNull(),
    trackingId: text('tracking_id'),
    procId: text('proc_id'),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_actor_idx').on(t.actorFingerprint),
    index('audit_log_request_idx').on(t.request),
    index('audit_log_object_idx').on(t.object),
    // The results inbox asks who caused a page of Proc-IDs (lib/results/cause.ts).
    index('audit_log_proc_id_idx').on(t.accountUid, t.procId),
  ],
);
