import { compileGlob, isGlob } from '@/lib/net/glob';
import type { PortfolioRow, PrivacyLevel } from './types';

/** Everything the domain list can be narrowed and ordered by; serialised into the URL by url-state.ts. */
export interface PortfolioFilters {
  /** Text (substring) or, when it holds `*` or `?`, a glob over the whole name (`a*.de`). */
  q: string;
  tld: string;
  /** '' | 'expired' | days as a string ('30'): expiring within N days (not yet expired). */
  exp: string;
  locked: '' | 'yes' | 'no';
  autorenew: '' | 'on' | 'off';
  privacy: '' | PrivacyLevel;
  /** yes: others hold grants or invitations on it; no: nobody; shared: another account shared it with this one. */
  grants: '' | 'yes' | 'no' | 'shared';
  sort: SortKey;
  dir: 'asc' | 'desc';
}

export const SORT_KEYS = ['domain', 'tld', 'expires', 'status', 'privacy', 'role', 'grants', 'invitations'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const DEFAULT_FILTERS: PortfolioFilters = {
  q: '',
  tld: '',
  exp: '',
  locked: '',
  autorenew: '',
  privacy: '',
  grants: '',
  sort: 'domain',
  dir: 'asc',
};

const DAY = 86_400_000;

/** One predicate built per filter change, so the per-row work is a few comparisons. */
export function buildPredicate(f: PortfolioFilters, now: number): (row: PortfolioRow) => boolean {
  const tests: ((r: PortfolioRow) => boolean)[] = [];
  const q = f.q.trim().toLowerCase();
  if (q !== '') {
    if (isGlob(q)) {
      // Linear-time matcher: the pattern may come from a crafted `?q=` link (lib/net/glob.ts).
      const glob = compileGlob(q);
      tests.push((r) => glob.test(r.domain) || (r.display !== r.domain && glob.test(r.display)));
    } else {
      tests.push((r) => r.search.includes(q));
    }
  }
  if (f.tld) {
    const tld = f.tld.toLowerCase();
    tests.push((r) => r.tld === tld);
  }
  if (f.exp === 'expired') {
    tests.push((r) => r.expires !== 0 && r.expires < now);
  } else if (f.exp !== '') {
    const days = Number.parseInt(f.exp, 10);
    if (Number.isFinite(days) && days >= 0) {
      const until = now + days * DAY;
      tests.push((r) => r.expires >= now && r.expires <= until);
    }
  }
  if (f.locked) tests.push(f.locked === 'yes' ? (r) => r.locked : (r) => !r.locked);
  if (f.autorenew) tests.push(f.autorenew === 'on' ? (r) => r.autorenew : (r) => !r.autorenew);
  if (f.privacy) tests.push((r) => r.privacy === f.privacy);
  if (f.grants === 'shared') tests.push((r) => r.grants.length > 0);
  else if (f.grants) tests.push(f.grants === 'yes' ? hasGrants : (r) => !hasGrants(r));
  if (tests.length === 0) return () => true;
  return (r) => {
    for (const t of tests) if (!t(r)) return false;
    return true;
  };
}

export function filterRows(rows: readonly PortfolioRow[], f: PortfolioFilters, now: number): PortfolioRow[] {
  const keep = buildPredicate(f, now);
  const out: PortfolioRow[] = [];
  for (const r of rows) if (keep(r)) out.push(r);
  return out;
}

/** Other people hold a role on it or are invited to one (own domains), or it is shared with this account. */
export function hasGrants(r: PortfolioRow): boolean {
  return r.confirmedGrants > 0 || (r.pendingInvitations ?? 0) > 0 || r.grants.length > 0;
}

const PRIVACY_RANK: Record<PrivacyLevel, number> = { none: 0, basic: 1, pro: 2 };
const statusRank = (r: PortfolioRow) => (r.locked ? 2 : 0) + (r.autorenew ? 1 : 0);

function compareBy(key: SortKey): (a: PortfolioRow, b: PortfolioRow) => number {
  const byName = (a: PortfolioRow, b: PortfolioRow) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0);
  const then = (primary: (a: PortfolioRow, b: PortfolioRow) => number) => (a: PortfolioRow, b: PortfolioRow) =>
    primary(a, b) || byName(a, b);
  switch (key) {
    case 'domain':
      return byName;
    case 'tld':
      return then((a, b) => (a.tld < b.tld ? -1 : a.tld > b.tld ? 1 : 0));
    case 'expires':
      return then((a, b) => a.expires - b.expires);
    case 'status':
      return then((a, b) => statusRank(a) - statusRank(b));
    case 'privacy':
      return then((a, b) => PRIVACY_RANK[a.privacy] - PRIVACY_RANK[b.privacy]);
    case 'role':
      return then((a, b) => (a.grants.join() < b.grants.join() ? -1 : a.grants.join() > b.grants.join() ? 1 : 0));
    case 'grants':
      return then((a, b) => a.confirmedGrants - b.confirmedGrants);
    case 'invitations':
      return then((a, b) => (a.pendingInvitations ?? 0) - (b.pendingInvitations ?? 0));
  }
}

/**
 * Sorted copy. The list sorts the whole portfolio once per sort change and filters the sorted array, so a keystroke
 * in the filter box never pays for a 100,000-row sort.
 */
export function sortRows(rows: readonly PortfolioRow[], key: SortKey, dir: 'asc' | 'desc'): PortfolioRow[] {
  const cmp = compareBy(key);
  const sorted = rows.slice().sort(cmp);
  return dir === 'desc' ? sorted.reverse() : sorted;
}

/** Whole days from now until `ms` (negative when past), as shown in the list ("in 12 days"). */
export function daysUntil(ms: number, now: number): number {
  return Math.floor((ms - now) / DAY);
}

/**
 * filterRows with memory: when only the text changed and the new text contains the old one (typing on), the new
 * result is a subset of the last one, so only that is scanned. Typing "alpine" into 100,000 rows scans 100,000
 * rows once, then a shrinking few.
 */
export function narrowingFilter(): (rows: readonly PortfolioRow[], f: PortfolioFilters, now: number) => PortfolioRow[] {
  let last: { rows: readonly PortfolioRow[]; f: PortfolioFilters; now: number; result: PortfolioRow[] } | undefined;
  return (rows, f, now) => {
    const q = f.q.trim().toLowerCase();
    const prev = last;
    // The same view asked again (the list mounted anew, Back): the same answer, without a scan.
    if (prev !== undefined && prev.rows === rows && prev.now === now && (Object.keys(f) as (keyof PortfolioFilters)[]).every((k) => f[k] === prev.f[k])) return prev.result;
    const narrows =
      prev !== undefined &&
      prev.rows === rows &&
      prev.now === now &&
      !isGlob(q) &&
      !isGlob(prev.f.q) &&
      q.includes(prev.f.q.trim().toLowerCase()) &&
      (Object.keys(f) as (keyof PortfolioFilters)[]).every((k) => k === 'q' || f[k] === prev.f[k]);
    const result = filterRows(narrows ? prev.result : rows, f, now);
    last = { rows, f, now, result };
    return result;
  };
}
