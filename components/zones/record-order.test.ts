import { describe, expect, it } from 'vitest';
import { parseZone } from '@/lib/zone';
import { orderRecords, type RecordRow } from './record-order';

const rows: RecordRow[] = parseZone(
  ['www A 0 192.0.2.1 3600', '@ MX 10 mail.example.net. 3600', 'api TXT 0 "hello" 600', 'www AAAA 0 2001:db8::1 3600', '@ A 0 192.0.2.9 3600'].join('\n'),
).records.map((record, index) => ({ index, record, problems: index === 2 ? ['Warning: odd'] : [] }));
const order = (o: Partial<Parameters<typeof orderRecords>[1]>) =>
  orderRecords(rows, { type: '', search: '', sort: { key: 'name', dir: 'asc' }, ...o }).map((r) => r.index);

describe('orderRecords', () => {
  it('groups by name, the apex first, then by type', () => {
    expect(order({})).toEqual([4, 1, 2, 0, 3]);
  });
  it('sorts by another column, each name still grouped, and descending', () => {
    expect(order({ sort: { key: 'ttl', dir: 'asc' } })).toEqual([2, 4, 1, 0, 3]);
    expect(order({ sort: { key: 'type', dir: 'desc' } })).toEqual([2, 1, 3, 4, 0]);
  });
  it('filters by type and searches names, values and problems', () => {
    expect(order({ type: 'A' })).toEqual([4, 0]);
    expect(order({ search: 'MAIL.example' })).toEqual([1]);
    expect(order({ search: 'odd' })).toEqual([2]);
  });
});
