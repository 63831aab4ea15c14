import type { PortfolioPayload } from './types';

/**
 * The text GET /api/domains sends: the account's portfolio already mapped on the server (lib/portfolio/scan.ts, once
 * per held copy), packed so the browser unpacks and reads about a third of the DMAPI's bytes:
 * - line 1: JSON with the read time, the row count, the TLDs, and the sparse maps (IDN names, privacy expirations,
 *   grants, grant counts);
 * - then one line per domain: `name TAB expiration TAB code`, where expiration is days since 1970 in base 36 (or `~`
 *   and seconds in base 36 when it is not a whole day; empty when unknown) and code is
 *   `(tld index × 8 + flags) × 4 + privacy` in base 36.
 * Domain names never hold a TAB or a newline: they come from whitespace-separated DMAPI list lines.
 */
export const PAYLOAD_TEXT_VERSION = 3;

type Head = Omit<PortfolioPayload, 'v' | 'domain' | 'tld' | 'exp' | 'flags' | 'privacy'> & { v: 3; n: number };

const DAY = 86_400;

function expText(seconds: number): string {
  if (!seconds) return '';
  return seconds % DAY === 0 ? (seconds / DAY).toString(36) : `~${seconds.toString(36)}`;
}

function expOf(text: string): number {
  if (text === '') return 0;
  if (text.charCodeAt(0) === 126 /* ~ */) return Number.parseInt(text.slice(1), 36);
  return Number.parseInt(text, 36) * DAY;
}

export function payloadToText(p: PortfolioPayload): string {
  const head: Head = {
    v: PAYLOAD_TEXT_VERSION,
    at: p.at,
    n: p.domain.length,
    tlds: p.tlds,
    unicode: p.unicode,
    privacyExp: p.privacyExp,
    grants: p.grants,
    grantCounts: p.grantCounts,
    pendingUnknown: p.pendingUnknown,
  };
  // A portfolio has a few thousand distinct dates and a few dozen codes: each is written once and looked up after.
  const exps = new Map<number, string>();
  const codes = new Map<number, string>();
  let out = JSON.stringify(head);
  for (let i = 0; i < p.domain.length; i++) {
    const e = p.exp[i] ?? 0;
    let et = exps.get(e);
    if (et === undefined) exps.set(e, (et = `\t${expText(e)}\t`));
    const c = ((p.tld[i] ?? 0) * 8 + ((p.flags[i] ?? 0) & 7)) * 4 + ((p.privacy[i] ?? 0) & 3);
    let ct = codes.get(c);
    if (ct === undefined) codes.set(c, (ct = c.toString(36)));
    out += `\n${p.domain[i]}${et}${ct}`;
  }
  return out;
}

const NOT_UNDERSTOOD = 'The domain list answer was not understood.';

export function payloadFromText(text: string): PortfolioPayload {
  const nl = text.indexOf('\n');
  let head: Head;
  try {
    head = JSON.parse(nl === -1 ? text : text.slice(0, nl)) as Head;
  } catch {
    throw new Error(NOT_UNDERSTOOD);
  }
  if (head?.v !== PAYLOAD_TEXT_VERSION || !Array.isArray(head.tlds) || typeof head.n !== 'number') throw new Error(NOT_UNDERSTOOD);
  const n = head.n;
  const out: PortfolioPayload = {
    v: 1,
    at: head.at,
    domain: new Array<string>(n),
    unicode: head.unicode ?? {},
    tlds: head.tlds,
    tld: new Array<number>(n),
    exp: new Array<number>(n),
    flags: new Array<number>(n),
    privacy: new Array<number>(n),
    privacyExp: head.privacyExp ?? {},
    grants: head.grants ?? {},
    grantCounts: head.grantCounts ?? {},
    pendingUnknown: head.pendingUnknown === true,
  };
  let start = nl + 1;
  let i = 0;
  while (n > 0 && start > 0 && start <= text.length && i < n) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const t1 = text.indexOf('\t', start);
    const t2 = t1 === -1 ? -1 : text.indexOf('\t', t1 + 1);
    if (t2 === -1 || t2 > end) throw new Error(NOT_UNDERSTOOD);
    out.domain[i] = text.slice(start, t1);
    out.exp[i] = expOf(text.slice(t1 + 1, t2));
    const code = Number.parseInt(text.slice(t2 + 1, end), 36);
    if (Number.isNaN(code)) throw new Error(NOT_UNDERSTOOD);
    out.privacy[i] = code & 3;
    out.flags[i] = (code >> 2) & 7;
    out.tld[i] = code >> 5;
    start = end + 1;
    i++;
  }
  // A cut-off answer (a dropped connection the browser did not report) must not pass for a shorter portfolio.
  if (i !== n) throw new Error('The domain list answer was not understood (incomplete).');
  return out;
}
