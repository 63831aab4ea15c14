import 'server-only';
import { type DmapiClient, type DomainListRow, queryDomainList, queryWhois, type WhoisRecord } from '@/lib/dmapi';
import { tldOf } from '@/lib/net/suffix';

/**
 * One domain as its page and its actions need it: the list's row (status, expiry, privacy with its origin and
 * expiration) and live query-whois (created, contacts, name servers, DNSSEC). Both are reads; on a page they go
 * through the render's read-once client, so sections asking for the same facts cause one request each.
 */
export interface DomainFacts {
  domain: string;
  tld: string;
  expires: number | undefined;
  created: number | undefined;
  statuses: readonly string[];
  locked: boolean;
  autorenew: boolean;
  privacy: {
    /** The level in force: none, basic, pro, or off (a subscription switched off). */
    active: string;
    /** The level bought (the list's privacy-origin). */
    bought: string | undefined;
    expires: number | undefined;
  };
  grants: readonly string[];
  owner: string | undefined;
  admin: string | undefined;
  tech: string | undefined;
  billing: string | undefined;
  nameservers: string[];
  dnssec: boolean;
  /** The ds-N values the registry holds, as whois shows them. */
  ds: string[];
  /** Whether live whois data was there (it may be missing for a moment after a transfer). */
  whois: boolean;
}

const ms = (d: Date | undefined) => (d ? d.getTime() : undefined);

export function factsFrom(domain: string, row: DomainListRow, whois: WhoisRecord | null): DomainFacts {
  const w = whois?.domain;
  const entries = whois?.entries ?? {};
  const statuses = row.statuses ?? [];
  const ds = Object.keys(entries)
    .filter((k) => /^domain\.ds-\d+$/.test(k))
    .sort((a, b) => Number(a.slice(10)) - Number(b.slice(10)))
    .map((k) => entries[k]?.[0] ?? '')
    .filter(Boolean);
  const dnssecLine = (entries['domain.dnssec']?.[0] ?? '').toLowerCase();
  return {
    domain,
    tld: tldOf(domain),
    expires: ms(row.expiration) ?? ms(w?.expires),
    created: ms(w?.created),
    statuses,
    locked: statuses.includes('lock'),
    autorenew: statuses.includes('autorenew'),
    privacy: { active: row.privacyStatus ?? 'none', bought: row.privacyOrigin, expires: ms(row.privacyExpiration) },
    grants: row.grants ?? [],
    owner: w?.owner.handle,
    admin: w?.contacts.admin,
    tech: w?.contacts.tech,
    billing: w?.contacts.billing,
    nameservers: w?.nameservers ?? [],
    dnssec: dnssecLine === '1' || dnssecLine === 'yes' || dnssecLine === 'signeddelegation' || ds.length > 0,
    ds,
    whois: Boolean(w),
  };
}

/** Fresh facts for an action (one query-domain-list with the name as pattern, one query-whois); undefined if not ours. */
export async function readDomainFacts(client: DmapiClient, domain: string): Promise<DomainFacts | undefined> {
  const [rows, whois] = await Promise.all([
    queryDomainList(client, { pattern: domain, showstatus: true, showgrants: true, showprivacy: true }),
    queryWhois(client, { domain }).catch(() => null),
  ]);
  const row = rows.find((r) => r.domain.toLowerCase() === domain);
  return row ? factsFrom(domain, row, whois) : undefined;
}
