import { describe, expect, it } from 'vitest';
import { applyZoneChange, describeZoneChange, type ZoneChange } from './change';
import { diffSize } from './diff';
import { parseZone } from './parse';
import { serializeRecord } from './serialize';

const zone = (text: string) => ({ directives: {}, records: parseZone(text).records });
const record = (line: string) => parseZone(line).records[0]!;
const after = (text: string, change: ZoneChange) => applyZoneChange(zone(text), change).zone.records.map((r) => serializeRecord(r));

const SPF: ZoneChange = { op: 'add', record: record('@ TXT 0 "v=spf1 include:_spf.example.net -all" 3600'), replace: 'prefix', prefix: 'v=spf1' };

describe('applyZoneChange', () => {
  it('replaces the SPF record in place and leaves other TXT records alone', () => {
    expect(after('@ A 0 192.0.2.1 3600\n@ TXT 0 "v=spf1 mx -all" 3600\n@ TXT 0 "google-site-verification=x" 3600', SPF)).toEqual([
      '@ A 0 192.0.2.1 3600',
      '@ TXT 0 "v=spf1 include:_spf.example.net -all" 3600',
      '@ TXT 0 "google-site-verification=x" 3600',
    ]);
  });

  it('adds the SPF record to a zone without one, and is a no-op where it is already set', () => {
    expect(after('@ A 0 192.0.2.1 3600', SPF)).toEqual(['@ A 0 192.0.2.1 3600', '@ TXT 0 "v=spf1 include:_spf.example.net -all" 3600']);
    expect(diffSize(applyZoneChange(zone('@ TXT 0 "v=spf1 include:_spf.example.net -all" 3600'), SPF).diff)).toBe(0);
  });

  it('add without replacing keeps what is there; replacing all drops every record of the name and type', () => {
    const caa: ZoneChange = { op: 'add', record: record('@ CAA 0 issue "letsencrypt.org" 3600'), replace: 'none' };
    expect(after('@ CAA 0 issue "sectigo.com" 3600', caa)).toEqual(['@ CAA 0 issue "sectigo.com" 3600', '@ CAA 0 issue "letsencrypt.org" 3600']);
    expect(after('@ CAA 0 issue "sectigo.com" 3600\n@ CAA 0 iodef "mailto:a@example.com" 3600', { ...caa, replace: 'all' })).toEqual(['@ CAA 0 issue "letsencrypt.org" 3600']);
  });

  it('swaps an address everywhere (IPv6 written differently too), and nothing else', () => {
    const text = '@ A 0 192.0.2.1 3600\nwww A 0 192.0.2.1 300\nh DYNA 0 192.0.2.1 60\nother A 0 192.0.2.10 3600\nt TXT 0 "192.0.2.1" 3600';
    expect(after(text, { op: 'swap-ip', from: '192.0.2.1', to: '198.51.100.7' })).toEqual([
      '@ A 0 198.51.100.7 3600',
      'www A 0 198.51.100.7 300',
      'h DYNA 0 198.51.100.7 60',
      'other A 0 192.0.2.10 3600',
      't TXT 0 "192.0.2.1" 3600',
    ]);
    expect(after('@ AAAA 0 2001:db8:0:0::1 3600', { op: 'swap-ip', from: '2001:db8::1', to: '2001:db8::2' })).toEqual(['@ AAAA 0 2001:db8::2 3600']);
  });

  it('removes records by name, type and value prefix', () => {
    expect(after('_dmarc TXT 0 "v=DMARC1; p=none" 3600\n_dmarc TXT 0 "other" 3600', { op: 'remove', label: '_dmarc', type: 'TXT', prefix: 'v=dmarc1' })).toEqual([
      '_dmarc TXT 0 "other" 3600',
    ]);
  });

  it('describes itself in words', () => {
    expect(describeZoneChange(SPF)).toBe('Set @ TXT "v=spf1 include:_spf.example.net -all" (replacing @ TXT records starting with "v=spf1")');
    expect(describeZoneChange({ op: 'swap-ip', from: '192.0.2.1', to: '192.0.2.2' })).toBe('Replace address 192.0.2.1 with 192.0.2.2');
  });
});
