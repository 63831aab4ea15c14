import { hostKey, recordKey, rrsetKey } from './keys';
import { validateRecord } from './serialize';
import type { ZoneLike, ZoneRecord } from './types';

export interface ZoneIssue {
  /** Index into the zone's records; -1 for the directives. */
  index: number;
  severity: 'error' | 'warning';
  message: string;
}

export interface CheckOptions {
  /** The zone's name (ASCII): enables the checks that need it (full name length, labels that repeat the zone). */
  domain?: string;
  /**
   * Also run each record's own rules (what dns-zone-put refuses): for records built in an editor. Records parsed from
   * text have passed them already.
   */
  recordRules?: boolean;
}

/** Types whose label is a DNS owner name; MAILFW labels are mailbox names (`info` forwards info@zone). */
const isOwner = (r: ZoneRecord) => r.type !== 'MAILFW';
const shown = (r: ZoneRecord) => `${r.label} ${r.type} ${r.caaTag ? `${r.caaTag} ` : ''}${r.target}`;

/** The rules a careful DNS tool adds to Joker's line rules: names that can hold a CNAME, duplicates, RRset TTLs. */
function ownerRules(records: readonly ZoneRecord[], issue: (i: number, s: ZoneIssue['severity'], m: string) => void): void {
  const byOwner = new Map<string, number[]>();
  records.forEach((r, i) => {
    if (!isOwner(r)) return;
    const owner = r.label.toLowerCase();
    const list = byOwner.get(owner);
    if (list) list.push(i);
    else byOwner.set(owner, [i]);
  });
  for (const [owner, indexes] of byOwner) {
    const cnames = indexes.filter((i) => records[i]!.type === 'CNAME');
    if (cnames.length === 0) continue;
    if (owner === '@') for (const i of cnames) issue(i, 'error', 'A CNAME cannot be at the zone apex (@): the apex holds the zone’s SOA and NS records');
    const others = indexes.filter((i) => records[i]!.type !== 'CNAME');
    if (cnames.length > 1) for (const i of cnames.slice(1)) issue(i, 'error', `"${owner}" already has a CNAME; a name can have only one`);
    if (others.length > 0) {
      const types = [...new Set(others.map((i) => records[i]!.type))].join(', ');
      for (const i of cnames) issue(i, 'error', `A CNAME cannot share its name with other records ("${owner}" also has ${types})`);
      for (const i of others) issue(i, 'error', `"${owner}" has a CNAME, so it can hold no other record`);
    }
  }
}

function duplicateRules(records: readonly ZoneRecord[], issue: (i: number, s: ZoneIssue['severity'], m: string) => void): void {
  const exact = new Map<string, number>();
  const ttls = new Map<string, { ttl: number; index: number }>();
  records.forEach((r, i) => {
    const key = recordKey(r);
    const first = exact.get(key);
    if (first !== undefined) {
      const other = records[first]!;
      issue(i, 'error', other.ttl === r.ttl ? `Duplicate of ${shown(other)}` : `Duplicate of ${shown(other)} (only the TTL differs)`);
      return;
    }
    exact.set(key, i);
    if (!isOwner(r) || r.type === 'URL' || r.type === 'FRAME') return;
    const set = rrsetKey(r);
    const seen = ttls.get(set);
    if (!seen) ttls.set(set, { ttl: r.ttl, index: i });
    else if (seen.ttl !== r.ttl) {
      issue(i, 'warning', `Other ${r.label} ${r.type} records have TTL ${seen.ttl}: resolvers cache one TTL per name and type`);
    }
  });
}

/** Hints that need the whole zone: DynDNS records while DynDNS is off, MX/SRV/NS targets that are aliases. */
function zoneHints(zone: ZoneLike, options: CheckOptions, issue: (i: number, s: ZoneIssue['severity'], m: string) => void): void {
  const domain = options.domain?.toLowerCase();
  const aliases = new Set<string>();
  for (const r of zone.records) if (r.type === 'CNAME') aliases.add(hostKey(r.label, domain));
  zone.records.forEach((r, i) => {
    if ((r.type === 'DYNA' || r.type === 'DYNAAAA') && !zone.directives.dyndns?.enabled) {
      issue(i, 'warning', `${r.type} has no effect while DynDNS is off`);
    }
    if (r.type === 'CNAME' && hostKey(r.target, domain) === hostKey(r.label, domain)) issue(i, 'error', 'A CNAME cannot point at its own name');
    if ((r.type === 'MX' || r.type === 'NS' || r.type === 'SRV') && aliases.size > 0) {
      const target = r.type === 'SRV' ? r.target.slice(0, r.target.lastIndexOf(':')) : r.target;
      if (aliases.has(hostKey(target, domain))) issue(i, 'warning', `${r.type} target ${target} is a CNAME; it must name a host with addresses (RFC 2181 §10.3)`);
    }
    if (r.type === 'NS' && r.label === '@') {
      issue(i, 'warning', 'Apex NS records do not move the delegation: the domain’s name servers are set on the domain');
    }
    if (!domain || !isOwner(r) || r.label === '@') return;
    const label = r.label.toLowerCase();
    if (label === domain || label.endsWith(`.${domain}`)) {
      issue(i, 'warning', `Labels are relative to the zone: "${r.label}" names ${r.label}.${domain}`);
    }
    if (label.length + 1 + domain.length > 253) issue(i, 'error', `${r.label}.${domain} is longer than 253 characters`);
  });
}

/**
 * Every problem of a zone, per record: errors stop a save, warnings are shown beside the record. Linear in the
 * number of records (a 5,000-record zone is checked in a few milliseconds; `npm run bench`).
 */
export function checkZone(zone: ZoneLike, options: CheckOptions = {}): ZoneIssue[] {
  const issues: ZoneIssue[] = [];
  const issue = (index: number, severity: ZoneIssue['severity'], message: string) => issues.push({ index, severity, message });
  if (options.recordRules) {
    zone.records.forEach((r, i) => {
      for (const message of validateRecord(r)) issue(i, 'error', message);
    });
  }
  ownerRules(zone.records, issue);
  duplicateRules(zone.records, issue);
  zoneHints(zone, options, issue);
  return issues.sort((a, b) => a.index - b.index || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

/** The issues of a zone grouped by record index. */
export function issuesByRecord(issues: readonly ZoneIssue[]): Map<number, ZoneIssue[]> {
  const out = new Map<number, ZoneIssue[]>();
  for (const i of issues) {
    const list = out.get(i.index);
    if (list) list.push(i);
    else out.set(i.index, [i]);
  }
  return out;
}

export function hasErrors(issues: readonly ZoneIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
