import { describe, expect, it } from 'vitest';
import { parseZone } from './parse';
import { serializeRecord, serializeZone, validateRecord } from './serialize';
import { escapeZoneString, unescapeZoneString } from './tokenize';
import type { ZoneRecord } from './types';

const ZONE = [
  '$dnssec=no',
  '$dyndns=yes:dynuser:dynpass',
  'www A 0 127.0.0.1 86400',
  '@ MX 10 mail.example.com. 86400',
  'www2 CNAME 0 example.com 300',
  'frame FRAME 0 http://joker.com 86400 0 0 "Header: Frame-Forward\\nX-Other: 1" "head" "title" "body"',
  'username MAILFW 0 redirected@example.com 86400 0 0 1',
  'naptr NAPTR 10/100 . 0 0 0 "U" "E2U+sip" "!^.*$!sip:info@example.com!"',
  '_ldap._tcp SRV 10/100 ldap.example.com:389 60',
  'txt TXT 0 "v=spf1 include:_spf.example.com ~all" 86400',
  'caa CAA 0 issue "letsencrypt.org" 86400',
  '',
].join('\n');

const A_RECORD: ZoneRecord = {
  label: 'www', type: 'A', priority: 0, target: '192.0.2.1', ttl: 3600, validFrom: 0, validTo: 0, params: [],
};

describe('serializeZone', () => {
  it('round-trips a zone byte for byte', () => {
    const parsed = parseZone(ZONE);
    expect(parsed.errors).toEqual([]);
    expect(serializeZone(parsed)).toBe(ZONE);
  });

  it('writes the two directives even for an empty zone, ending in a newline', () => {
    expect(serializeZone({ directives: {}, records: [] })).toBe('$dnssec=no\n$dyndns=no::\n');
  });

  it('pads TXT like the live server when asked, and reads the padded form back to the same zone', () => {
    const parsed = parseZone('t TXT 0 "tok" 3600');
    const padded = serializeZone(parsed, { paddedTxt: true });
    expect(padded).toBe('$dnssec=no\n$dyndns=no::\nt TXT 0  "tok " 3600\n');
    expect(parseZone(padded).records).toEqual(parsed.records);
    expect(serializeZone(parseZone(padded))).toBe('$dnssec=no\n$dyndns=no::\nt TXT 0 "tok" 3600\n');
  });

  it('include-defaults writes valid-from and valid-to', () => {
    expect(serializeRecord(A_RECORD, { includeDefaults: true })).toBe('www A 0 192.0.2.1 3600 0 0');
    expect(serializeRecord(A_RECORD)).toBe('www A 0 192.0.2.1 3600');
  });

  it('keeps a bare SRV priority as it was written', () => {
    const parsed = parseZone('_sip._udp SRV 5 sip.example.com:5060 60');
    expect(serializeRecord(parsed.records[0]!)).toBe('_sip._udp SRV 5 sip.example.com:5060 60');
  });
});

describe('validateRecord (editor-built records)', () => {
  it('accepts a good record', () => {
    expect(validateRecord(A_RECORD)).toEqual([]);
  });
  it('reports the rules of dns-zone-put', () => {
    expect(validateRecord({ ...A_RECORD, ttl: 30 })).toEqual(['TTL must be at least 60 for A records, got 30']);
    expect(validateRecord({ ...A_RECORD, type: 'TXT', target: 'say "hi"' })).toEqual(['missing blank after closing quote']);
  });
  it('accepts values escaped with escapeZoneString', () => {
    const value = escapeZoneString('say "hi"\nbye \\o/');
    expect(validateRecord({ ...A_RECORD, type: 'TXT', target: value })).toEqual([]);
    expect(unescapeZoneString(value)).toBe('say "hi"\nbye \\o/');
  });
});
