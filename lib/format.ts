/**
 * THE formatters: money, counts, dates and relative dates look the same on every page. Browser-safe and pure. Dates are
 * shown in UTC as ISO days (YYYY-MM-DD): the DMAPI's dates are UTC and resellers compare them with Joker's own
 * records, so the panel never shifts a day with the viewer's time zone.
 */
import { formatDistanceStrict } from 'date-fns';

type DateLike = Date | number | string | null | undefined;

const NONE = '—';

function toDate(value: DateLike): Date | undefined {
  if (value === null || value === undefined || value === '' || value === 0) return undefined;
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** `12.50 EUR` style: two decimals, the ISO currency after the amount (as Joker's own invoices show it). */
export function formatMoney(amount: number | null | undefined, currency: string): string {
  if (amount === null || amount === undefined || Number.isNaN(amount)) return NONE;
  let f = moneyFormats.get('plain');
  if (!f) {
    f = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    moneyFormats.set('plain', f);
  }
  return currency ? `${f.format(amount)} ${currency}` : f.format(amount);
}

const countFormat = new Intl.NumberFormat('en');

/** `12,345`. */
export function formatCount(n: number): string {
  return countFormat.format(n);
}

/** A size in bytes as `2.0 MB` (decimal megabytes, as file managers show them). */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** `3 domains`, `1 domain`, `12,345 domains`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** `2027-02-28` (UTC); `—` when unknown. */
export function formatDate(value: DateLike): string {
  const d = toDate(value);
  return d ? d.toISOString().slice(0, 10) : NONE;
}

/** `2027-02-28 14:05 UTC`; `—` when unknown. */
export function formatDateTime(value: DateLike): string {
  const d = toDate(value);
  return d ? `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC` : NONE;
}

/** `in 3 days`, `5 hours ago`, relative to `now` (pass the time the data was read, so it stays stable). */
export function formatRelative(value: DateLike, now: DateLike = Date.now()): string {
  const d = toDate(value);
  const n = toDate(now) ?? new Date();
  if (!d) return NONE;
  return formatDistanceStrict(d, n, { addSuffix: true, roundingMethod: 'floor' });
}

/** Whole days from `now` until `value` (negative when past); undefined when unknown. */
export function daysUntil(value: DateLike, now: DateLike = Date.now()): number | undefined {
  const d = toDate(value);
  const n = toDate(now);
  if (!d || !n) return undefined;
  return Math.floor((d.getTime() - n.getTime()) / 86_400_000);
}
