import { describe, expect, it } from 'vitest';
import { formatZoneError, parseZone } from './parse';

/** Every record example of the dns-zone-get documentation, with a NAPTR made concrete. */
const SEED_EXAMPLES = [
  'www A 0 127.0.0.1 86400',
  'www AAAA 0 fec0::17 86400',
  '@ MX 10 mail.example.com. 86400',
  'redirect URL 0 http://joker.com 86400',
  'frame FRAME 0 http://joker.com 86400 0 0 "Header: Frame-Forward" "head" "title" "body"',
  'username MAILFW 0 redirected@example.com 86400 0 0 1',
  'naptr NAPTR 10/100 sip.example.com 86400 0 0 "S" "SIP+D2U" ""',
  '_ldap._tcp SRV 10/100 ldap.example.com:389 60',
  'txt TXT 0 "key=value" 86400',
  'caa CAA 0 issue "letsencrypt.org" 86400',
  'caa CAA 0 issuewild "letsencrypt.org" 86400',
  'caa CAA 0 iodef "mailto:certissues@example.com" 86400',
  'www CNAME 0 example.com. 86400',
  'home DYNA 0 192.0.2.10 60',
  'home DYNAAAA 0 2001:db8::10 60',
];

function errorsOf(line: string): string[] {
  return parseZone(line).errors.map((e) => e.message);
}

describe('parseZone: the documented examples', () => {
  it('accepts every example record of the documentation', () => {
    const zone = parseZone(['$dnssec=no', '$dyndns=yes:user1:secret', ...SEED_EXAMPLES].join('\n'));
    expect(zone.errors).toEqual([]);
    expect(zone.records).toHaveLength(SEED_EXAMPLES.length);
    expect(zone.directives).toEqual({ dnssec: false, dyndns: { enabled: true, user: 'user1', password: 'secret' } });
    expect(zone.empty).toBe(false);
  });

  it('reads fields into the record', () => {
    const { records } = parseZone(SEED_EXAMPLES.join('\n'));
    expect(records[2]).toMatchObject({ label: '@', type: 'MX', priority: 10, target: 'mail.example.com.', ttl: 86400 });
    expect(records[4]?.params).toEqual(['Header: Frame-Forward', 'head', 'title', 'body']);
    expect(records[5]?.params).toEqual(['1']);
    expect(records[6]).toMatchObject({ priority: 10, weight: 100, params: ['S', 'SIP+D2U', ''] });
    expect(records[9]).toMatchObject({ type: 'CAA', caaTag: 'issue', target: 'letsencrypt.org', ttl: 86400 });
  });

  it('ignores comments and blank lines but counts them in line numbers', () => {
    const zone = parseZone('# head\n\n   \nwww A 0 1.2.3.4 86400\n  # indented comment\nbad A 0 1.2.3 86400\n');
    expect(zone.records).toHaveLength(1);
    expect(zone.recordLines).toEqual([4]);
    expect(zone.errors).toEqual([{ line: 6, message: 'invalid IPv4 address "1.2.3"' }]);
    expect(formatZoneError(zone.errors[0]!)).toBe('line 6: invalid IPv4 address "1.2.3"');
  });

  it('handles CRLF line ends', () => {
    expect(parseZone('www A 0 1.2.3.4 86400\r\nmx MX 5 mail.example.com 3600\r\n').records).toHaveLength(2);
  });

  it('treats a zone of comments only as empty (dns-zone-put answers 2400)', () => {
    expect(parseZone('').empty).toBe(true);
    expect(parseZone('# nothing\n\n').empty).toBe(true);
    expect(parseZone('$dnssec=no').empty).toBe(false);
  });

  it('takes 86400 when the TTL is left out (DMAPI documentation) and accepts lowercase types', () => {
    expect(parseZone('www a 0 1.2.3.4').records[0]).toMatchObject({ type: 'A', ttl: 86400 });
  });
});

describe('parseZone: one error per bad line', () => {
  it('reports every bad line and only those', () => {
    const zone = parseZone(['www A 0 1.2.3.4 86400', 'a A 0 999.1.1.1 86400', 'ok CNAME 0 x.example.com. 300', 'b TXT 0 unquoted 86400'].join('\n'));
    expect(zone.errors.map((e) => e.line)).toEqual([2, 4]);
    expect(zone.records).toHaveLength(2);
  });
  it('joins several problems of one line into one message', () => {
    const zone = parseZone('www A 5 1.2.3 10');
    expect(zone.errors).toHaveLength(1);
    expect(zone.errors[0]?.message).toBe(
      'pri must be 0 for A records, got "5"; invalid IPv4 address "1.2.3"; TTL must be at least 60 for A records, got 10',
    );
  });
});

describe('record rules', () => {
  it('TTL >= 60 except NAPTR, which may be 0', () => {
    expect(errorsOf('www A 0 1.2.3.4 59')).toEqual(['TTL must be at least 60 for A records, got 59']);
    expect(errorsOf('n NAPTR 10/100 sip.example.com 0 0 0 "S" "SIP+D2U" ""')).toEqual([]);
    expect(errorsOf('www A 0 1.2.3.4 abc')[0]).toMatch(/whole number/);
    expect(errorsOf('www A 0 1.2.3.4 99999999999')[0]).toMatch(/too large/);
  });

  it('pri only for MX, SRV, NAPTR', () => {
    expect(errorsOf('www CNAME 10 example.com. 86400')).toEqual(['pri must be 0 for CNAME records, got "10"']);
    expect(errorsOf('@ MX 70000 mail.example.com. 86400')[0]).toMatch(/MX preference/);
    expect(errorsOf('@ MX x mail.example.com. 86400')[0]).toMatch(/MX preference/);
    expect(errorsOf('_sip._udp SRV 10 sip.example.com:5060 60')).toEqual([]);
    expect(errorsOf('n NAPTR 10 sip.example.com 60 0 0 "S" "SIP+D2U" ""')[0]).toMatch(/order\/preference/);
  });

  it('A/AAAA need valid addresses', () => {
    expect(errorsOf('www AAAA 0 1.2.3.4 86400')).toEqual(['invalid IPv6 address "1.2.3.4"']);
    expect(errorsOf('www DYNA 0 fec0::1 86400')).toEqual(['invalid IPv4 address "fec0::1"']);
    expect(errorsOf('www AAAA 0 fe80::1%eth0 86400')).toHaveLength(1);
  });

  it('TXT and CAA values must be quoted', () => {
    expect(errorsOf('t TXT 0 key=value 86400')).toEqual(['TXT value must be quoted']);
    expect(errorsOf('c CAA 0 issue letsencrypt.org 86400')).toEqual(['CAA value must be quoted']);
    expect(errorsOf('c CAA 0 issuer "letsencrypt.org" 86400')[0]).toMatch(/CAA tag/);
    expect(errorsOf('c CAA 0 iodef "certissues@example.com" 86400')[0]).toMatch(/iodef/);
    expect(errorsOf('c CAA 0 issue ";" 86400')).toEqual([]);
  });

  it('quoting: unterminated strings and stray quotes', () => {
    expect(errorsOf('t TXT 0 "open 86400')).toEqual(['unterminated quoted string']);
    expect(errorsOf('t TXT 0 "a"b 86400')).toEqual(['missing blank after closing quote']);
    expect(errorsOf('t TXT 0 a"b 86400')).toEqual(['quote inside an unquoted field']);
    expect(parseZone('t TXT 0 "say \\"hi\\" now" 86400').records[0]?.target).toBe('say \\"hi\\" now');
  });

  it('NAPTR: replacement and regex are exclusive, quotes mandatory', () => {
    expect(errorsOf('n NAPTR 10/100 . 60 0 0 "U" "E2U+sip" "!^.*$!sip:info@example.com!"')).toEqual([]);
    expect(errorsOf('n NAPTR 10/100 sip.example.com 60 0 0 "U" "E2U+sip" "!^.*$!sip:x@example.com!"')).toEqual([
      'NAPTR with a regex must have "." as replacement',
    ]);
    expect(errorsOf('n NAPTR 10/100 . 60 0 0 "U" "E2U+sip" ""')).toEqual(['NAPTR needs either a replacement or a regex']);
    expect(errorsOf('n NAPTR 10/100 sip.example.com 60 0 0 S "SIP+D2U" ""')).toEqual(['NAPTR parameters must be quoted']);
    expect(errorsOf('n NAPTR 10/100 sip.example.com 60')[0]).toMatch(/needs 3 parameters/);
    expect(errorsOf('n NAPTR 10/100 . 60 0 0 "U" "E2U+sip" "nonsense"')[0]).toMatch(/regex/);
  });

  it('SRV: _service._proto label and host:port target', () => {
    expect(errorsOf('ldap SRV 10/100 ldap.example.com:389 60')[0]).toMatch(/_service._protocol/);
    expect(errorsOf('_ldap._tcp SRV 10/100 ldap.example.com 60')[0]).toMatch(/host:port/);
    expect(errorsOf('_ldap._tcp SRV 10/100 ldap.example.com:99999 60')[0]).toMatch(/port/);
  });

  it('URL, FRAME, MAILFW targets and parameters', () => {
    expect(errorsOf('r URL 0 ftp://joker.com 86400')[0]).toMatch(/http/);
    expect(errorsOf('f FRAME 0 https://joker.com 86400 0 0 "a" "b" "c" "d" "e"')[0]).toMatch(/at most 4/);
    expect(errorsOf('info MAILFW 0 not-an-address 86400')[0]).toMatch(/e-mail/);
    expect(errorsOf('info MAILFW 0 a@example.com 86400 0 0 2')[0]).toMatch(/spam filter/);
    expect(errorsOf('first.last MAILFW 0 a@example.com 86400')).toEqual([]);
  });

  it('labels, hosts and record types', () => {
    expect(errorsOf('www. A 0 1.2.3.4 86400')[0]).toMatch(/relative/);
    expect(errorsOf('*.dev A 0 1.2.3.4 86400')).toEqual([]);
    expect(errorsOf('a..b A 0 1.2.3.4 86400')[0]).toMatch(/invalid label/);
    expect(errorsOf('www CNAME 0 1.2.3.4 86400')[0]).toMatch(/not an address/);
    expect(errorsOf('www CNAME 0 example.com 86400')).toEqual([]);
    expect(errorsOf('www SOA 0 x 86400')).toEqual(['unknown record type "SOA"']);
    expect(errorsOf('www A 0')).toEqual(['A record has no target']);
    expect(errorsOf('www A')).toEqual(['a record needs at least label, type, pri and target']);
    expect(errorsOf('www A 0 1.2.3.4 86400 0 0 extra')[0]).toMatch(/no parameters/);
    expect(errorsOf('www A 0 1.2.3.4 86400 0')).toEqual(['valid-from given without valid-to']);
    expect(errorsOf('www A 0 1.2.3.4 86400 x 0')[0]).toMatch(/valid-from/);
  });
});

describe('directives', () => {
  it('parses $dyndns=no:: and $dnssec=yes', () => {
    expect(parseZone('$dnssec=yes\n$dyndns=no::').directives).toEqual({
      dnssec: true, dyndns: { enabled: false, user: '', password: '' },
    });
  });
  it('refuses bad directives', () => {
    expect(errorsOf('$dnssec=maybe')[0]).toMatch(/yes or no/);
    expect(errorsOf('$dyndns=yes::')[0]).toMatch(/needs a username/);
    expect(errorsOf('$dyndns=yes:us er:pw')[0]).toMatch(/spaces/);
    expect(errorsOf('$dyndns=yes:user:pw:x')[0]).toMatch(/":"/);
    expect(errorsOf('$origin=example.com')[0]).toMatch(/unknown directive/);
    expect(errorsOf('$dnssec=no\n$dnssec=no')[0]).toMatch(/duplicate/);
    expect(errorsOf('$dnssec')[0]).toMatch(/malformed/);
  });
});

describe('padded TXT from the live server', () => {
  it('reads `x TXT 0  "tok " 3600` as tok', () => {
    expect(parseZone('x TXT 0  "tok " 3600').records[0]?.target).toBe('tok');
  });
  it('keeps single-spaced values with a trailing blank as sent', () => {
    expect(parseZone('x TXT 0 "tok " 3600').records[0]?.target).toBe('tok ');
  });
  it("keeps every byte with txtPadding 'none' (the sandbox's dns-zone-put)", () => {
    expect(parseZone('x TXT 0  "tok " 3600', { txtPadding: 'none' }).records[0]?.target).toBe('tok ');
  });
});
