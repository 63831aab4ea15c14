import { normalizeHostname } from '@/lib/net/domain';

/**
 * Name server lists as typed in a text area (one per line; commas and blanks also separate): host names checked with
 * lib/net's rules, at most 13 (domain-modify / domain-register ns-list), no repeats. Browser-safe.
 */

/**
 * Joker.com's default name servers as Joker's own reseller panel and WHMCS module register with them since 2024 (the
 * DMAPI documentation's older examples name a/b/c.ns.joker.com, which still work). A domain on them gets a zone served
 * by Joker.com.
 */
export const JOKER_NAMESERVERS = ['x.ns.joker.com', 'y.ns.joker.com', 'z.ns.joker.com'] as const;
export const MAX_NAMESERVERS = 13;

export interface NameserverList {
  hosts: string[];
  problems: string[];
}

export function parseNameservers(text: string): NameserverList {
  const hosts: string[] = [];
  const problems: string[] = [];
  for (const word of text.split(/[\s,;]+/)) {
    if (word === '') continue;
    const host = normalizeHostname(word);
    if (host === '') problems.push(`${word} is not a host name (such as ns1.example.com)`);
    else if (hosts.includes(host)) problems.push(`${host} is listed twice`);
    else hosts.push(host);
  }
  if (hosts.length === 0 && problems.length === 0) problems.push('Give at least one name server');
  if (hosts.length > MAX_NAMESERVERS) problems.push(`At most ${MAX_NAMESERVERS} name servers`);
  return { hosts, problems };
}

/** Registries expect at least two name servers for redundancy; one is accepted but worth a warning. */
export function nameserverWarning(hosts: readonly string[]): string | undefined {
  return hosts.length === 1 ? 'Only one name server: most registries expect at least two, and the domain is unreachable when it fails.' : undefined;
}
