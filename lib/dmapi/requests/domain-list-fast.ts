/**
 * The hot path of query-domain-list (100,000-row portfolios): one pass over the body with field offsets instead of
 * split strings, dates read straight from character codes, and repeated status strings decoded once. Any line this
 * scanner does not recognise (TAB separator, runs of blanks, odd dates) goes through the generic path instead, so
 * the result is the same as parseTable + cell/parseDmapiDate/parseList.
 */
import 'server-only';
import { parseDmapiDate, utcMs } from '@/lib/dates/dmapi-date';
import { parseList } from '../parse';
import type { DomainListRow } from './domain-list';

export interface ColumnIndexes {
  domain: number;
  expiration: number;
  status: number;
  grants: number;
  privacyStatus: number;
  privacyOrigin: number;
  privacyExpiration: number;
}

/** Shared, frozen: a portfolio repeats a handful of status combinations, so rows share one array per combination. */
const NONE: readonly string[] = Object.freeze([]);

const DASH = 45;
const ZERO = 48;

/** `YYYY-MM-DD` at [s, e) as the integer YYYYMMDD (a small integer, cheap as a Map key), or -1 for another shape. */
function isoDayKey(body: string, s: number, e: number): number {
  if (e - s !== 10 || body.charCodeAt(s + 4) !== DASH || body.charCodeAt(s + 7) !== DASH) return -1;
  let key = 0;
  for (let i = s; i < e; i++) {
    if (i === s + 4 || i === s + 7) continue;
    const c = body.charCodeAt(i) - ZERO;
    if (c < 0 || c > 9) return -1;
    key = key * 10 + c;
  }
  return key;
}

/**
 * A Date shared by every row with the same day (a portfolio has a few thousand distinct days, so this saves
 * ~130,000 allocations per 100,000 rows). Because it is shared, every setter throws instead of changing other rows.
 */
class SharedDate extends Date {
  /** date-fns builds results with `new date.constructor()` or this hook: hand it a plain, writable Date. */
  [Symbol.for('constructDateFrom')](value: Date | number | string): Date {
    return new Date(value);
  }

  private static refuse(): never {
    throw new TypeError('This date is shared between domain-list rows and is read-only; copy it first (new Date(d))');
  }
  override setTime(): number { return SharedDate.refuse(); }
  override setMilliseconds(): number { return SharedDate.refuse(); }
  override setUTCMilliseconds(): number { return SharedDate.refuse(); }
  override setSeconds(): number { return SharedDate.refuse(); }
  override setUTCSeconds(): number { return SharedDate.refuse(); }
  override setMinutes(): number { return SharedDate.refuse(); }
  override setUTCMinutes(): number { return SharedDate.refuse(); }
  override setHours(): number { return SharedDate.refuse(); }
  override setUTCHours(): number { return SharedDate.refuse(); }
  override setDate(): number { return SharedDate.refuse(); }
  override setUTCDate(): number { return SharedDate.refuse(); }
  override setMonth(): number { return SharedDate.refuse(); }
  override setUTCMonth(): number { return SharedDate.refuse(); }
  override setFullYear(): number { return SharedDate.refuse(); }
  override setUTCFullYear(): number { return SharedDate.refuse(); }
}

// Libraries that copy a date with `new d.constructor(d)` get a plain, writable Date.
Object.defineProperty(SharedDate.prototype, 'constructor', { value: Date, writable: true, configurable: true });

/** One SharedDate per distinct day of the reply (null for a day that does not exist, such as 2027-02-30). */
function dateAt(body: string, s: number, e: number, days: Map<number, Date | null>): Date | undefined {
  const key = isoDayKey(body, s, e);
  if (key < 0) return parseDmapiDate(body.slice(s, e));
  let d = days.get(key);
  if (d === undefined) {
    const ms = utcMs(Math.floor(key / 10000), Math.floor(key / 100) % 100, key % 100);
    d = Number.isNaN(ms) ? null : new SharedDate(ms);
    days.set(key, d);
  }
  return d ?? undefined;
}

function isDash(body: string, s: number, e: number): boolean {
  return e - s === 1 && body.charCodeAt(s) === DASH;
}

/**
 * Hands out one string per distinct short cell value (status combinations, privacy levels) without allocating a
 * substring per row: candidates are compared in place with startsWith.
 */
class Interner {
  private readonly known: string[] = [];
  constructor(private readonly body: string) {}

  get(s: number, e: number): string {
    const n = e - s;
    for (const k of this.known) if (k.length === n && this.body.startsWith(k, s)) return k;
    const value = this.body.slice(s, e);
    if (this.known.length < 64) this.known.push(value);
    return value;
  }
}

/**
 * Map the body's rows. `generic(line)` handles a line the fast scanner declines. Only for SPACE-separated bodies
 * without tabs or carriage returns (the caller checks once); returns rows in body order.
 */
export function scanListBody(body: string, cols: ColumnIndexes, ncols: number, generic: (line: string) => DomainListRow): DomainListRow[] {
  const out: DomainListRow[] = [];
  const starts = new Int32Array(ncols);
  const ends = new Int32Array(ncols);
  // One interner per kind of cell keeps each candidate list short (status combinations vs privacy levels).
  const statusWords = new Interner(body);
  const privacyWords = new Interner(body);
  const days = new Map<number, Date | null>();
  const lists = new Map<string, readonly string[]>();
  const list = (s: number, e: number): readonly string[] => {
    if (isDash(body, s, e)) return NONE;
    const key = statusWords.get(s, e);
    let parsed = lists.get(key);
    if (!parsed) {
      parsed = Object.freeze(parseList(key));
      lists.set(key, parsed);
    }
    return parsed;
  };
  // Grant cells name people, so they rarely repeat: parsed per row, only `-` shared.
  const grantList = (s: number, e: number): readonly string[] => (isDash(body, s, e) ? NONE : parseList(body.slice(s, e)));
  const text = (s: number, e: number): string | undefined => (s === e || isDash(body, s, e) ? undefined : privacyWords.get(s, e));
  const { domain: cDomain, expiration: cExp, status: cStatus, grants: cGrants } = cols;
  const { privacyStatus: cPStatus, privacyOrigin: cPOrigin, privacyExpiration: cPExp } = cols;
  const len = body.length;
  let pos = 0;
  while (pos < len) {
    let nl = body.indexOf('\n', pos);
    if (nl === -1) nl = len;
    if (nl === pos) {
      pos = nl + 1;
      continue;
    }
    // Split the line at single blanks into field offsets; decline anything unusual.
    let field = 0;
    let s = pos;
    let ok = true;
    while (field < ncols) {
      let sp = body.indexOf(' ', s);
      if (sp === -1 || sp > nl) sp = nl;
      if (sp === s) {
        ok = false;
        break;
      }
      starts[field] = s;
      ends[field] = sp;
      field++;
      s = sp + 1;
      if (sp === nl) break;
    }
    // s > nl: the last field ended at the line end, so the line has exactly ncols fields.
    if (!ok || field !== ncols || s <= nl) {
      out.push(generic(body.slice(pos, nl)));
      pos = nl + 1;
      continue;
    }
    // Every row gets the same keys in the same order (one hidden class), absent values as undefined. No closures
    // are created per row: tsx/esbuild's keepNames wraps each one in a defineProperty call.
    const row: DomainListRow = {
      domain: body.slice(starts[cDomain] as number, ends[cDomain] as number),
      expiration: cExp >= 0 ? dateAt(body, starts[cExp] as number, ends[cExp] as number, days) : undefined,
      statuses: cStatus >= 0 ? list(starts[cStatus] as number, ends[cStatus] as number) : undefined,
      grants: cGrants >= 0 ? grantList(starts[cGrants] as number, ends[cGrants] as number) : undefined,
      privacyStatus: cPStatus >= 0 ? text(starts[cPStatus] as number, ends[cPStatus] as number) : undefined,
      privacyOrigin: cPOrigin >= 0 ? text(starts[cPOrigin] as number, ends[cPOrigin] as number) : undefined,
      privacyExpiration:
        cPExp >= 0 && !isDash(body, starts[cPExp] as number, ends[cPExp] as number)
          ? dateAt(body, starts[cPExp] as number, ends[cPExp] as number, days)
          : undefined,
    };
    out.push(row);
    pos = nl + 1;
  }
  return out;
}

