/**
 * The one reader of DMAPI dates, used by the reply parser (lib/dmapi), the fast domain-list scanner and the browser's
 * list scanner (lib/portfolio/scan.ts). Pure and browser-safe.
 *
 * The DMAPI writes dates as `YYYY-MM-DD` (domain lists), `YYYY-MM-DD HH:MM:SS`, `YYYYMMDDHHMMSS` (result-list,
 * whois) and ISO 8601 (`2024-03-17T07:58:14Z`), all UTC (docs/dmapi-notes.md, "Dates"). A value naming no real
 * moment, such as `2027-02-30`, is no date: every reader answers "unknown" rather than rolling it into March, as
 * `Date.UTC` would.
 */

/**
 * UTC milliseconds for a calendar date and time (month 1-12), or NaN when the parts do not name a real moment.
 * Checked by range, not by a round trip through Date, so the list scanner can call it per distinct day cheaply.
 */
export function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  if (hour > 23 || minute > 59 || second > 59 || hour < 0 || minute < 0 || second < 0) return Number.NaN;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2}))?$/;
const DASHED = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** `+02:00` / `-0130` / `Z` → minutes east of UTC. */
function offsetMinutes(zone: string | undefined): number {
  if (zone === undefined || zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

/** Epoch milliseconds of a DMAPI date, or NaN for `-`, empty, unreadable or impossible values. */
export function dmapiDateMs(value: string | undefined): number {
  const v = value?.trim();
  if (v === undefined || v === '' || v === '-') return Number.NaN;
  const compact = COMPACT.exec(v);
  if (compact) {
    const [, y, mo, d, h = '0', mi = '0', s = '0'] = compact;
    return utcMs(+(y as string), +(mo as string), +(d as string), +h, +mi, +s);
  }
  const dashed = DASHED.exec(v);
  if (!dashed) return Number.NaN;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction, zone] = dashed;
  const ms = utcMs(+(y as string), +(mo as string), +(d as string), +h, +mi, +s);
  if (Number.isNaN(ms)) return ms;
  const millis = fraction ? Math.round(Number(`0${fraction}`) * 1000) : 0;
  return ms + millis - offsetMinutes(zone) * 60_000;
}

/** A DMAPI date as a Date, or undefined for `-`, empty, unreadable or impossible values (never an Invalid Date). */
export function parseDmapiDate(value: string | undefined): Date | undefined {
  const ms = dmapiDateMs(value);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}
