import { exactKey, rrsetKey } from './keys';
import type { ZoneDirectives, ZoneLike, ZoneRecord } from './types';

export interface IndexedRecord {
  record: ZoneRecord;
  /** Index in the zone it belongs to (the old zone for removed records, the new one for added records). */
  index: number;
}

export interface RecordChange {
  before: ZoneRecord;
  after: ZoneRecord;
  beforeIndex: number;
  afterIndex: number;
}

export interface ZoneDiff {
  added: IndexedRecord[];
  removed: IndexedRecord[];
  changed: RecordChange[];
  /** Set when `$dnssec` or `$dyndns` differ. */
  directives: { before: ZoneDirectives; after: ZoneDirectives } | null;
  unchanged: number;
}

function sameDirectives(a: ZoneDirectives, b: ZoneDirectives): boolean {
  const da = a.dyndns ?? { enabled: false, user: '', password: '' };
  const db = b.dyndns ?? { enabled: false, user: '', password: '' };
  return Boolean(a.dnssec) === Boolean(b.dnssec) && da.enabled === db.enabled && da.user === db.user && da.password === db.password;
}

function group(items: IndexedRecord[]): Map<string, IndexedRecord[]> {
  const out = new Map<string, IndexedRecord[]>();
  for (const item of items) {
    const key = rrsetKey(item.record);
    const list = out.get(key);
    if (list) list.push(item);
    else out.set(key, [item]);
  }
  return out;
}

/**
 * What turns zone `before` into zone `after`. Records are matched as whole lines first (so a reordered zone has no
 * changes); of what is left, a removed and an added record with the same name and type are one change: first those
 * with the same value (a TTL edit), then in order. Linear in the number of records.
 */
export function diffZones(before: ZoneLike, after: ZoneLike): ZoneDiff {
  const pool = new Map<string, number[]>();
  before.records.forEach((r, i) => {
    const key = exactKey(r);
    const list = pool.get(key);
    if (list) list.push(i);
    else pool.set(key, [i]);
  });
  const matched = new Set<number>();
  const added: IndexedRecord[] = [];
  let unchanged = 0;
  after.records.forEach((record, index) => {
    const hit = pool.get(exactKey(record))?.shift();
    if (hit === undefined) added.push({ record, index });
    else {
      matched.add(hit);
      unchanged++;
    }
  });
  const removed: IndexedRecord[] = [];
  before.records.forEach((record, index) => {
    if (!matched.has(index)) removed.push({ record, index });
  });

  const changed: RecordChange[] = [];
  const addedBySet = group(added);
  const paired = new Set<IndexedRecord>();
  const stillRemoved: IndexedRecord[] = [];
  for (const [key, olds] of group(removed)) {
    const news = addedBySet.get(key) ?? [];
    const left = [...olds];
    // Same value first (a TTL or priority edit), then the rest in order.
    for (const pass of [(o: IndexedRecord, n: IndexedRecord) => o.record.target === n.record.target, () => true]) {
      for (let i = 0; i < left.length; i++) {
        const old = left[i]!;
        const next = news.find((n) => !paired.has(n) && pass(old, n));
        if (!next) continue;
        paired.add(next);
        changed.push({ before: old.record, after: next.record, beforeIndex: old.index, afterIndex: next.index });
        left.splice(i--, 1);
      }
    }
    stillRemoved.push(...left);
  }
  return {
    added: added.filter((a) => !paired.has(a)),
    removed: stillRemoved.sort((a, b) => a.index - b.index),
    changed: changed.sort((a, b) => a.afterIndex - b.afterIndex),
    directives: sameDirectives(before.directives, after.directives) ? null : { before: before.directives, after: after.directives },
    unchanged,
  };
}

/** Records added, removed or changed. */
export function diffSize(diff: ZoneDiff): number {
  return diff.added.length + diff.removed.length + diff.changed.length;
}

export function isEmptyDiff(diff: ZoneDiff): boolean {
  return diffSize(diff) === 0 && diff.directives === null;
}
