/**
 * DMAPI `login` and `logout`: the session object the panel keeps server-side.
 */
import 'server-only';
import { DmapiTransportError } from './errors';
import { bodyLines, header, parseAmount, type DmapiReply } from './parse';
import type { Transport } from './transport';

export type Credential = { apiKey: string } | { username: string; password: string };
export type UserAccess = '@full' | '@modify-only' | '@readonly';

export interface DmapiSession {
  authSid: string;
  uid: string;
  userLogin: string;
  userAccess: UserAccess;
  /** Seconds of inactivity after which Joker forgets the session (sliding). */
  sessionTimeout: number;
  account: { currency: string; balance: number; pendingAmount: number; rebate: number };
  tlds: string[];
  /** TLD → contact-handle prefix, only with `prefixes: true`. */
  prefixes?: Record<string, string>;
}

const ACCESS: readonly UserAccess[] = ['@full', '@modify-only', '@readonly'];

/**
 * Read a login reply. Header names are matched case-insensitively because the wire spells some with a lower-case
 * second word (`Account-balance`, `Account-pending_amount`). A login with username and password has no
 * User-Access header on some servers; that account may do everything, so it counts as `@full`.
 */
export function sessionFromReply(reply: DmapiReply, withPrefixes: boolean): DmapiSession {
  const authSid = header(reply, 'Auth-Sid');
  if (!authSid) throw new DmapiTransportError('login', 'truncated', 'login reply without Auth-Sid');
  const access = header(reply, 'User-Access') ?? '@full';
  const timeout = Number.parseInt(header(reply, 'Session-Timeout') ?? '', 10);
  const tlds: string[] = [];
  const prefixes: Record<string, string> = {};
  for (const line of bodyLines(reply.body)) {
    const [tld, prefix] = line.trim().split(/\s+/);
    if (!tld) continue;
    tlds.push(tld);
    if (prefix) prefixes[tld] = prefix;
  }
  const session: DmapiSession = {
    authSid,
    uid: header(reply, 'UID') ?? '',
    userLogin: header(reply, 'User-Login') ?? '',
    userAccess: (ACCESS as readonly string[]).includes(access) ? (access as UserAccess) : '@readonly',
    sessionTimeout: Number.isNaN(timeout) ? 3600 : timeout,
    account: {
      currency: header(reply, 'Account-Currency') ?? '',
      balance: parseAmount(header(reply, 'Account-Balance')) ?? 0,
      pendingAmount: parseAmount(header(reply, 'Account-Pending_Amount')) ?? 0,
      rebate: parseAmount(header(reply, 'Account-Rebate')) ?? 0,
    },
    tlds,
  };
  if (withPrefixes) session.prefixes = prefixes;
  return session;
}

/**
 * DMAPI `login` with an API key or with username and password. Not queued. Transport failures are retried once
 * (a login changes nothing but the session table). Throws DmapiAuthError when the credential is refused.
 */
export async function login(transport: Transport, credential: Credential, options: { prefixes?: boolean } = {}): Promise<DmapiSession> {
  const params =
    'apiKey' in credential
      ? { 'api-key': credential.apiKey }
      : { username: credential.username, password: credential.password };
  const reply = await transport.call('login', { ...params, prefixes: options.prefixes ? 1 : undefined }, { idempotent: true });
  return sessionFromReply(reply, options.prefixes === true);
}

/** DMAPI `logout`: ends the session on the server. Not queued; never retried. */
export async function logoutSession(transport: Transport, authSid: string): Promise<void> {
  await transport.call('logout', { 'auth-sid': authSid });
}
