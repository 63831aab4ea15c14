import { bigserial, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The whois verification workspace's own records. `wa-email-list` names only the e-mails still pending, so the panel
 * keeps a mirror of what it has seen (to show an entry as lapsed or answered once Joker stops listing it), the staff's
 * notes, and who did what to which e-mail. Verification and confirmation keys are never stored.
 */
export const verificationEntries = pgTable(
  'verification_entries',
  {
    accountUid: text('account_uid').notNull(),
    /** Lower-cased owner e-mail address. */
    email: text('email').notNull(),
    /** The domains waiting on this address, with each one's deadline (ISO), as wa-email-list last listed them. */
    domains: jsonb('domains').$type<{ domain: string; deadline: string | null }[]>().notNull(),
    /** ` com net ` style: the TLDs of `domains`, space-padded, for the TLD filter. */
    tlds: text('tlds').notNull(),
    /** The nearest deadline of its domains. */
    deadline: timestamp('deadline', { withTimezone: true }),
    /** pending | verified | refused (answered no) | lapsed (deadline passed unanswered) | closed (no longer known). */
    state: text('state').notNull(),
    firstSeen: timestamp('first_seen', { withTimezone: true }).notNull().defaultNow(),
    lastSeen: timestamp('last_seen', { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.accountUid, t.email] }), index('verification_entries_state_idx').on(t.accountUid, t.state, t.deadline)],
);

/** Notes staff keep on an e-mail address (append-only: the newest is shown in the list). */
export const verificationNotes = pgTable(
  'verification_notes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    accountUid: text('account_uid').notNull(),
    email: text('email').notNull(),
    body: text('body').notNull(),
    authorName: text('author_name').notNull(),
    authorFingerprint: text('author_fingerprint').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('verification_notes_email_idx').on(t.accountUid, t.email, t.at)],
);

/**
 * Per-e-mail history: resends, look-ups, answers recorded by staff (with why), answers given on the public pages.
 * `email` is null for a change-of-registrant answer (cor-verify names no address).
 */
export const verificationActivity = pgTable(
  'verification_activity',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    accountUid: text('account_uid').notNull(),
    email: text('email'),
    domains: jsonb('domains').$type<string[]>().notNull(),
    /** resend | lookup | answer (staff, for an owner) | owner-answer (/verify) | cor-answer (/cor) | note */
    kind: text('kind').notNull(),
    /** yes | no for answers. */
    answer: text('answer'),
    /** ok | refused (Result: NACK) | error */
    outcome: text('outcome').notNull(),
    /** The outcome in words, or the staff member's reason. */
    detail: text('detail').notNull(),
    actorName: text('actor_name').notNull(),
    actorFingerprint: text('actor_fingerprint'),
    ip: text('ip'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('verification_activity_email_idx').on(t.accountUid, t.email, t.at), index('verification_activity_kind_idx').on(t.accountUid, t.kind, t.at)],
);

/** Requests per client address per fixed window on the public landing pages (see lib/verification/public-limit.ts). */
export const publicPageHits = pgTable(
  'public_page_hits',
  {
    subject: text('subject').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    hits: integer('hits').notNull(),
  },
  (t) => [primaryKey({ columns: [t.subject, t.windowStart] })],
);
