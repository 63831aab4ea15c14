/**
 * query-domain-list: `domain expiration_date` rows, space-separated, sorted by name, with optional columns
 * (showstatus → domain_status, showgrants → grants, showprivacy → privacy-status,privacy-origin,privacy-expiration).
 * On the wire this reply has no Tracking-Id and its body no trailing newline; no match is an empty body and success.
 * Must stay under a second for 100,000 domains: one pass, no per-row lookups except the small grants index.
 */
import { DmapiError } from '../errors';
import { registerHandler } from '../registry';
import type { Domain, SandboxState } from '../state/types';
import { compileGlob } from '../../net/glob';
import { listBody } from '../wire/reply';

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
}

export function domainListAnswer(state: SandboxState, version: number, uid: string, o: DomainListOptions): { columns: string; body: string } {
  const key = [uid, o.pattern ?? '', o.from ?? '', o.to ?? '', !!o.showStatus, !!o.showGrants, !!o.showPrivacy].join('|');
  let perState = answerCache.get(state);
  if (!perState) answerCache.set(state, (perState = new Map()));
  const hit = perState.get(key);
  if (hit && hit.version === version) return hit;

  const re = o.pattern && o.pattern !== '*' ? compileGlob(o.pattern) : null;
  // Roles this account holds on other accounts' domains (grants); listed only with showgrants=1.
  const granted = new Map<string, string>();
  for (const g of state.grants) {
    if (g.clientUid !== uid) continue;
    const had = granted.get(g.domain);
    granted.set(g.domain, had ? `${had},${g.role}` : g.role);
  }
  const variant = (o.showStatus ? 1 : 0) | (o.showGrants ? 2 : 0) | (o.showPrivacy ? 4 : 0);
  const first = o.from ? o.from - 1 : 0;
  const last = o.to ?? Number.MAX_SAFE_INTEGER;
  const lines: string[] = [];
  let index = 0;
  for (const d of sortedDomains(state.domains)) {
    if (d.uid !== uid && !(o.showGrants && granted.has(d.name))) continue;
    if (re && !re.test(d.name)) continue;
    index++;
    if (index <= first) continue;
    if (index > last) break;
    lines.push(d.uid === uid ? ownRow(d, variant, o) : row(d, o, granted.get(d.name) ?? '-'));
  }
  const columns = ['domain', 'expiration_date'];
  if (o.showStatus) columns.push('domain_status');
  if (o.showGrants) columns.push('grants');
  if (o.showPrivacy) columns.push('privacy-status', 'privacy-origin', 'privacy-expiration');
  const answer = { version, columns: columns.join(','), body: listBody(lines) };
  if (perState.size >= CACHE_ENTRIES) perState.delete(perState.keys().next().value as string);
  perState.set(key, answer);
  return answer;
}

function row(d: Domain, o: DomainListOptions, grants: string): string {
  let line = d.name + ' ' + ymd(d.expiresAt);
  if (o.showStatus) line += ' ' + domainStatus(d);
  if (o.showGrants) line += ' ' + grants;
  if (o.showPrivacy) {
    const active = d.privacy === 'none' ? 'none' : d.privacyActive ? d.privacy : 'off';
    line += ' ' + active + ' ' + d.privacy + ' ' + (d.privacyExpiresAt ? ymd(d.privacyExpiresAt) : '-');
  }
  return line;
}

/**
 * Rows of the account's own domains, memoised per domain object and column variant, checked against the fields they
 * show: after one change anywhere the next list rebuilds only the changed rows instead of 100,000 strings.
 */
interface RowMemo {
  expiresAt: number;
  locked: boolean;
  autorenew: boolean;
  privacy: string;
  privacyActive: boolean;
  privacyExpiresAt: number | null;
  lines: Array<string | undefined>;
}
const rowMemo = new WeakMap<Domain, RowMemo>();

function ownRow(d: Domain, variant: number, o: DomainListOptions): string {
  let m = rowMemo.get(d);
  if (!m || m.expiresAt !== d.expiresAt || m.locked !== d.locked || m.autorenew !== d.autorenew || m.privacy !== d.privacy || m.privacyActive !== d.privacyActive || m.privacyExpiresAt !== d.privacyExpiresAt) {
    m = { expiresAt: d.expiresAt, locked: d.locked, autorenew: d.autorenew, privacy: d.privacy, privacyActive: d.privacyActive, privacyExpiresAt: d.privacyExpiresAt, lines: [] };
    rowMemo.set(d, m);
  }
  return (m.lines[variant] ??= row(d, o, '@creator'));
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
  });
  return ctx.ok({ noTracking: true, headers: [['Columns', answer.columns]], body: answer.body });
});
