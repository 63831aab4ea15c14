/**
 * Pure rules of the verification workspace: wa-email-list rows grouped per e-mail, how urgent a deadline is, the
 * list filters read from a URL. Browser-safe (the countdown in the browser uses `urgencyOf` too).
 */
import { tldOf } from '@/lib/net/suffix';
import { listFiltersSchema, type ListFilters } from '@/lib/schemas/verification';

export const DAY_MS = 86_400_000;

export interface PendingRow {
  email: string;
  domain: string;
  deadline: Date | undefined;
}

export interface PendingGroup {
  /** Lower-cased. */
  email: string;
  domains: { domain: string; deadline: string | null }[];
  tlds: string[];
  /** The nearest deadline of its domains (ms), or null when Joker gave none readable. */
  deadline: number | null;
}

/**
 * wa-email-list gives one row per domain; the workspace works per owner e-mail (a resend or an answer covers every
 * domain of the address). Groups come nearest deadline first, an unreadable deadline last.
 */
export function groupPending(rows: readonly PendingRow[]): PendingGroup[] {
  const groups = new Map<string, PendingGroup>();
  for (const row of rows) {
    const email = row.email.trim().toLowerCase();
    if (!email || !row.domain) continue;
    let g = groups.get(email);
    if (!g) {
      g = { email, domains: [], tlds: [], deadline: null };
      groups.set(email, g);
    }
    const at = row.deadline?.getTime();
    if (!g.domains.some((d) => d.domain === row.domain)) g.domains.push({ domain: row.domain, deadline: row.deadline ? row.deadline.toISOString() : null });
    const tld = tldOf(row.domain);
    if (!g.tlds.includes(tld)) g.tlds.push(tld);
    if (at !== undefined && (g.deadline === null || at < g.deadline)) g.deadline = at;
  }
  return [...groups.values()].sort((a, b) => (a.deadline ?? Infinity) - (b.deadline ?? Infinity) || a.email.localeCompare(b.email));
}

export type Urgency = 'lapsed' | 'urgent' | 'soon' | 'normal' | 'unknown';

/** Less than 2 days left is urgent, less than 5 soon; a passed deadline has lapsed. */
export function urgencyOf(deadline: number | null | undefined, now: number): Urgency {
  if (deadline === null || deadline === undefined || Number.isNaN(deadline)) return 'unknown';
  const left = deadline - now;
  if (left <= 0) return 'lapsed';
  if (left < 2 * DAY_MS) return 'urgent';
  if (left < 5 * DAY_MS) return 'soon';
  return 'normal';
}

export const URGENCY_LABELS: Record<Urgency, string> = {
  lapsed: 'Deadline passed',
  urgent: 'Urgent',
  soon: 'Soon',
  normal: 'On time',
  unknown: 'No deadline given',
};

/** `2 days 4 hours left`, `3 hours left`, `12 minutes left`, `passed 1 day ago`: precise enough to act on. */
export function countdownText(deadline: number, now: number): string {
  const left = deadline - now;
  const abs = Math.abs(left);
  const days = Math.floor(abs / DAY_MS);
  const hours = Math.floor((abs % DAY_MS) / 3_600_000);
  const minutes = Math.floor((abs % 3_600_000) / 60_000);
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const span = days > 0 ? `${unit(days, 'day')}${hours ? ` ${unit(hours, 'hour')}` : ''}` : hours > 0 ? unit(hours, 'hour') : unit(minutes, 'minute');
  return left > 0 ? `${span} left` : `passed ${span} ago`;
}

type Params = Record<string, string | string[] | undefined>;

/** The list filters from the page's search parameters: blanks are "no filter", anything invalid the default. */
export function parseListFilters(params: Params): ListFilters {
  const flat: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) {
    const value = Array.isArray(v) ? v[0] : v;
    if (typeof value === 'string' && value.trim() !== '') flat[k] = value;
  }
  return listFiltersSchema.parse(flat);
}

/** The URL of the list with these filters (defaults left out, so links stay short). */
export function listHref(filters: Partial<ListFilters>, base = '/verification'): string {
  const q = new URLSearchParams();
  if (filters.state && filters.state !== 'pending') q.set('state', filters.state);
  if (filters.within !== undefined) q.set('within', String(filters.within));
  if (filters.tld) q.set('tld', filters.tld);
  if (filters.q) q.set('q', filters.q);
  if (filters.size && filters.size !== 50) q.set('size', String(filters.size));
  if (filters.page && filters.page > 1) q.set('page', String(filters.page));
  const s = q.toString();
  return s ? `${base}?${s}` : base;
}

/** The time a server render works with: read once per render, so every countdown of one page agrees. */
export function currentTime(): number {
  return Date.now();
}
