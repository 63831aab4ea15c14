import type { ZoneRecord } from '@/lib/zone';

export interface RecordRow {
  index: number;
  record: ZoneRecord;
  /** Problems of this record: the zone rules, and Joker's Error lines of a refused save. */
  problems: readonly string[];
}

export type RecordSortKey = 'name' | 'type' | 'priority' | 'value' | 'ttl';
export interface RecordSort {
  key: RecordSortKey;
  dir: 'asc' | 'desc';
}

/** What the Value column shows: the CAA tag, the target, and the extra parameters (FRAME, MAILFW, NAPTR, URL). */
export const recordValue = (r: ZoneRecord) => [r.caaTag, r.target, ...r.params.filter(Boolean)].filter(Boolean).join(' ');

/** A record's accessible name in the table ("www A 192.0.2.1"), used by its checkbox and its buttons. */
export const recordName = (r: ZoneRecord) => `${r.label} ${r.type} ${r.target}`;

/** Plain code-unit order: localeCompare is many times slower, and 5,000 rows are sorted again on every edit. */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The apex first, then the names in order: the records of one name stay together (grouped), by type within it. */
const nameOrder = (a: ZoneRecord, b: ZoneRecord) =>
  (a.label === '@' ? 0 : 1) - (b.label === '@' ? 0 : 1) || cmp(a.label, b.label) || cmp(a.type, b.type);

const ORDERS: Record<RecordSortKey, (a: ZoneRecord, b: ZoneRecord) => number> = {
  name: nameOrder,
  type: (a, b) => cmp(a.type, b.type),
  priority: (a, b) => a.priority - b.priority || (a.weight ?? 0) - (b.weight ?? 0),
  value: (a, b) => cmp(recordValue(a), recordValue(b)),
  ttl: (a, b) => a.ttl - b.ttl,
};

/**
 * The rows shown: of one type (or all), matching the search in name, type, value, TTL or problems (case-insensitive),
 * sorted by one column and then by name and type (so a sort by type still groups each name), ties in zone order.
 */
export function orderRecords(rows: readonly RecordRow[], options: { type: string; search: string; sort: RecordSort }): RecordRow[] {
  const needle = options.search.trim().toLowerCase();
  const shown = rows.filter((row) => {
    if (options.type && row.record.type !== options.type) return false;
    if (!needle) return true;
    const r = row.record;
    return `${r.label} ${r.type} ${recordValue(r)} ${r.ttl} ${row.problems.join(' ')}`.toLowerCase().includes(needle);
  });
  const sign = options.sort.dir === 'asc' ? 1 : -1;
  const first = ORDERS[options.sort.key];
  return shown.sort((a, b) => sign * first(a.record, b.record) || nameOrder(a.record, b.record) || a.index - b.index);
}
