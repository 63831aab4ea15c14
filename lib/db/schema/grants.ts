import { index, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * A grant invitation made through the panel (grants-invite without client-uid): Joker mails the invitee a key, the
 * panel adds a landing link of its own (/invite/<token>). The row follows the invitation to its end:
 * pending → accepted (in the panel, or found accepted at Joker.com) | revoked | superseded (the domain left the
 * portfolio, or a direct assignment replaced it). The token is stored hashed for look-up and encrypted for the
 * reseller's copy button; Joker's key (grants-list showkey=1) only encrypted, to recognise the invitation again.
 */
export const grantInvitations = pgTable(
  'grant_invitations',
  {
    id: serial('id').primaryKey(),
    /** The reseller account whose domain it is. */
    accountUid: text('account_uid').notNull(),
    /** ASCII (punycode) name. */
    domain: text('domain').notNull(),
    role: text('role').notNull(),
    /** The invited address, lower case: it must match the accepting account's User-Login. */
    email: text('email').notNull(),
    nickName: text('nick_name'),
    /** Joker's id of the invitation (grants-list `scope`), for grants-revoke; null when grants-list did not show it. */
    scope: text('scope'),
    keyEncrypted: text('key_encrypted'),
    /** SHA-256 of the landing token (hex). */
    tokenHash: text('token_hash').notNull().unique(),
    tokenEncrypted: text('token_encrypted').notNull(),
    state: text('state').notNull().default('pending'),
    /** Why and how it left `pending`, in words (shown to the reseller and on the landing page). */
    stateReason: text('state_reason'),
    /** Who sent it: the reseller account's User-Login, and the person (team member name or login). */
    inviterLogin: text('inviter_login').notNull(),
    inviterName: text('inviter_name').notNull(),
    inviterFingerprint: text('inviter_fingerprint').notNull(),
    /** The bulk job that sent it, if any. */
    jobId: integer('job_id'),
    acceptedUid: text('accepted_uid'),
    acceptedLogin: text('accepted_login'),
    /** An Accept in progress holds the row until then, so two Accepts never both send grants-invite. */
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    settledAt: timestamp('settled_at', { withTimezone: true }),
  },
  (t) => [
    index('grant_invitations_domain_idx').on(t.accountUid, t.domain),
    index('grant_invitations_email_idx').on(t.email, t.state),
  ],
);

export type GrantInvitation = typeof grantInvitations.$inferSelect;
