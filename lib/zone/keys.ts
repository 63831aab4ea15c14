import { serializeRecord } from './serialize';
import type { RecordType, ZoneRecord } from './types';

/** Targets that are host names compare case-insensitively (DNS names do); TXT, URL and CAA values do not. */
const HOST_TARGET: ReadonlySet<RecordType> = new Set(['MX', 'CNAME', 'NS', 'SRV', 'NAPTR']);

/** What a record says, without its TTL: two records with the same key are duplicates. */
export function recordKey(r: ZoneRecord): string {
  const target = HOST_TARGET.has(r.type) ? r.target.toLowerCase() : r.target;
  return [r.label.toLowerCase(), r.type, r.priority, r.weight ?? '', r.caaTag ?? '', target, r.validFrom, r.validTo, ...r.params].join('\u0000');
}

/** Kept per record object: records are not changed once built, and the editor diffs 5,000 of them on each edit. */
const exactKeys = new WeakMap<ZoneRecord, string>();

/** A record exactly as the zone text writes it (TTL included): the identity the diff matches on. */
export function exactKey(r: ZoneRecord): string {
  let key = exactKeys.get(r);
  if (key === undefined) {
    key = serializeRecord(r);
    exactKeys.set(r, key);
  }
  return key;
}

/** Name and type: the records resolvers see as one set. */
export function rrsetKey(r: ZoneRecord): string {
  return `${r.label.toLowerCase()}\u0000${r.type}`;
}

/**
 * Whether a target host is a full name. The DMAPI documentation writes full names with and without the trailing dot
 * (`@ MX 10 mail.example.com.`, `_ldap._tcp SRV 10/100 ldap.example.com:389`) and Joker's default zone a relative
 * one (`www CNAME 0 @`): a name with a dot inside is taken as full, a single label as relative to the zone.
 */
export function isFullName(name: string): boolean {
  return name.endsWith('.') || name.includes('.');
}

/**
 * A host name as written in a zone (`@`, relative `www`, full `www.example.com(.)`) reduced to one comparable form:
 * the full name without the trailing dot when the zone's name is known, otherwise as written without the dot.
 */
export function hostKey(name: string, domain?: string): string {
  const n = name.toLowerCase().replace(/\.$/, '');
  if (!domain) return n;
  if (n === '@') return domain;
  return isFullName(name) ? n : `${n}.${domain}`;
}
