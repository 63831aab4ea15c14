import { bigserial, index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * A bulk job: one action (lock, renew, …) over a selection of domains. Run on the server by lib/jobs/runner.ts; the
 * per-item rows below carry the progress, so the counts are aggregated from them rather than kept here (two panel
 * processes may finish items of one job at the same time).
 */
export const bulkJobs = pgTable(
  'bulk_jobs',
  {
    id: serial('id').primaryKey(),
    /** The registry in lib/jobs/kinds: lock, unlock, autorenew, privacy, renew, nameservers, contacts. */
    kind: text('kind').notNull(),
    /** The action's validated parameters (e.g. { on: true } or { period: 12, maxPrice: 9.5 }). */
    params: jsonb('params').$type<Record<string, unknown>>().notNull(),
    /**
     * queued → running → done | cancelled; running ⇄ paused while the creator is signed out (items not claimed).
     * A revoked creator's job is cancelled.
     */
    state: text('state').notNull().default('queued'),
    /** Why the job is paused or was cancelled, as shown on the job page. */
    stateReason: text('state_reason'),
    accountUid: text('account_uid').notNull(),
    createdBy: text('created_by').notNull(),
    createdByName: text('created_by_name').notNull(),
    /**
     * The panel session whose DMAPI client runs the items (hashed id, as in panel_sessions.id). No item is sent once
     * that session has ended; a later sign-in of the same credential (`createdBy`) re-binds the job to its session.
     */
    sessionId: text('session_id'),
    total: integer('total').notNull(),
    /** Human summary shown in the job list, e.g. "Autorenew on: 50 domains". */
    title: text('title').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    /** When the job was paused: only a panel session of the creator made after this resumes it. */
    pausedAt: timestamp('paused_at', { withTimezone: true }),
  },
  (t) => [
    index('bulk_jobs_state_idx').on(t.state),
    index('bulk_jobs_account_idx').on(t.accountUid, t.createdAt),
    index('bulk_jobs_session_idx').on(t.sessionId),
    index('bulk_jobs_created_by_idx').on(t.createdBy),
  ],
);

/**
 * One domain (or one pattern, for the domain-set-property shortcut) of a job.
 * pending → running (claimed, not yet sent) → sent (written BEFORE the DMAPI call) → done | failed; or skipped.
 * A `sent` item is never sent again: after a crash it is resolved from result-list or marked unknown.
 */
export const bulkJobItems = pgTable(
  'bulk_job_items',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    jobId: integer('job_id')
      .notNull()
      .references(() => bulkJobs.id, { onDelete: 'cascade' }),
    /** ASCII (punycode) domain name, or a glob pattern when `isPattern` is 1. */
    domain: text('domain').notNull(),
    isPattern: integer('is_pattern').notNull().default(0),
    state: text('state').notNull().default('pending'),
    skipReason: text('skip_reason'),
    procId: text('proc_id'),
    trackingId: text('tracking_id'),
    /** Outcome of the queued request as result-list reports it: '?', 'ack' or 'nack'; null for immediate requests. */
    result: text('result'),
    error: text('error'),
    attempts: integer('attempts').notNull().default(0),
    claimedBy: text('claimed_by'),
    /** A running/sent item whose lease has run out belongs to a dead worker and is recovered. */
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('bulk_job_items_job_state_idx').on(t.jobId, t.state),
    index('bulk_job_items_state_idx').on(t.state),
    // The results inbox asks which job sent a page of Proc-IDs (lib/results/cause.ts).
    index('bulk_job_items_proc_id_idx').on(t.procId),
  ],
);

export type BulkJob = typeof bulkJobs.$inferSelect;
export type BulkJobItem = typeof bulkJobItems.$inferSelect;
