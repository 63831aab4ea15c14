/** login and logout. login's header set and order are fixed on the wire (docs/dmapi-notes.md, "login"). */
import { randomBytes } from 'node:crypto';
import { dmapiDateTime } from '../clock';
import { DmapiError } from '../errors';
import { registerHandler } from '../registry';
import { accountByApiKey, accountByLogin } from '../state/store';
import type { Account, SandboxState, UserAccess } from '../state/types';
import { formatCents } from '../money/pricing';
import { linesBody } from '../wire/reply';

export const SESSION_TIMEOUT_SEC = 3600;

function authenticate(ctx: Parameters<Parameters<typeof registerHandler>[2]>[0]): { account: Account; access: UserAccess; deny?: string[] } {
  const apiKey = ctx.params.text('api-key');
  if (apiKey) {
    const hit = accountByApiKey(ctx.state, apiKey);
    if (hit) return hit;
  } else {
    const username = ctx.params.text('username');
    const password = ctx.params.get('password');
    if (!username) throw new DmapiError('missing', 'username: missing required parameter (or give api-key)');
    if (password === undefined || password === '') throw new DmapiError('missing', 'password: missing required parameter');
    const account = accountByLogin(ctx.state, username);
    if (account && account.password === password) return { account, access: '@full' };
    if (account) {
      // Shown on the next successful login as Stats-last-error / Stats-last-error-ip.
      account.lastErrorAt = ctx.now;
      account.lastErrorIp = ctx.clientIp.replace(/^::ffff:/, '');
      ctx.markDirty([]);
    }
  }
  throw new DmapiError('auth', 'Invalid credentials', { httpStatus: 401 });
}

/**
 * Stats-number-of-domains and Stats-number-of-autorenew per account, counted once per domains version (the engine
 * bumps it whenever a domain may have changed): counting walks every domain of the world, which at 100,000 domains
 * made each login take 10–20 ms.
 */
const statsCache = new WeakMap<SandboxState, Map<string, { version: number; domains: number; autorenew: number }>>();

function domainStats(state: SandboxState, version: number, uid: string): { domains: number; autorenew: number } {
  let byUid = statsCache.get(state);
  if (!byUid) statsCache.set(state, (byUid = new Map()));
  const hit = byUid.get(uid);
  if (hit && hit.version === version) return hit;
  let domains = 0;
  let autorenew = 0;
  for (const d of state.domains.values()) {
    if (d.uid !== uid) continue;
    domains++;
    if (d.autorenew) autorenew++;
  }
  const stats = { version, domains, autorenew };
  byUid.set(uid, stats);
  return stats;
}

registerHandler(
  'login',
  'read',
  (ctx) => {
    const started = process.hrtime.bigint();
    const { account, access, deny } = authenticate(ctx);
    const sid = randomBytes(20).toString('hex');
    const now = ctx.now;
    ctx.state.sessions[sid] = { sid, uid: account.uid, access, createdAt: now, lastSeenAt: now, timeoutSec: SESSION_TIMEOUT_SEC, ...(deny ? { deny } : {}) };
    const { domains, autorenew } = domainStats(ctx.state, ctx.domainsVersion, account.uid);
    const lastLogin = account.lastLoginAt ? dmapiDateTime(account.lastLoginAt) : '';
    const lastIp = account.lastLoginIp ?? '';
    account.lastLoginAt = now;
    account.lastLoginIp = ctx.clientIp.replace(/^::ffff:/, '');
    ctx.markDirty([]);
    const prefixes = ctx.params.flag('prefixes');
    const body = linesBody(account.tlds.map((t) => (prefixes ? `${t}\t${account.handlePrefixes[t] ?? ''}` : t)));
    const timing = (Number(process.hrtime.bigint() - started) / 1e9).toFixed(3);
    return {
      httpStatus: 200,
      headers: [
        ['Status-Code', '0'],
        ['Status-Text', 'OK'],
        ['SvTrId', ctx.trackingId],
        ['Tracking-Id', ctx.trackingId],
        ['Timing', timing],
        ['Version', '1.2'],
        ['UID', account.uid],
        ['User-Login', account.login],
        ['Auth-Sid', sid],
        ['Session-Timeout', String(SESSION_TIMEOUT_SEC)],
        ['User-Access', access],
        ['Account-currency', account.currency],
        ['Account-balance', formatCents(account.balanceCents)],
        ['Account-pending_amount', formatCents(account.pendingCents)],
        ['Account-rebate', String(account.rebate)],
        ['Account-contract_date', account.contractDate],
        ['Stats-number-of-domains', String(domains)],
        ['Stats-last-login', lastLogin],
        ['Stats-last-ip', lastIp],
        ['Stats-last-error', account.lastErrorAt ? dmapiDateTime(account.lastErrorAt) : ''],
        ['Stats-last-error-ip', account.lastErrorIp ?? ''],
        ['Stats-number-of-autorenew', String(autorenew)],
      ],
      body,
      httpHeaders: { 'Set-Cookie': `dmapi-auth=${sid}; path=/` },
    };
  },
  { auth: false },
);

// `Status-Text: OK`, not "Command completed successfully": Joker's Python client (kad) aborts on anything else.
registerHandler('logout', 'read', (ctx) => {
  delete ctx.state.sessions[ctx.session.sid];
  ctx.markDirty([]);
  return ctx.ok({ status: 'okText' });
});
