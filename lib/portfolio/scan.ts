import { dmapiDateMs } from '@/lib/dates/dmapi-date';
import { tldOf } from '@/lib/net/suffix';
import { privacyCode } from './encode';
import { FLAG_AUTORENEW, FLAG_LOCK, FLAG_PRODUCTION, type PortfolioPayload } from './types';

/**
 * The query-domain-list body as the DMAPI gave it, with its Columns and the Unicode names of the IDNs: what the
 * account's held copy keeps (lib/portfolio/copy.ts). It is turned into columns here, once per copy, in one pass
 * without per-row objects; GET /api/domains sends those columns packed (lib/portfolio/payload-text.ts).
 */
export interface ListWire {
  v: 2;
  /** Server time when the list was read (ms). */
  at: number;
  columns: string[];
  separator: 'TAB' | 'SPACE';
  /** ASCII IDN → Unicode, for the names that have one. */
  unicode: Record<string, string>;
  body: string;
}

const dateCache = new Map<string, number>();

/** DMAPI list dates → epoch seconds; 0 for `-`, unreadable or impossible dates (lib/dates, the one reader). */
function seconds(v: string | undefined): number {
  if (v === undefined || v === '-' || v === '') return 0;
  const known = dateCache.get(v);
  if (known !== undefined) return known;
  const ms = dmapiDateMs(v);
  const s = Number.isNaN(ms) ? 0 : Math.floor(ms / 1000);
  if (dateCache.size < 50_000) dateCache.set(v, s);
  return s;
}

function flagsOf(status: string): number {
  let f = 0;
  for (const s of status.split(',')) {
    if (s === 'production') f |= FLAG_PRODUCTION;
    else if (s === 'lock') f |= FLAG_LOCK;
    else if (s === 'autorenew') f |= FLAG_AUTORENEW;
  }
  return f;
}

/**
 * The wire → the columnar payload, `rows` lines at a time: `step` maps the next lines and says whether the body is
 * done. Agrees with lib/dmapi's mapDomainList row by row (scan.test.ts).
 */
function scanner(wire: ListWire): { out: PortfolioPayload; step: (rows: number) => boolean } {
  const cols = wire.columns.map((c) => c.trim().toLowerCase().replace(/_/g, '-'));
  const iDomain = Math.max(0, cols.indexOf('domain'));
  const iExp = cols.findIndex((c) => c.startsWith('expiration'));
  const iStatus = cols.findIndex((c) => c === 'domain-status' || c === 'status');
  // The live server's showgrants columns start with own_role (the account's roles); an older single `grants` alike.
  const iGrants = cols.includes('own-role') ? cols.indexOf('own-role') : cols.findIndex((c) => c.includes('grant'));
  const iConfirmed = cols.indexOf('number-of-confirmed-grants');
  const iPending = cols.indexOf('pending-invitations');
  const iPStatus = cols.indexOf('privacy-status');
  const iPExp = cols.indexOf('privacy-expiration');
  const sep = wire.separator === 'TAB' ? '\t' : ' ';
  const out: PortfolioPayload = { v: 1, at: wire.at, domain: [], unicode: {}, tlds: [], tld: [], exp: [], flags: [], privacy: [], privacyExp: {}, grants: {}, grantCounts: {}, pendingUnknown: iPending < 0 };
  const tldIndex = new Map<string, number>();
  const flagCache = new Map<string, number>();
  const privacyCache = new Map<string, number>();
  const body = wire.body;
  let start = 0;
  let i = 0;
  const step = (rows: number): boolean => {
    for (let n = 0; n < rows && start < body.length; n++) {
      let end = body.indexOf('\n', start);
      if (end === -1) end = body.length;
      let line = body.slice(start, end);
      start = end + 1;
      // Plain split: a regex split costs several times more at 100,000 lines; runs of blanks are rare, handled apart.
      if (sep === ' ' && (line.includes('  ') || line.charCodeAt(0) === 32 || line.endsWith(' '))) line = line.trim().replace(/ +/g, ' ');
      // Blank lines count towards the slice: it bounds work, not rows.
      if (line === '' || line === '\r') continue;
      const f = line.split(sep);
      const name = f[iDomain] as string;
      out.domain.push(name);
      const u = wire.unicode[name];
      if (u !== undefined && u !== name) out.unicode[i] = u;
      const suffix = tldOf(name);
      let ti = tldIndex.get(suffix);
      if (ti === undefined) {
        ti = out.tlds.length;
        out.tlds.push(suffix);
        tldIndex.set(suffix, ti);
      }
      out.tld.push(ti);
      out.exp.push(iExp >= 0 ? seconds(f[iExp]) : 0);
      let fl = 0;
      if (iStatus >= 0) {
        const s = f[iStatus] ?? '-';
        fl = flagCache.get(s) ?? -1;
        if (fl < 0) flagCache.set(s, (fl = flagsOf(s)));
      }
      out.flags.push(fl);
      let pc = 0;
      if (iPStatus >= 0) {
        const s = f[iPStatus] ?? '-';
        pc = privacyCache.get(s) ?? -1;
        if (pc < 0) privacyCache.set(s, (pc = s === '-' ? 0 : privacyCode(s)));
      }
      out.privacy.push(pc);
      if (iPExp >= 0) {
        const pe = seconds(f[iPExp]);
        if (pe) out.privacyExp[i] = pe;
      }
      if (iGrants >= 0) {
        const g = f[iGrants];
        // The grants column holds the caller's own roles: `@creator` alone on its own domains, the granted roles
        // (`@admin`, `@tech`…) on domains other accounts shared with it; only the latter count as "with grants".
        if (g && g !== '-' && g !== '@creator') out.grants[i] = g.split(',').map((x) => x.trim()).filter(Boolean);
      }
      if (iConfirmed >= 0) {
        // number_of_confirmed_grants, and pending_invitations: a number with from/to, the literal `undef` without.
        const confirmed = Number.parseInt(f[iConfirmed] ?? '', 10) || 0;
        const p = iPending >= 0 ? f[iPending] : undefined;
        const pending = p === undefined || p === 'undef' || p === '-' ? 0 : Number.parseInt(p, 10) || 0;
        if (iPending >= 0 && (p === undefined || p === 'undef')) out.pendingUnknown = true;
        if (confirmed > 0 || pending > 0) out.grantCounts[i] = [confirmed, pending];
      }
      i++;
    }
    return start >= body.length;
  };
  return { out, step };
}

/** The whole wire → the columnar payload, in one go. */
export function scanDomainList(wire: ListWire): PortfolioPayload {
  const { out, step } = scanner(wire);
  step(Number.POSITIVE_INFINITY);
  return out;
}

/** Rows mapped between two yields to the event loop: about 5 ms of work. */
const SLICE_ROWS = 5_000;

/**
 * The same, in slices with a yield to the event loop between them: at 100,000 domains the mapping takes 100–200 ms,
 * which in one go would hold up every other request of the process (the overview's first screen among them).
 */
export async function scanDomainListInSlices(wire: ListWire, rows = SLICE_ROWS): Promise<PortfolioPayload> {
  const { out, step } = scanner(wire);
  while (!step(rows)) await new Promise<void>((resolve) => setImmediate(resolve));
  return out;
}
