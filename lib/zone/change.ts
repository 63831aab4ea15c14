import { isIpv4, isIpv6, normalizeIpv6 } from '@/lib/net/ip';
import { diffZones, type ZoneDiff } from './diff';
import { recordKey, rrsetKey } from './keys';
import type { RecordType, ZoneLike, ZoneRecord } from './types';

/**
 * One change applied to many zones at once (the zones list's bulk change): add a record, optionally replacing the
 * records of the same name and type (all, or those whose value starts with `prefix`, e.g. `v=spf1`); swap an address
 * everywhere; or remove records.
 */
export type ZoneChange =
  | { op: 'add'; record: ZoneRecord; replace: 'none' | 'all' | 'prefix'; prefix?: string }
  | { op: 'swap-ip'; from: string; to: string }
  | { op: 'remove'; label: string; type: RecordType; prefix?: string };

export interface AppliedChange {
  zone: { directives: ZoneLike['directives']; records: ZoneRecord[] };
  diff: ZoneDiff;
}

const ADDRESS_TYPES: ReadonlySet<RecordType> = new Set(['A', 'AAAA', 'DYNA', 'DYNAAAA']);

function sameAddress(a: string, b: string): boolean {
  if (isIpv4(a) && isIpv4(b)) return a === b;
  return isIpv6(a) && isIpv6(b) && normalizeIpv6(a) === normalizeIpv6(b);
}

function startsWith(value: string, prefix: string | undefined): boolean {
  return prefix === undefined || prefix === '' || value.toLowerCase().startsWith(prefix.toLowerCase());
}

function matches(r: ZoneRecord, label: string, type: RecordType, prefix?: string): boolean {
  return rrsetKey(r) === rrsetKey({ ...r, label, type }) && startsWith(r.target, prefix);
}

function apply(zone: ZoneLike, change: ZoneChange): ZoneRecord[] {
  switch (change.op) {
    case 'add': {
      const { record } = change;
      const kept =
        change.replace === 'none'
          ? [...zone.records]
          : zone.records.filter((r) => !matches(r, record.label, record.type, change.replace === 'prefix' ? change.prefix : undefined));
      // Already there (maybe with another TTL): replaced in place, so the zone keeps its order.
      const same = kept.findIndex((r) => recordKey(r) === recordKey(record));
      if (same >= 0) return kept.map((r, i) => (i === same ? record : r));
      const keptSet = new Set(kept);
      const removedAt = zone.records.findIndex((r) => !keptSet.has(r));
      if (removedAt < 0) return [...kept, record];
      // Replacing: the new record takes the place of the first one it replaces.
      const before = zone.records.slice(0, removedAt).filter((r) => keptSet.has(r)).length;
      return [...kept.slice(0, before), record, ...kept.slice(before)];
    }
    case 'swap-ip':
      return zone.records.map((r) => (ADDRESS_TYPES.has(r.type) && sameAddress(r.target, change.from) ? { ...r, target: change.to } : r));
    case 'remove':
      return zone.records.filter((r) => !matches(r, change.label, change.type, change.prefix));
  }
}

/** The zone with the change applied, and what changed (empty when the zone already is as asked). */
export function applyZoneChange(zone: ZoneLike, change: ZoneChange): AppliedChange {
  const next = { directives: zone.directives, records: apply(zone, change) };
  return { zone: next, diff: diffZones(zone, next) };
}

/** The change in words, for job titles and previews. */
export function describeZoneChange(change: ZoneChange): string {
  switch (change.op) {
    case 'add': {
      const r = change.record;
      const what = `${r.label} ${r.type} ${r.caaTag ? `${r.caaTag} ` : ''}${r.type === 'TXT' || r.type === 'CAA' ? `"${r.target}"` : r.target}`;
      if (change.replace === 'all') return `Set ${what} (replacing other ${r.label} ${r.type} records)`;
      if (change.replace === 'prefix') return `Set ${what} (replacing ${r.label} ${r.type} records starting with "${change.prefix ?? ''}")`;
      return `Add ${what}`;
    }
    case 'swap-ip':
      return `Replace address ${change.from} with ${change.to}`;
    case 'remove':
      return `Remove ${change.label} ${change.type} records${change.prefix ? ` starting with "${change.prefix}"` : ''}`;
  }
}
