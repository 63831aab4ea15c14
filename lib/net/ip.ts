import ipaddr from 'ipaddr.js';

/** The outcome of parsing a comma-separated `ip`/`ipv6` parameter of ns-create/ns-modify. */
export interface IpListResult {
  addresses: string[];
  errors: string[];
}

/**
 * Strict dotted-quad IPv4: ipaddr.js's `isValid` also accepts `1.2.3` and octal/hex forms, which no registry takes.
 */
export function isIpv4(value: string): boolean {
  // The shape first: ipaddr.js answers "not an address" by throwing inside, and a zone's thousands of host names
  // (each checked for being an IP) made that the editor's largest cost.
  return FOUR_DECIMALS.test(value) && ipaddr.IPv4.isValidFourPartDecimal(value);
}
const FOUR_DECIMALS = /^\d{1,3}(\.\d{1,3}){3}$/;

/** IPv6 in any RFC 4291 notation (`fec0::17` short form included), without a `%zone` suffix. */
export function isIpv6(value: string): boolean {
  return IPV6_CHARS.test(value) && ipaddr.IPv6.isValid(value);
}
/** Hex digits and colons, with an optional embedded IPv4 tail: anything else is no IPv6 (checked without throwing). */
const IPV6_CHARS = /^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*$/;

/**
 * ns-create/ns-modify: "IPv4 address (must not be from IANA's reserved range)". Every special-purpose block that
 * ipaddr.js knows (private, loopback, link-local, CGNAT, documentation, multicast, 240/4 ...) counts as reserved;
 * only ordinary unicast space can carry a glue record.
 */
export function isReservedIpv4(value: string): boolean {
  return ipaddr.IPv4.parse(value).range() !== 'unicast';
}

/** Canonical IPv4 text (ipaddr.js drops nothing from a four-part decimal, but trims stray zeros consistently). */
export function normalizeIpv4(value: string): string {
  return ipaddr.IPv4.parse(value).toString();
}

/** Compact lower-case IPv6 form (RFC 5952), used to compare addresses written differently. */
export function normalizeIpv6(value: string): string {
  return ipaddr.IPv6.parse(value).toRFC5952String();
}

/** Why an address cannot be a host's IPv4 glue (ns-create/ns-modify `ip`), or null when it can. */
export function ipv4GlueProblem(value: string): string | null {
  if (!isIpv4(value)) return `invalid IPv4 address: ${value}`;
  if (isReservedIpv4(value)) return `IPv4 address from IANA's reserved range: ${value}`;
  return null;
}

/**
 * Why an address cannot be a host's IPv6 glue, or null when it can. The DMAPI documentation accepts site-local
 * `fec0::17` and lists link-local `FE80:...` hosts, so only the syntax and the unspecified address `::` are checked.
 */
export function ipv6GlueProblem(value: string): string | null {
  if (!isIpv6(value)) return `invalid IPv6 address: ${value}`;
  if (normalizeIpv6(value) === '::') return `unspecified IPv6 address: ${value}`;
  return null;
}

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/**
 * Parses the `ip` parameter: the DMAPI documentation allows several addresses separated by "," ("ip=1.2.3.4,4.5.6.7").
 * Duplicates are refused so a host never lists the same glue twice.
 */
export function parseIpv4List(value: string): IpListResult {
  const addresses: string[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const part of splitList(value)) {
    const problem = ipv4GlueProblem(part);
    if (problem) {
      errors.push(problem);
    } else if (seen.has(normalizeIpv4(part))) {
      errors.push(`duplicate IPv4 address: ${part}`);
    } else {
      seen.add(normalizeIpv4(part));
      addresses.push(part);
    }
  }
  return { addresses, errors };
}

/**
 * Parses the `ipv6` parameter, several addresses separated by "," (rules: ipv6GlueProblem). Addresses are kept as
 * sent: the server lists them back in the notation they were given.
 */
export function parseIpv6List(value: string): IpListResult {
  const addresses: string[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const part of splitList(value)) {
    const problem = ipv6GlueProblem(part);
    if (problem) {
      errors.push(problem);
      continue;
    }
    const normal = normalizeIpv6(part);
    if (seen.has(normal)) {
      errors.push(`duplicate IPv6 address: ${part}`);
    } else {
      seen.add(normal);
      addresses.push(part);
    }
  }
  return { addresses, errors };
}
