import { describe, expect, it } from 'vitest';
import { parseZone } from './parse';
import { checkZone, hasErrors, issuesByRecord } from './validate';

const zone = (text: string, dyndns = false) => ({
  directives: { dyndns: { enabled: dyndns, user: dyndns ? 'u' : '', password: dyndns ? 'p' : '' } },
  records: parseZone(text).records,
});
const check = (text: string, domain = 'example.com', dyndns = false) =>
  checkZone(zone(text, dyndns), { domain }).map((i) => `${i.index} ${i.severity}: ${i.message}`);

describe('checkZone: the rules careful DNS tools add', () => {
  it('no CNAME at the apex', () => {
    expect(check('@ CNAME 0 other.example.net. 3600')).toEqual([
      '0 error: A CNAME cannot be at the zone apex (@): the apex holds the zone’s SOA and NS records',
    ]);
    expect(check('www CNAME 0 other.example.net. 3600')).toEqual([]);
  });

  it('no CNAME beside another record of the same name, whatever its case', () => {
    expect(check('www CNAME 0 other.example.net. 3600\nWWW A 0 192.0.2.1 3600')).toEqual([
      '0 error: A CNAME cannot share its name with other records ("www" also has A)',
      '1 error: "www" has a CNAME, so it can hold no other record',
    ]);
    expect(check('www CNAME 0 other.example.net. 3600\nwww2 A 0 192.0.2.1 3600')).toEqual([]);
  });

  it('only one CNAME per name; a MAILFW mailbox name is no DNS name', () => {
    expect(check('x CNAME 0 a.example.net. 3600\nx CNAME 0 b.example.net. 3600')).toContain('1 error: "x" already has a CNAME; a name can have only one');
    expect(check('info CNAME 0 a.example.net. 3600\ninfo MAILFW 0 a@example.net 86400')).toEqual([]);
  });

  it('exact duplicates, also when only the TTL differs', () => {
    expect(check('a A 0 192.0.2.1 3600\na A 0 192.0.2.1 3600')).toEqual(['1 error: Duplicate of a A 192.0.2.1']);
    expect(check('a A 0 192.0.2.1 3600\nA A 0 192.0.2.1 300')).toEqual(['1 error: Duplicate of a A 192.0.2.1 (only the TTL differs)']);
    expect(check('@ MX 10 Mail.Example.com. 3600\n@ MX 10 mail.example.com. 3600')).toHaveLength(1);
    expect(check('t TXT 0 "Token" 3600\nt TXT 0 "token" 3600')).toEqual([]);
    expect(check('a A 0 192.0.2.1 3600\na A 0 192.0.2.2 3600')).toEqual([]);
  });

  it('one TTL per name and type (warning)', () => {
    expect(check('a A 0 192.0.2.1 3600\na A 0 192.0.2.2 300')).toEqual([
      '1 warning: Other a A records have TTL 3600: resolvers cache one TTL per name and type',
    ]);
  });

  it('DynDNS records while DynDNS is off (warning)', () => {
    expect(check('h DYNA 0 192.0.2.1 60')).toEqual(['0 warning: DYNA has no effect while DynDNS is off']);
    expect(check('h DYNA 0 192.0.2.1 60', 'example.com', true)).toEqual([]);
  });

  it('MX and NS targets that are aliases in the zone (warning); a CNAME pointing at itself (error)', () => {
    expect(check('mail CNAME 0 mx.example.net. 3600\n@ MX 10 mail 3600')).toEqual([
      '1 warning: MX target mail is a CNAME; it must name a host with addresses (RFC 2181 §10.3)',
    ]);
    expect(check('mail CNAME 0 mx.example.net. 3600\n@ MX 10 mail.example.com. 3600')).toHaveLength(1);
    expect(check('mail A 0 192.0.2.1 3600\n@ MX 10 mail 3600')).toEqual([]);
    expect(check('loop CNAME 0 loop.example.com. 3600')).toEqual(['0 error: A CNAME cannot point at its own name']);
  });

  it('labels that repeat the zone name, and full names over 253 characters', () => {
    expect(check('www.example.com A 0 192.0.2.1 3600')).toEqual(['0 warning: Labels are relative to the zone: "www.example.com" names www.example.com.example.com']);
    const long = Array.from({ length: 4 }, () => 'a'.repeat(60)).join('.');
    expect(check(`${long} A 0 192.0.2.1 3600`)).toEqual([`0 error: ${long}.example.com is longer than 253 characters`]);
    expect(check(`${long} A 0 192.0.2.1 3600`, 'e.io')).toEqual([]);
  });

  it('apex NS records do not delegate (warning); delegating a sub-name is fine', () => {
    expect(check('@ NS 0 ns1.example.net. 3600')[0]).toMatch(/warning: Apex NS/);
    expect(check('sub NS 0 ns1.example.net. 3600')).toEqual([]);
  });

  it('record rules for editor-built records, grouped by record', () => {
    const records = [...parseZone('a A 0 192.0.2.1 3600').records, { ...parseZone('b A 0 192.0.2.2 3600').records[0]!, ttl: 5 }];
    const issues = checkZone({ directives: {}, records }, { recordRules: true });
    expect(issues).toEqual([{ index: 1, severity: 'error', message: 'TTL must be at least 60 for A records, got 5' }]);
    expect(hasErrors(issues)).toBe(true);
    expect([...issuesByRecord(issues).keys()]).toEqual([1]);
    expect(hasErrors(checkZone({ directives: {}, records: records.slice(0, 1) }, { recordRules: true }))).toBe(false);
  });
});
