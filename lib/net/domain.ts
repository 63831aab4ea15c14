import { toAsciiDomain } from './idn';

/**
 * Domain and host names: the one place that says what a valid name is and where its registry suffix starts. Pure
 * and browser-safe (IDN through tr46, see idn.ts); the panel, the DMAPI request schemas (lib/schemas), bulk jobs and
 * the sandbox all import these.
 */

/**
 * Second-level registry suffixes the DMAPI documentation names (the .uk family, .co.at/.or.at, .pp.se) plus common
 * ones, so that `example.co.uk` splits into `example` + `co.uk`, not `example.co` + `uk`. A suffix missing here makes
 * `example.<suffix>` look like a sub-domain: add it here, and every check follows.
 */
const MULTI_LABEL_TLDS: ReadonlySet<string> = new Set([
  'co.uk', 'me.uk', 'net.uk', 'org.uk', 'plc.uk', 'ltd.uk',
  'co.at', 'or.at', 'pp.se',
  'com.au', 'net.au', 'org.au', 'co.nz', 'com.br', 'com.cn', 'com.mx', 'co.za', 'co.jp', 'co.in', 'com.tw',
]);

const LDH_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const NUMERIC = /^[0-9]+$/;

/** Maximum length of a name in presentation form without the trailing dot (RFC 1035: 255 octets on the wire). */
export const MAX_NAME_LENGTH = 253;

/**
 * A syntactically valid host name in ASCII form: LDH labels of 1-63 characters, 253 characters in all, at least two
 * labels and a non-numeric top label. Underscores are refused: host objects and domains are not service labels.
 */
export function isValidHostname(name: string): boolean {
  const host = name.endsWith('.') ? name.slice(0, -1).toLowerCase() : name.toLowerCase();
  if (host.length === 0 || host.length > MAX_NAME_LENGTH) return false;
  const labels = host.split('.');
  if (labels.length < 2 || NUMERIC.test(labels[labels.length - 1] as string)) return false;
  return labels.every((label) => LDH_LABEL.test(label));
}

/** Normalizes a host name given by a user (IDN allowed) to lower-case ASCII without a trailing dot; '' if invalid. */
export function normalizeHostname(name: string): string {
  const ascii = toAsciiDomain(name);
  return ascii !== '' && isValidHostname(ascii) ? ascii : '';
}

/**
 * The registry suffix of a name (`example.co.uk` → `co.uk`, `www.example.de` → `de`), lower case. Expects ASCII (as
 * the DMAPI lists names); a Unicode TLD is returned as given. One scan from the end, no split: the browser runs this
 * over 100,000 list rows.
 */
export function tldOf(name: string): string {
  let end = name.length;
  if (name.charCodeAt(end - 1) === 46) end--;
  const lower = name.slice(0, end).toLowerCase();
  const last = lower.lastIndexOf('.');
  if (last < 0) return lower;
  const prev = lower.lastIndexOf('.', last - 1);
  const two = lower.slice(prev + 1);
  return MULTI_LABEL_TLDS.has(two) ? two : lower.slice(last + 1);
}

/** Splits a name into what lies left of its registry suffix and the suffix; null when nothing lies left of it. */
export function splitDomain(name: string): { sld: string; tld: string } | null {
  const lower = name.toLowerCase().replace(/\.$/, '');
  const tld = tldOf(lower);
  if (lower.length <= tld.length + 1) return null;
  return { sld: lower.slice(0, lower.length - tld.length - 1), tld };
}

/** True when `host` lies inside `domain` (an in-bailiwick host that needs glue), e.g. ns1.example.com in example.com. */
export function isSubordinate(host: string, domain: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  const d = domain.toLowerCase().replace(/\.$/, '');
  return h.endsWith(`.${d}`);
}

/**
 * A registrable domain name as the DMAPI takes it (IDN allowed): valid host syntax once converted to ASCII, exactly
 * one label to the left of its registry suffix (`example.co.uk` yes; `www.example.com` and `co.uk` no).
 */
export function isValidDomainName(name: string): boolean {
  return normalizeDomainName(name) !== '';
}

/** The lower-case ASCII form of a registrable domain name (see isValidDomainName), or '' when it is not one. */
export function normalizeDomainName(name: string): string {
  const ascii = normalizeHostname(name);
  if (ascii === '') return '';
  const parts = splitDomain(ascii);
  return parts !== null && !parts.sld.includes('.') ? ascii : '';
}
