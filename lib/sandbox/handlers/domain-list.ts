/**
 * query-domain-list: `domain expiration_date` rows, space-separated, sorted by name, with optional columns
 * (showstatus → domain_status, showgrants → the four GRANT_COLUMNS, showprivacy →
 * privacy-status,privacy-origin,privacy-expiration, showjokerns → jokerns `1`/`0`, last).
 * On the wire this reply has no Tracking-Id and its body no trailing newline; no match is an empty body and success.
 * Must stay under a second for 100,000 domains: one pass, no per-row lookups except the small grants index.
 */
import { DmapiError } from '../errors';
import { registerHandler } from '../registry';
import type { Domain, SandboxState } from '../state/types';
import { compileGlob } from '../../net/glob';
import { listBody } from '../wire/reply';
import { isJokerNs } from '../seed/catalog';

const DAY_MS = 86_400_000;
const ymdCache = new Map<number, string>();

/** YYYY-MM-DD, memoised per day: 100,000 toISOString calls per list are a measurable share of the budget. */
function ymd(at: number): string {
  const day = Math.floor(at / DAY_MS);
  let s = ymdCache.get(day);
  if (s === undefined) {
    s = new Date(day * DAY_MS).toISOString().slice(0, 10);
    ymdCache.set(day, s);
  }
  return s;
}

/**
 * The account's domains sorted by name, cached per Map: other handlers add and delete domains directly on
 * state.domains, so the cache is checked (same size, every entry still the same object) instead of invalidated.
 */
const sortedCache = new WeakMap<Map<string, Domain>, Domain[]>();

export function sortedDomains(domains: Map<string, Domain>): Domain[] {
  const cached = sortedCache.get(domains);
  if (cached && cached.length === domains.size && cached.every((d) => domains.get(d.name) === d)) return cached;
  const all = [...domains.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  sortedCache.set(domains, all);
  return all;
}

export function domainStatus(d: Domain): string {
  return d.locked ? (d.autorenew ? 'production,lock,autorenew' : 'production,lock') : d.autorenew ? 'production,autorenew' : 'production';
}

function position(raw: string | undefined, field: string): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) throw new DmapiError('syntax', `${field}: must be a positive whole number (position in the list)`);
  return Number(raw);
}

/**
 * Whole answers cached per account and options, valid while the engine's domains version is unchanged (every
 * request or job that may touch a domain, zone or grant bumps it; logins and contact/host changes do not). A panel
 * re-reading 100,000 domains then pays once; startSandbox warms the common variants in the background.
 */
const answerCache = new WeakMap<object, Map<string, { version: number; columns: string; body: string }>>();
const CACHE_ENTRIES = 6;

export interface DomainListOptions {
  pattern?: string;
  from?: number;
  to?: number;
  showStatus?: boolean;
  showGrants?: boolean;
  showPrivacy?: boolean;
  showJokerNs?: boolean;
}

/**
 * showgrants columns, as Joker's reseller panel reads them: the account's own role(s), whether it may invite
 * (`true` for its own domains), the number of confirmed grants and of pending invitations. Without from/to the live
 * server does not count invitations and says `undef`; with from or to it gives the number.
 */
export const GRANT_COLUMNS = ['own_role', 'invitation_possible', 'number_of_confirmed_grants', 'pending_invitations'];

/** The grant part of an own domain without grants or invitations (most rows): one shared string. */
const OWN_UNDEF = ' @creator true 0 undef';
const OWN_COUNTED = ' @creator true 0 0';

interface GrantFacts {
  /** Roles this account holds on other accounts' domains. */
  granted: Map<string, string>;
  confirmed: Map<string, number>;
  invitations: Map<string, number> | null;
}

function grantFacts(state: SandboxState, uid: string, countInvitations: boolean, now: number): GrantFacts {
  const granted = new Map<string, string>();
  const confirmed = new Map<string, number>();
  for (const g of state.grants) {
    confirmed.set(g.domain, (confirmed.get(g.domain) ?? 0) + 1);
    if (g.clientUid !== uid) continue;
    const had = granted.get(g.domain);
    granted.set(g.domain, had ? `${had},${g.role}` : g.role);
  }
  let invitations: Map<string, number> | null = null;
  if (countInvitations) {
    invitations = new Map();
    for (const i of state.invitations) if (i.status === 'open' && i.expiresAt > now) invitations.set(i.domain, (invitations.get(i.domain) ?? 0) + 1);
  }
  return { granted, confirmed, invitations };
}

export function domainListAnswer(state: SandboxState, version: number, uid: string, o: DomainListOptions, now = Date.now()): { columns: string; body: string } {
  const key = [uid, o.pattern ?? '', o.from ?? '', o.to ?? '', !!o.showStatus, !!o.showGrants, !!o.showPrivacy, !!o.showJokerNs].join('|');
  let perState = answerCache.get(state);
  if (!perState) answerCache.set(state, (perState = new Map()));
  const hit = perState.get(key);
  if (hit && hit.version === version) return hit;

  const re = o.pattern && o.pattern !== '*' ? compileGlob(o.pattern) : null;
  const counted = o.from !== undefined || o.to !== undefined;
  const facts = grantFacts(state, uid, !!o.showGrants && counted, now);
  const variant = (o.showStatus ? 1 : 0) | (o.showGrants ? 2 : 0) | (o.showPrivacy ? 4 : 0);
  const first = o.from ? o.from - 1 : 0;
  const last = o.to ?? Number.MAX_SAFE_INTEGER;
  const lines: string[] = [];
  let index = 0;
  for (const d of sortedDomains(state.domains)) {
    const own = d.uid === uid;
    if (!own && !(o.showGrants && facts.granted.has(d.name))) continue;
    if (re && !re.test(d.name)) continue;
    index++;
    if (index <= first) continue;
    if (index > last) break;
    let grants = '';
    if (o.showGrants) {
      const confirmed = own ? facts.confirmed.get(d.name) : undefined;
      const invited = own && facts.invitations ? facts.invitations.get(d.name) : undefined;
      if (own && confirmed === undefined && invited === undefined) grants = facts.invitations ? OWN_COUNTED : OWN_UNDEF;
      else {
        const pending = facts.invitations ? String(invited ?? 0) : 'undef';
        grants = own ? ` @creator true ${confirmed ?? 0} ${pending}` : ` ${facts.granted.get(d.name) ?? '-'} false 0 ${pending}`;
      }
    }
    // The whole line is memoised per column variant and grant part: at 100,000 rows most lists rebuild nothing.
    const m = memoOf(d);
    let line = m.lines[variant];
    if (line === undefined || m.grants[variant] !== grants) {
      line = `${d.name} ${ymd(d.expiresAt)}${o.showStatus ? ` ${domainStatus(d)}` : ''}${grants}${o.showPrivacy ? privacyColumns(d) : ''}`;
      m.lines[variant] = line;
      m.grants[variant] = grants;
    }
    lines.push(o.showJokerNs ? `${line} ${d.ns.some(isJokerNs) ? 1 : 0}` : line);
  }
  const columns = ['domain', 'expiration_date'];
  if (o.showStatus) columns.push('domain_status');
  if (o.showGrants) columns.push(...GRANT_COLUMNS);
  if (o.showPrivacy) columns.push('privacy-status', 'privacy-origin', 'privacy-expiration');
  // Documented only in Joker's older reference ("showing if domain is using Joker name servers"): always last.
  if (o.showJokerNs) columns.push('jokerns');
  const answer = { version, columns: columns.join(','), body: listBody(lines) };
  if (perState.size >= CACHE_ENTRIES) perState.delete(perState.keys().next().value as string);
  perState.set(key, answer);
  return answer;
}

function privacyColumns(d: Domain): string {
  const active = d.privacy === 'none' ? 'none' : d.privacyActive ? d.privacy : 'off';
  return ' ' + active + ' ' + d.privacy + ' ' + (d.privacyExpiresAt ? ymd(d.privacyExpiresAt) : '-');
}

/**
 * Rows memoised per domain object, checked against the fields they show: after one change anywhere the next list
 * rebuilds only the changed rows' strings instead of 100,000 of them.
 */
interface RowParts {
  /** Line per column variant (bits: status 1, grants 2, privacy 4), and the grant part it was built with. */
  lines: Array<string | undefined>;
  grants: Array<string | undefined>;
}
interface RowMemo {
  expiresAt: number;
  locked: boolean;
  autorenew: boolean;
  privacy: string;
  privacyActive: boolean;
  privacyExpiresAt: number | null;
  parts: RowParts;
}
const rowMemo = new WeakMap<Domain, RowMemo>();

function memoOf(d: Domain): RowParts {
  let m = rowMemo.get(d);
  if (!m || m.expiresAt !== d.expiresAt || m.locked !== d.locked || m.autorenew !== d.autorenew || m.privacy !== d.privacy || m.privacyActive !== d.privacyActive || m.privacyExpiresAt !== d.privacyExpiresAt) {
    m = { expiresAt: d.expiresAt, locked: d.locked, autorenew: d.autorenew, privacy: d.privacy, privacyActive: d.privacyActive, privacyExpiresAt: d.privacyExpiresAt, parts: { lines: [], grants: [] } };
    rowMemo.set(d, m);
  }
  return m.parts;
}

/** The variants the panel asks for (portfolio: all columns; customer page: showstatus), computed ahead of time. */
export function warmDomainList(state: SandboxState, version: number, uid: string): void {
  sortedDomains(state.domains);
  domainListAnswer(state, version, uid, { showStatus: true, showGrants: true, showPrivacy: true });
  domainListAnswer(state, version, uid, { showStatus: true });
}

registerHandler('query-domain-list', 'read', (ctx) => {
  const p = ctx.params;
  const answer = domainListAnswer(ctx.state, ctx.domainsVersion, ctx.account.uid, {
    pattern: p.text('pattern'),
    from: position(p.text('from'), 'from'),
    to: position(p.text('to'), 'to'),
    showStatus: p.flag('showstatus'),
    showGrants: p.flag('showgrants'),
    showPrivacy: p.flag('showprivacy'),
    showJokerNs: p.flag('showjokerns'),
  }, ctx.now);
  return ctx.ok({ noTracking: true, headers: [['Columns', answer.columns]], body: answer.body });
});
