import { describe, expect, it } from 'vitest';
import { exportBind } from './bind-export';
import { importBind } from './bind-import';
import { diffZones, isEmptyDiff } from './diff';
import { parseZone } from './parse';
import { serializeRecord } from './serialize';

const JOKER_ZONE = [
  '$dnssec=no',
  '$dyndns=yes:dynuser:(unchanged)',
  '@ A 0 203.0.113.5 3600',
  'www A 0 203.0.113.5 3600',
  '@ AAAA 0 2001:db8::5 3600',
  '@ MX 10 mail.example.com. 3600',
  'blog CNAME 0 www 3600',
  '@ TXT 0 "v=spf1 mx -all" 3600',
  `dkim._domainkey TXT 0 "v=DKIM1; k=rsa; p=${'A'.repeat(300)}" 3600`,
  'q TXT 0 "say \\"hi\\"" 3600',
  '_sip._tcp SRV 10/100 sip.example.com:5060 3600',
  '@ NAPTR 100/10 _sip._udp.example.com. 86400 0 0 "S" "SIP+D2U" ""',
  '@ CAA 0 issue "letsencrypt.org" 3600',
  'sub NS 0 ns1.other.example. 3600',
  'go URL 0 https://www.example.com/landing 3600',
  'shop FRAME 0 https://shop.example.net/ 3600 0 0 "" "" "Our shop" "Enable frames"',
  'info MAILFW 0 owner@example.net 86400 0 0 1',
  'home DYNA 0 192.0.2.1 60',
  'home6 DYNAAAA 0 2001:db8:1::1 60',
].join('\n');

describe('BIND export and import (dns-zonefile)', () => {
  it('exports every type: standard ones as BIND records, Joker-only ones as comments, never the DynDNS password', () => {
    const zone = parseZone(JOKER_ZONE);
    const bind = exportBind(zone, 'example.com', new Date(0));
    expect(bind).toContain('$ORIGIN example.com.');
    expect(bind).toMatch(/^@\t3600\tIN\tMX\t10\tmail\.example\.com\.$/m);
    expect(bind).toMatch(/^_sip\._tcp\t3600\tIN\tSRV\t10\t100\t5060\tsip\.example\.com\.$/m);
    expect(bind).toMatch(/^@\t3600\tIN\tCAA\t0\tissue\t"letsencrypt\.org"$/m);
    expect(bind).toMatch(/^@\t86400\tIN\tNAPTR\t100 10 "S" "SIP\+D2U" "" _sip\._udp\.example\.com\.$/m);
    expect(bind).toMatch(/^dkim\._domainkey\t3600\tIN\tTXT\t"v=DKIM1; k=rsa; p=A+" "A+"$/m);
    expect(bind).toContain('; joker: go URL 0 https://www.example.com/landing 3600');
    expect(bind).toContain('; joker: info MAILFW 0 owner@example.net 86400 0 0 1');
    expect(bind).toContain('DynDNS is on for user dynuser');
    expect(bind).not.toContain('(unchanged)');
    expect(bind).not.toMatch(/^[^;]*\bURL\b/m);
  });

  it('imports its own export back to the same records', () => {
    const zone = parseZone(JOKER_ZONE);
    const back = importBind(exportBind(zone, 'example.com'), 'example.com');
    expect(back.skipped).toEqual([]);
    expect(back.adjusted).toEqual([]);
    expect(isEmptyDiff(diffZones(zone, { directives: zone.directives, records: back.records }))).toBe(true);
  });

  it('reads a foreign zone file: $ORIGIN/$TTL, ownerless lines, units, parentheses, split TXT strings', () => {
    const text = [
      '$ORIGIN example.com.',
      '$TTL 1h',
      '@   IN SOA ns1.other. hostmaster.example.com. (',
      '        2024010101 ; serial',
      '        7200 3600 1209600 300 )',
      '    IN NS ns1.other.',
      '    IN MX 10 mail ; relative to the origin',
      'mail 300 IN A 192.0.2.25',
      '     IN AAAA 2001:db8::25',
      'www.example.com. IN 1d CNAME @',
      'txt IN TXT "part one " "part two" ; joined without a blank',
      '_dmarc TXT ( "v=DMARC1; p=reject" )',
      'host IN PTR ptr.example.net.',
      'tlsa IN TLSA 3 1 1 abcdef',
      'other.example.net. IN A 192.0.2.99',
      'fast 30 IN A 192.0.2.30',
      'caa IN CAA 128 issue "letsencrypt.org"',
    ].join('\n');
    const result = importBind(text, 'example.com');
    expect(result.records.map((r) => serializeRecord(r))).toEqual([
      '@ MX 10 mail 3600',
      'mail A 0 192.0.2.25 300',
      'mail AAAA 0 2001:db8::25 3600',
      'www CNAME 0 @ 86400',
      'txt TXT 0 "part one part two" 3600',
      '_dmarc TXT 0 "v=DMARC1; p=reject" 3600',
      'fast A 0 192.0.2.30 60',
      'caa CAA 0 issue "letsencrypt.org" 3600',
    ]);
    expect(result.skipped.map((s) => [s.line, s.message])).toEqual([
      [3, 'Joker.com writes the zone’s SOA record itself.'],
      [6, 'The zone’s own name servers are Joker.com’s: set the domain’s name servers on the domain.'],
      [13, 'PTR records belong in reverse zones, which Joker.com name service does not hold.'],
      [14, 'Joker.com’s zone format has no TLSA records.'],
      [15, 'other.example.net. is outside the zone example.com.'],
    ]);
    expect(result.adjusted.map((a) => [a.line, a.message])).toEqual([
      [16, 'TTL 30 raised to 60, Joker.com’s minimum.'],
      [17, 'CAA flags 128 dropped: Joker.com writes CAA records with flags 0.'],
    ]);
  });

  it('lists records that break Joker’s rules and directives it cannot follow', () => {
    const result = importBind('$INCLUDE other.zone\nbad IN A 999.1.1.1\n_x._tcp IN SRV 1 1 80 192.0.2.1.', 'example.com');
    expect(result.records).toEqual([]);
    expect(result.skipped.map((s) => s.line)).toEqual([1, 2, 3]);
    expect(result.skipped[1]?.message).toMatch(/invalid IPv4/);
  });
});
