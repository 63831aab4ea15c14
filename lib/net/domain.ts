import { domainToASCII, domainToUnicode } from 'node:url';

/**
 * Second-level registry suffixes the DMAPI seeds name (the .uk family, .co.at/.or.at, .pp.se) plus common ones, so
 * that `example.co.uk` splits into `example` + `co.uk`, not `example.co` + `uk`.
 */
const MULTI_LABEL_TLDS = new Set([
  'co.uk', 'me.uk', 'net.uk', 'org.uk', 'plc.uk', 'ltd.uk',
  'co.at', 'or.at', 'pp.se',
  'com.au', 'net.au', 'org.au', 'co.nz', 'com.br', 'com.cn', 'com.mx', 'co.za', 'co.jp', 'co.in', 'com.tw',
]);

const LDH_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** Converts a possibly Unicode (IDN) name to its lower-case ASCII/punycode form; '' when it is not a valid name. */
export function toAsciiDomain(name: string): string {
  const trimmed = name.trim().replace(/\.$/, '');
  if (trimmed === '' || /\s/.test(trimmed)) return '';
  return domainToASCII(trimmed);
}

/** Converts punycode labels (`xn--...`) back to Unicode for display; returns the input when it cannot. */
export function toUnicodeDomain(name: string): string {
  const unicode = domainToUnicode(name);
  return unicode === '' ? name : unicode;
}

/**
 * A syntactically valid host name in ASCII form: LDH labels of 1-63 characters, 253 characters in all, at least two
 * labels and a non-numeric top label. Underscores are refused: host objects and domains are not service labels.
 */
export function isValidHostname(name: string): boolean {
  const host = name.replace(/\.$/, '').toLowerCase();
  if (host.length === 0 || host.length > 253) return false;
  const labels = host.split('.');
  if (labels.length < 2) return false;
  if (/^[0-9]+$/.test(labels[labels.length - 1] ?? '')) return false;
  return labels.every((label) => LDH_LABEL.test(label));
}

/** Normalizes a host name given by a user (IDN allowed) to lower-case ASCII without a trailing dot; '' if invalid. */
export function normalizeHostname(name: string): string {
  const ascii = toAsciiDomain(name);
  return ascii !== '' && isValidHostname(ascii) ? ascii : '';
}

/** The registry suffix of a domain (`example.co.uk` → `co.uk`), lower case, in ASCII. */
export function tldOf(domain: string): string {
  const labels = domain.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length >= 2) {
    const lastTwo = labels.slice(-2).join('.');
    if (MULTI_LABEL_TLDS.has(lastTwo)) return lastTwo;
  }
  return labels[labels.length - 1] ?? '';
}

/** Splits a registrable domain into its name and suffix; null when there is no label left of the suffix. */
export function splitDomain(domain: string): { sld: string; tld: string } | null {
  const lower = domain.toLowerCase().replace(/\.$/, '');
  const tld = tldOf(lower);
  if (lower.length <= tld.length + 1) return null;
  const rest = lower.slice(0, lower.length - tld.length - 1);
  return { sld: rest, tld };
}

/** True when `host` lies inside `domain` (an in-bailiwick host that needs glue), e.g. ns1.example.com in example.com. */
export function isSubordinate(host: string, domain: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  const d = domain.toLowerCase().replace(/\.$/, '');
  return h.endsWith(`.${d}`);
}

/**
 * A registrable domain name as the DMAPI takes it: valid host syntax once converted to ASCII, exactly one label to
 * the left of its registry suffix.
 */
export function isValidDomainName(name: string): boolean {
  const ascii = toAsciiDomain(name);
  if (ascii === '' || !isValidHostname(ascii)) return false;
  const parts = splitDomain(ascii);
  return parts !== null && !parts.sld.includes('.');
}
