import { toAsciiDomain } from './idn';
import { splitDomain } from './suffix';

/**
 * Domain and host names: the one place that says what a valid name is (where its registry suffix starts: suffix.ts).
 * Pure and browser-safe (IDN through tr46, see idn.ts); the panel, the DMAPI request schemas (lib/schemas), bulk jobs
 * and the sandbox all import these.
 */

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
