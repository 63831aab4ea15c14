import { describe, expect, it } from 'vitest';
import { parseZone } from './parse';
import { serializeRecord, serializeZone } from './serialize';
import { escapeZoneString } from './tokenize';
import { DYNDNS_PASSWORD_KEPT, RECORD_TYPES, type RecordType, type ZoneLike, type ZoneRecord } from './types';

const base = { priority: 0, ttl: 3600, validFrom: 0, validTo: 0, params: [] as string[] };

/** One record of every type, built as an editor builds them, with the fields each type carries. */
const ONE_OF_EACH: Record<RecordType, ZoneRecord[]> = {
  A: [{ ...base, label: 'www', type: 'A', target: '192.0.2.10' }],
  AAAA: [{ ...base, label: '@', type: 'AAAA', target: '2001:db8::10' }],
  MX: [{ ...base, label: '@', type: 'MX', priority: 10, target: 'mail.example.com.' }],
  CNAME: [{ ...base, label: 'blog', type: 'CNAME', target: 'www' }],
  TXT: [
    { ...base, label: '@', type: 'TXT', target: 'v=spf1 mx -all' },
    { ...base, label: 'q', type: 'TXT', target: escapeZoneString('say "hi" \\ bye') },
    { ...base, label: 'empty', type: 'TXT', target: '' },
  ],
  SRV: [
    { ...base, label: '_sip._tcp', type: 'SRV', priority: 10, weight: 100, target: 'sip.example.com:5060' },
    { ...base, label: '_xmpp._tcp', type: 'SRV', priority: 5, target: 'xmpp.example.com:5222' },
  ],
  NAPTR: [
    { ...base, label: '@', type: 'NAPTR', priority: 100, weight: 10, ttl: 0, target: '_sip._udp.example.com.', params: ['S', 'SIP+D2U', ''] },
    { ...base, label: 'e164', type: 'NAPTR', priority: 10, weight: 100, target: '.', params: ['U', 'E2U+sip', '!^.*$!sip:info@example.com!'] },
  ],
  CAA: [
    { ...base, label: '@', type: 'CAA', caaTag: 'issue', target: 'letsencrypt.org' },
    { ...base, label: '@', type: 'CAA', caaTag: 'issuewild', target: ';' },
    { ...base, label: '@', type: 'CAA', caaTag: 'iodef', target: 'mailto:hostmaster@example.com' },
  ],
  URL: [{ ...base, label: 'go', type: 'URL', target: 'https://www.example.com/landing' }],
  FRAME: [
    { ...base, label: 'shop', type: 'FRAME', target: 'https://shop.example.net/', params: ['X-Frame: 1\\nX-Other: 2', '<meta name=x>', 'Our shop', 'Please enable frames'] },
    { ...base, label: 'bare', type: 'FRAME', target: 'http://joker.com' },
  ],
  MAILFW: [
    { ...base, label: 'info', type: 'MAILFW', target: 'owner@example.net', params: ['1'] },
    { ...base, label: 'first.last', type: 'MAILFW', target: 'someone@example.org', params: ['0'] },
  ],
  DYNA: [{ ...base, label: 'home', type: 'DYNA', target: '192.0.2.77', ttl: 60 }],
  DYNAAAA: [{ ...base, label: 'home', type: 'DYNAAAA', target: '2001:db8:1::77', ttl: 60 }],
  NS: [{ ...base, label: 'sub', type: 'NS', target: 'ns1.other.example.' }],
};

const ALL = Object.values(ONE_OF_EACH).flat();

describe('parse(serialize(x)) is x', () => {
  it('covers every record type', () => {
    expect(Object.keys(ONE_OF_EACH).sort()).toEqual([...RECORD_TYPES].sort());
  });

  for (const [type, records] of Object.entries(ONE_OF_EACH)) {
    it(`${type}: each record comes back as it was`, () => {
      for (const record of records) {
        const parsed = parseZone(serializeRecord(record), { txtPadding: 'none' });
        expect(parsed.errors).toEqual([]);
        expect(parsed.records).toEqual([record]);
      }
    });
  }

  it('a whole zone with directives round-trips, and its text too', () => {
    const zones: ZoneLike[] = [
      { directives: { dnssec: false, dyndns: { enabled: true, user: 'dyn-user', password: 's3cret!' } }, records: ALL },
      { directives: { dnssec: false, dyndns: { enabled: true, user: 'dyn-user', password: DYNDNS_PASSWORD_KEPT } }, records: ALL },
      { directives: { dnssec: true, dyndns: { enabled: false, user: '', password: '' } }, records: [] },
    ];
    for (const zone of zones) {
      const text = serializeZone(zone);
      const back = parseZone(text);
      expect(back.errors).toEqual([]);
      expect({ directives: back.directives, records: back.records }).toEqual(zone);
      expect(serializeZone(back)).toBe(text);
    }
  });

  it('valid-from/valid-to and the padded TXT form survive', () => {
    const timed: ZoneRecord = { ...base, label: 'later', type: 'A', target: '192.0.2.1', validFrom: 1_900_000_000, validTo: 1_950_000_000 };
    expect(parseZone(serializeRecord(timed)).records).toEqual([timed]);
    const txt = ONE_OF_EACH.TXT[0]!;
    expect(parseZone(serializeRecord(txt, { paddedTxt: true })).records).toEqual([txt]);
  });
});
