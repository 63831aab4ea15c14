import { index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row per signed-in browser. The next-auth cookie carries only the random session id; the row is keyed by its
 * SHA-256 so that a copy of the database does not hand out live cookies. The credential and the DMAPI Auth-Sid are
 * stored AES-256-GCM encrypted (lib/auth/crypto.ts), never in clear text.
 */
export const panelSessions = pgTable(
  'panel_sessions',
  {
    id: text('id').primaryKey(),
    uid: text('uid').notNull(),
    userLogin: text('user_login').notNull(),
    userAccess: text('user_access').notNull(),
    credentialKind: text('credential_kind').notNull(),
    credentialFingerprint: text('credential_fingerprint').notNull(),
    credentialEncrypted: text('credential_encrypted').notNull(),
    authSidEncrypted: text('auth_sid_encrypted').notNull(),
    /** Sliding DMAPI inactivity expiry (Session-Timeout after the last use we know of). */
    dmapiExpiresAt: timestamp('dmapi_expires_at', { withTimezone: true }).notNull(),
    sessionTimeout: integer('session_timeout').notNull(),
    currency: text('currency').notNull(),
    /** Account-balance, Account-pending_amount, Account-rebate as of the last login. */
    account: jsonb('account').$type<{ balance: number; pendingAmount: number; rebate: number }>().notNull(),
    tlds: jsonb('tlds').$type<string[]>().notNull(),
    /** query-request-list of this session's key, read on first need (lib/auth/request-list.ts); null until then. */
    requests: jsonb('requests').$type<string[]>(),
    /** The panel role resolved at sign-in; team_members overrides it per request for staff keys. */
    panelRole: text('panel_role').notNull(),
    ip: text('ip'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    idleExpiresAt: timestamp('idle_expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('panel_sessions_fingerprint_idx').on(t.credentialFingerprint)],
);

/**
 * Staff of the reseller account, by API-key fingerprint. `role` null means the key signed in without being registered
 * (read-only until the owner assigns a role). `status` revoked refuses the key.
 */
export const teamMembers = pgTable('team_members', {
  id: serial('id').primaryKey(),
  uid: text('uid'),
  fingerprint: text('fingerprint').notNull().unique(),
  credentialKind: text('credential_kind').notNull(),
  name: text('name').notNull(),
  role: text('role'),
  status: text('status').notNull().default('active'),
  keyEncrypted: text('key_encrypted'),
  /** The last four characters of the key, so the owner can tell keys apart. */
  keyHint: text('key_hint').notNull(),
  userLogin: text('user_login'),
  userAccess: text('user_access'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
});

/** Failed sign-ins, one row per failure per subject (client IP, credential fingerprint), for the brute-force limit. */
export const signInFailures = pgTable(
  'sign_in_failures',
  {
    id: serial('id').primaryKey(),
    subject: text('subject').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sign_in_failures_subject_at_idx').on(t.subject, t.at)],
);
