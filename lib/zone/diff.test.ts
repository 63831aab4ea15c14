import { describe, expect, it } from 'vitest';
import { diffSize, diffZones, isEmptyDiff } from './diff';
import { rebaseEdits } from './merge';
import { parseZone } from './parse';
import { saveRisk } from './risk';
import { serializeRecord } from './serialize';
import type { ZoneLike } from './types';

const z = (text: string, dyndns?: { enabled: boolean; user: string; password: string }): ZoneLike => ({
  directives: dyndns ? { dyndns } : {},
  records: parseZone(text).records,
});
const lines = (zone: ZoneLike) => zone.records.map((r) => serializeRecord(r));

const BASE = ['@ A 0 192.0.2.1 3600', 'www A 0 192.0.2.1 3600', '@ MX 10 mail.example.com. 3600', 't TXT 0 "one" 3600'].join('\n');

describe('diffZones', () => {
  it('finds nothing in a reordered zone', () => {
    const d = diffZones(z(BASE), z(BASE.split('\n').reverse().join('\n')));
    expect(isEmptyDiff(d)).toBe(true);
    expect(d.unchanged).toBe(4);
  });

  it('pairs a removed and an added record of the same name and type as a change, the same value first', () => {
    const d = diffZones(z(BASE), z(BASE.replace('www A 0 192.0.2.1 3600', 'www A 0 192.0.2.9 3600').replace('t TXT 0 "one" 3600', 't TXT 0 "one" 300') + '\nnew A 0 192.0.2.5 3600'));
    expect(d.changed.map((c) => [serializeRecord(c.before), serializeRecord(c.after)])).toEqual([
      ['www A 0 192.0.2.1 3600', 'www A 0 192.0.2.9 3600'],
      ['t TXT 0 "one" 3600', 't TXT 0 "one" 300'],
    ]);
    expect(d.added.map((a) => a.record.label)).toEqual(['new']);
    expect(d.removed).toEqual([]);
    expect(diffSize(d)).toBe(3);
  });

  it('reports removals and directive changes', () => {
    const d = diffZones(z(BASE), z(BASE.split('\n').slice(1).join('\n'), { enabled: true, user: 'u', password: 'p' }));
    expect(d.removed.map((r) => [r.index, serializeRecord(r.record)])).toEqual([[0, '@ A 0 192.0.2.1 3600']]);
    expect(d.directives?.after.dyndns?.enabled).toBe(true);
  });
});

describe('saveRisk', () => {
  it('asks for the zone name above 30 % of the records changed', () => {
    const one = diffZones(z(BASE), z(`${BASE}\nx A 0 192.0.2.7 3600`));
    expect(saveRisk(one, 4).typed).toBe(false);
    const two = diffZones(z(BASE), z(`${BASE}\nx A 0 192.0.2.7 3600\ny A 0 192.0.2.8 3600`));
    expect(saveRisk(two, 4)).toMatchObject({ typed: true, changes: 2, share: 0.5, reasons: ['This save changes 2 of 4 records (50 %).'] });
  });

  it('asks for it on any change of the apex MX or NS, and when unreadable lines are dropped', () => {
    const mx = diffZones(z(BASE), z(BASE.replace('@ MX 10', '@ MX 20')));
    expect(saveRisk(mx, 4, { domain: 'example.com' })).toMatchObject({ typed: true, apexMailOrNs: true });
    const subMx = diffZones(z(`${BASE}\nsub MX 10 mx.example.com. 3600`), z(`${BASE}\nsub MX 20 mx.example.com. 3600`));
    expect(saveRisk(subMx, 5).typed).toBe(false);
    expect(saveRisk(diffZones(z(BASE), z(BASE)), 4, { droppedLines: 1 }).typed).toBe(true);
  });
});

describe('rebaseEdits', () => {
  it('re-applies our edits on top of a zone someone else changed meanwhile', () => {
    const base = z(BASE);
    const ours = z(BASE.replace('www A 0 192.0.2.1', 'www A 0 192.0.2.9') + '\nours A 0 192.0.2.50 3600');
    const theirs = z(`${BASE}\n_acme-challenge TXT 0 "token-123" 60`);
    const { zone, conflicts } = rebaseEdits(base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(lines(zone)).toEqual([
      '@ A 0 192.0.2.1 3600',
      'www A 0 192.0.2.9 3600',
      '@ MX 10 mail.example.com. 3600',
      't TXT 0 "one" 3600',
      '_acme-challenge TXT 0 "token-123" 60',
      'ours A 0 192.0.2.50 3600',
    ]);
  });

  it('keeps both versions of a record both sides changed, and says so', () => {
    const base = z(BASE);
    const ours = z(BASE.replace('www A 0 192.0.2.1', 'www A 0 192.0.2.9'));
    const theirs = z(BASE.replace('www A 0 192.0.2.1', 'www A 0 192.0.2.7'));
    const { zone, conflicts } = rebaseEdits(base, ours, theirs);
    expect(lines(zone)).toContain('www A 0 192.0.2.7 3600');
    expect(lines(zone)).toContain('www A 0 192.0.2.9 3600');
    expect(conflicts).toEqual(['You changed www A 192.0.2.1 to www A 192.0.2.9; meanwhile it was changed or removed. Both versions are kept.']);
  });

  it('a removal of what is already gone is reported; the same change on both sides is no conflict', () => {
    const base = z(BASE);
    const { conflicts } = rebaseEdits(base, z(BASE.replace('t TXT 0 "one" 3600\n', '').replace('\nt TXT 0 "one" 3600', '')), z(BASE.replace('"one"', '"two"')));
    expect(conflicts[0]).toMatch(/You removed t TXT one/);
    const same = z(BASE.replace('192.0.2.1 3600\nwww', '192.0.2.1 3600\nwww').replace('www A 0 192.0.2.1', 'www A 0 192.0.2.9'));
    expect(rebaseEdits(base, same, same).conflicts).toEqual([]);
    expect(lines(rebaseEdits(base, same, same).zone)).toEqual(lines(same));
  });

  it('keeps our directive change; a directive change on both sides is listed', () => {
    const dyn = { enabled: true, user: 'u', password: 'p' };
    const r = rebaseEdits(z(BASE), z(BASE, dyn), z(BASE));
    expect(r.zone.directives.dyndns).toEqual(dyn);
    expect(rebaseEdits(z(BASE), z(BASE, dyn), z(BASE, { enabled: true, user: 'other', password: 'x' })).conflicts).toHaveLength(1);
  });
});
