import { isEmail } from '@/lib/contacts/checks';
import { isIpv4, isIpv6 } from '@/lib/net/ip';
import type { RecordType } from './types';

/** Each check returns null when the value is fine, otherwise a message for the line's `Error:`. */
type Check = string | null;

const MAX_TTL = 2_147_483_647; // RFC 2181: a TTL is an unsigned 31-bit number
const DNS_LABEL = /^[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$/;
const MAILBOX = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const UINT = /^[0-9]+$/;
const HOST_ONLY: ReadonlySet<RecordType> = new Set(['MX', 'SRV', 'NS']);
/** A TXT value the panel lets through: DNS answers this long need TCP or EDNS already (4,000 as the large DNS hosts allow). */
export const MAX_TXT_LENGTH = 4000;
/** One DNS character-string (RFC 1035 §3.3): longer TXT values are served as several. */
export const TXT_STRING_LENGTH = 255;

function uint16(text: string): number | null {
  if (!UINT.test(text)) return null;
  const value = Number(text);
  return value <= 65535 ? value : null;
}

/** `<ttl> must be at least 60 for all records except NAPTR and SVC, where it can be 0` (DMAPI documentation). */
export function checkTtl(text: string, type: RecordType): { ttl: number } | { error: string } {
  if (!UINT.test(text)) return { error: `TTL must be a whole number of seconds, got "${text}"` };
  const ttl = Number(text);
  if (ttl > MAX_TTL) return { error: `TTL ${text} is too large` };
  if (type !== 'NAPTR' && ttl < 60) return { error: `TTL must be at least 60 for ${type} records, got ${ttl}` };
  return { ttl };
}

/**
 * `<pri>`: MX preference, SRV priority/weight, NAPTR order/preference ("10/100"); "must be 0 for all other types".
 * SRV also takes a bare priority (weight 0); NAPTR needs both numbers.
 */
export function checkPri(text: string, type: RecordType): { priority: number; weight?: number } | { error: string } {
  if (type === 'MX') {
    const value = uint16(text);
    return value === null ? { error: `MX preference must be a number from 0 to 65535, got "${text}"` } : { priority: value };
  }
  if (type === 'SRV' || type === 'NAPTR') {
    const what = type === 'SRV' ? 'priority/weight' : 'order/preference';
    const parts = text.split('/');
    if (parts.length === 1 && type === 'SRV') {
      const value = uint16(text);
      if (value !== null) return { priority: value };
    }
    if (parts.length === 2) {
      const first = uint16(parts[0] ?? '');
      const second = uint16(parts[1] ?? '');
      if (first !== null && second !== null) return { priority: first, weight: second };
    }
    return { error: `${type} pri must be ${what} like 10/100, got "${text}"` };
  }
  return text === '0' ? { priority: 0 } : { error: `pri must be 0 for ${type} records, got "${text}"` };
}

/** Labels are relative to the zone or `@`; `*` may open a wildcard; MAILFW labels are mailbox names. */
export function checkLabel(label: string, type: RecordType): Check {
  if (label === '@') return null;
  if (type === 'MAILFW') {
    return label === '*' || MAILBOX.test(label) ? null : `invalid mailbox name "${label}"`;
  }
  if (label.endsWith('.')) return `label "${label}" must be relative to the zone (no trailing dot)`;
  if (label.length > 253) return `label "${label}" is too long`;
  const parts = label.split('.');
  const ok = parts.every((part, index) => (index === 0 && part === '*') || DNS_LABEL.test(part));
  if (!ok) return `invalid label "${label}"`;
  if (type === 'SRV' && !/^_[^.]+\._[^.]+/.test(label)) {
    return `SRV label must start with _service._protocol, got "${label}"`;
  }
  // RFC 4592 §4.2: a wildcard cannot delegate.
  if (type === 'NS' && parts[0] === '*') return 'NS records cannot have a wildcard label';
  return null;
}

/**
 * A host name target (MX, CNAME, SRV, NS, NAPTR replacement): relative or absolute (trailing dot), or `@`. MX, SRV
 * and NS must name a host that has addresses (RFC 2181 §10.3, RFC 2782), so their labels are letters, digits and
 * hyphens only; a CNAME may point at a service label (`_acme-challenge.example.net.`).
 */
export function checkHostTarget(target: string, type: RecordType): Check {
  if (target === '@') return null;
  const name = target.endsWith('.') ? target.slice(0, -1) : target;
  if (name.length === 0 || name.length > 253) return `invalid ${type} target "${target}"`;
  if (isIpv4(name) || isIpv6(target)) return `${type} target must be a host name, not an address: "${target}"`;
  const labels = name.split('.');
  if (!labels.every((part) => DNS_LABEL.test(part))) return `invalid ${type} target "${target}"`;
  if (HOST_ONLY.has(type) && labels.some((part) => part.includes('_'))) {
    return `${type} target must be a host name (letters, digits, hyphens), got "${target}"`;
  }
  return null;
}

export function checkAddress(target: string, type: RecordType): Check {
  if (type === 'A' || type === 'DYNA') return isIpv4(target) ? null : `invalid IPv4 address "${target}"`;
  return isIpv6(target) ? null : `invalid IPv6 address "${target}"`;
}

/** SRV targets are `host:port` ("ldap.example.com:389"). */
export function checkSrvTarget(target: string): Check {
  const colon = target.lastIndexOf(':');
  if (colon < 0) return `SRV target must be host:port, got "${target}"`;
  const port = uint16(target.slice(colon + 1));
  if (port === null) return `invalid SRV port in "${target}"`;
  return checkHostTarget(target.slice(0, colon), 'SRV');
}

/** URL and FRAME redirect to an http(s) address. */
export function checkUrl(target: string, type: RecordType): Check {
  if (!/^https?:\/\/\S+$/i.test(target)) return `${type} target must be an http:// or https:// URL, got "${target}"`;
  try {
    new URL(target);
    return null;
  } catch {
    return `invalid ${type} URL "${target}"`;
  }
}

export function checkEmail(target: string): Check {
  return isEmail(target) ? null : `MAILFW target must be an e-mail address, got "${target}"`;
}

/**
 * CAA values (RFC 8659): issue/issuewild take a CA domain, or nothing to forbid every CA (";"), optionally followed by
 * `; key=value` parameters; iodef a mailto: or http(s) URL.
 */
export function checkCaaValue(tag: string, value: string): Check {
  if (tag === 'iodef') {
    return /^(mailto:[^\s@]+@[^\s@]+\.[^\s@]+|https?:\/\/\S+)$/i.test(value) ? null : `CAA iodef needs a mailto: or http(s) URL, got "${value}"`;
  }
  const [domainPart = '', ...params] = value.split(';');
  const domain = domainPart.trim();
  if (domain !== '' && !domain.split('.').every((part) => DNS_LABEL.test(part))) return `invalid CAA ${tag} domain "${domain}"`;
  for (const param of params) {
    if (param.trim() === '') continue;
    if (!/^\s*[A-Za-z0-9]+=[\x21-\x3a\x3c-\x7e]*\s*$/.test(param)) return `invalid CAA ${tag} parameter "${param.trim()}" (expected key=value)`;
  }
  return null;
}

/**
 * TXT values: printable text (escapes such as `\"` as the zone format writes them), at most MAX_TXT_LENGTH
 * characters once unescaped.
 */
export function checkTxt(raw: string): Check {
  const plain = raw.replace(/\\(.)/g, '$1');
  if (plain.length > MAX_TXT_LENGTH) return `TXT value is ${plain.length} characters long; at most ${MAX_TXT_LENGTH} are allowed`;
  if (/[\x00-\x08\x0b-\x1f\x7f]/.test(plain)) return 'TXT value contains control characters';
  return null;
}

/** valid-from/valid-to: a record cannot stop being valid before it starts (0 means "no limit"). */
export function checkValidity(from: number, to: number): Check {
  return from !== 0 && to !== 0 && from > to ? `valid-from (${from}) is after valid-to (${to})` : null;
}

/**
 * NAPTR: "Only one of replacement or regex may be specified, if regex is specified, replacement must be '.', if
 * replacement is specified, regex must be empty string."
 */
export function checkNaptr(replacement: string, flags: string, service: string, regex: string): Check {
  if (!/^[A-Za-z0-9]*$/.test(flags)) return `invalid NAPTR flags "${flags}"`;
  if (!/^[A-Za-z0-9+:._-]*$/.test(service)) return `invalid NAPTR service "${service}"`;
  if (regex !== '' && replacement !== '.') return 'NAPTR with a regex must have "." as replacement';
  if (regex === '' && replacement === '.') return 'NAPTR needs either a replacement or a regex';
  if (regex !== '' && !/^([^0-9\\i])(.*)\1(.*)\1i?$/.test(regex)) return `invalid NAPTR regex "${regex}"`;
  if (replacement !== '.') return checkHostTarget(replacement, 'NAPTR');
  return null;
}

/** valid-from/valid-to: "UNIX timestamp or 0". */
export function checkTimestamp(text: string, what: string): { value: number } | { error: string } {
  return UINT.test(text) ? { value: Number(text) } : { error: `${what} must be a UNIX timestamp or 0, got "${text}"` };
}

/** `$dyndns=` user names and passwords "may not contain spaces or colon characters". */
export function checkDynDnsCredential(value: string, what: string): Check {
  return /[\s:]/.test(value) ? `DynDNS ${what} may not contain spaces or ":"` : null;
}
