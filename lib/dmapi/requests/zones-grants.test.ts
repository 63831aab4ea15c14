import { afterEach, describe, expect, it } from 'vitest';
import { DmapiError } from '../errors';
import { ok, replyText } from '../test-server';
import { grantsInvite, grantsList, grantsRevoke } from './grants';
import { queryObject, queryPriceList, queryPromosList, queryWhois } from './other';
import { scripted, type Scripted } from './test-client';
import { corVerify, waEmailDetails, waEmailList, waEmailValidate, waEmailVerify } from './verification';
import { parseZone } from '@/lib/zone';
import { dnsZoneGet, dnsZoneList, dnsZonePut } from './zones';

let s: Scripted | undefined;
afterEach(async () => {
  await s?.server.close();
  s = undefined;
});

describe('zones', () => {
  it('dns-zone-get: lib/zone directives and records, padded TXT read back unpadded', async () => {
    const body = '$dnssec=no\n$dyndns=yes:dyn:pw\nwww A 0 127.0.0.1 86400\n@ MX 10 mail.example.com. 86400\nx TXT 0  "tok " 3600\ny TXT 0 "v=spf1 -all" 3600\ncaa CAA 0 issue "letsencrypt.org" 86400\nw CNAME 0 example.com 86400\n';
    s = await scripted({ 'dns-zone-get': ok(body) });
    const z = await dnsZoneGet(s.client, { domain: 'example.com', includeDefaults: true });
    expect(s.sent()[0]?.params).toEqual({ domain: 'example.com', 'include-defaults': '1' });
    expect(z.text).toBe(body);
    expect(z.errors).toEqual([]);
    expect(z.directives).toEqual({ dnssec: false, dyndns: { enabled: true, user: 'dyn', password: 'pw' } });
    expect(z.records.map((r) => [r.label, r.type, r.priority, r.caaTag ?? '', r.target, r.ttl])).toEqual([
      ['www', 'A', 0, '', '127.0.0.1', 86400],
      ['@', 'MX', 10, '', 'mail.example.com.', 86400],
      ['x', 'TXT', 0, '', 'tok', 3600],
      ['y', 'TXT', 0, '', 'v=spf1 -all', 3600],
      ['caa', 'CAA', 0, 'issue', 'letsencrypt.org', 86400],
      ['w', 'CNAME', 0, '', 'example.com', 86400],
    ]);
  });

  it('dns-zone-get: an empty zone is just the two directives; an unreadable line is reported, not dropped', async () => {
    s = await scripted({ 'dns-zone-get': ok('$dnssec=yes\n$dyndns=no::\n') });
    const z = await dnsZoneGet(s.client, { domain: 'example.com' });
    expect(z.records).toEqual([]);
    expect(z.directives).toEqual({ dnssec: true, dyndns: { enabled: false, user: '', password: '' } });
    s.server.handle(() => ok('$dnssec=no\n$dyndns=no::\nwww A 0 127.0.0.1 86400\nodd SOA 0 x 86400\n'));
    const odd = await dnsZoneGet(s.client, { domain: 'example.com' });
    expect(odd.records.map((r) => r.label)).toEqual(['www']);
    expect(odd.errors).toEqual([{ line: 4, message: 'unknown record type "SOA"' }]);
  });

  it('dns-zone-put: lib/zone records written by lib/zone, POST, newlines as %0A; one Error per bad line', async () => {
    s = await scripted({ 'dns-zone-put': ok('', [['Proc-ID', '50']]) });
    const { directives, records } = parseZone('www A 0 1.2.3.4 3600\nx TXT 0 "a&b=c" 3600\n');
    const r = await dnsZonePut(s.client, { domain: 'example.com', directives, records });
    expect(r.procId).toBe('50');
    const sent = s.server.received.at(-1);
    expect(sent?.method).toBe('POST');
    expect(sent?.params['zone']).toBe('$dnssec=no\n$dyndns=no::\nwww A 0 1.2.3.4 3600\nx TXT 0 "a&b=c" 3600\n');
    expect(sent?.rawBody).toContain('%0Awww+A+0+1.2.3.4+3600%0Ax+TXT+0+%22a%26b%3Dc%22+3600%0A');
    s.server.handle(() => replyText([['Status-Code', '2400'], ['Status-Text', 'Command failed'], ['Error', 'line 3: not an address'], ['Error', 'line 4: bad ttl']]));
    const e = (await dnsZonePut(s.client, { domain: 'example.com', directives, records }).catch((x: unknown) => x)) as DmapiError;
    expect(e.errors).toEqual(['line 3: not an address', 'line 4: bad ttl']);
  });

  it('dns-zone-put refuses a record lib/zone refuses, before sending', async () => {
    s = await scripted({});
    const [record] = parseZone('www A 0 1.2.3.4 3600').records;
    const bad = { ...record!, target: '10.0.0.300' };
    await expect(dnsZonePut(s.client, { domain: 'example.com', directives: {}, records: [bad] })).rejects.toThrow(/invalid IPv4 address/);
    const lowTtl = { ...record!, ttl: 30 };
    await expect(dnsZonePut(s.client, { domain: 'example.com', directives: {}, records: [lowTtl] })).rejects.toThrow(/at least 60/);
    expect(s.sent()).toHaveLength(0);
  });

  it('dns-zone-list', async () => {
    s = await scripted({ 'dns-zone-list': ok('example.com 2027-01-01\nexample.net 2026-05-05\n') });
    expect(await dnsZoneList(s.client, { pattern: 'ex*' })).toEqual([
      { domain: 'example.com', expiration: new Date('2027-01-01T00:00:00Z') },
      { domain: 'example.net', expiration: new Date('2026-05-05T00:00:00Z') },
    ]);
  });
});

describe('grants', () => {
  it('grants-list: invitations (with key) and grants, nick-names with blanks', async () => {
    s = await scripted({
      'grants-list': ok(
        'invitation 1 5501 KEY123abc domain example.com @admin - - - bob@example.org Bob the admin\ngrant 2 5502 domain example.com @tech reseller@sandbox.test alice 4712 alice@example.org -\n',
      ),
    });
    const rows = await grantsList(s.client, { domain: 'example.com', showkey: true });
    expect(rows).toEqual([
      { type: 'invitation', nr: '1', scope: '5501', key: 'KEY123abc', domain: 'example.com', role: '@admin', inviteeEmail: 'bob@example.org', nickName: 'Bob the admin' },
      {
        type: 'grant', nr: '2', scope: '5502', domain: 'example.com', role: '@tech', inviterUsername: 'reseller@sandbox.test',
        inviteeUsername: 'alice', inviteeUserId: '4712', inviteeEmail: 'alice@example.org', nickName: undefined,
      },
    ]);
  });

  it('grants-invite and grants-revoke answer ok', async () => {
    s = await scripted({ 'grants-invite': ok('ok\n'), 'grants-revoke': ok('ok') });
    expect((await grantsInvite(s.client, { domain: 'example.com', email: 'bob@example.org', role: '@admin', clientUid: '4712' })).ok).toBe(true);
    await grantsRevoke(s.client, { domain: 'example.com', role: '@admin', scope: '5501', type: 'invitation' });
    expect(s.sent().map((r) => r.params)).toEqual([
      { domain: 'example.com', email: 'bob@example.org', role: '@admin', 'client-uid': '4712' },
      { domain: 'example.com', role: '@admin', scope: '5501', type: 'invitation' },
    ]);
    await expect(grantsInvite(s.client, { domain: 'example.com', email: 'bob@example.org', role: '@owner' as '@admin' })).rejects.toThrow();
  });
});

describe('verification', () => {
  it('wa-email-list and wa-email-details: TAB rows', async () => {
    s = await scripted({
      'wa-email-list': replyText([['Status-Code', '0'], ['Separator', 'TAB']], 'owner@a.com\ta.com\t2026-12-01T12:00:00Z\n'),
      'wa-email-details': replyText([['Status-Code', '0'], ['Separator', 'TAB']], 'verification\towner@a.com\ta.com\nverification\towner@a.com\tb.com\n'),
    });
    expect(await waEmailList(s.client)).toEqual([{ email: 'owner@a.com', domain: 'a.com', deadline: new Date('2026-12-01T12:00:00Z') }]);
    expect((await waEmailDetails(s.client, { key: 'K1' })).map((r) => r.domain)).toEqual(['a.com', 'b.com']);
  });

  it('Result: ACK / NACK', async () => {
    s = await scripted({ 'wa-email-validate': ok('', [['Result', 'ACK']]), 'wa-email-verify': ok('', [['Result', 'NACK']]), 'cor-verify': ok('', [['Result', 'ACK']]) });
    expect((await waEmailValidate(s.client, { email: 'owner@a.com' })).accepted).toBe(true);
    expect(await waEmailVerify(s.client, { key: 'K1', answer: 'yes' })).toEqual({ accepted: false, result: 'NACK', warnings: [] });
    expect((await corVerify(s.client, { key: 'C1', answer: 'no' })).accepted).toBe(true);
    expect(s.sent()[2]?.params).toEqual({ key: 'C1', answer: 'no' });
  });
});

describe('other', () => {
  it('query-whois: dotted keys, repeated name servers, dates', async () => {
    s = await scripted({
      'query-whois': ok('domain: example.com\ndomain.status: lock,transfer-autoack\ndomain.created.date: 20000914175917\ndomain.nservers.nserver.handle: a.ns.joker.com\ndomain.nservers.nserver.handle: b.ns.joker.com\ndomain.name: John Doe\ndomain.handle: CCOM-1\ndomain.admin-c: CCOM-2\ncontact.address-1: Smartroad 1\n'),
      'query-object': ok('contact.name: John Doe\n'),
    });
    const w = await queryWhois(s.client, { domain: 'example.com', internal: true });
    expect(s.sent()[0]?.params).toEqual({ domain: 'example.com', internal: '1' });
    expect(w.domain).toEqual({
      name: 'example.com', owner: { name: 'John Doe', handle: 'CCOM-1' }, contacts: { admin: 'CCOM-2' }, status: ['lock', 'transfer-autoack'], created: new Date('2000-09-14T17:59:17Z'), modified: undefined,
      expires: undefined, nameservers: ['a.ns.joker.com', 'b.ns.joker.com'],
    });
    expect(w.entries['contact.address-1']).toEqual(['Smartroad 1']);
    const o = await queryObject(s.client, { contact: 'CCOM-1' });
    expect(o.domain).toBeUndefined();
    await expect(queryWhois(s.client, { domain: 'a.com', host: 'ns.a.com' })).rejects.toThrow(/exactly one/);
  });

  it('query-promos-list: the documented example', async () => {
    s = await scripted({
      'query-promos-list': replyText(
        [['Status-Code', '1000'], ['Status-Text', 'OK'], ['Separator', 'TAB'], ['Columns', 'type,operation,tld,currency,vat,price,standard_price,retail_price,min_period,max_period,period_type,valid_from,valid_to']],
        'domain\tcreate\tfun\tEUR\t0.19\t10.0\t50.02\t83.36\t2\t2\texact\t2024-07-01T00:00:00.000Z\t2024-12-31T23:59:59.000Z\n',
      ),
    });
    expect(await queryPromosList(s.client, { type: 'all' })).toEqual([
      {
        type: 'domain', operation: 'create', tld: 'fun', currency: 'EUR', vat: 0.19, price: 10, standardPrice: 50.02, retailPrice: 83.36,
        minPeriod: 2, maxPeriod: 2, periodType: 'exact', validFrom: new Date('2024-07-01T00:00:00.000Z'), validTo: new Date('2024-12-31T23:59:59.000Z'),
      },
    ]);
  });

  it('query-price-list: TAB rows read by column name', async () => {
    s = await scripted({
      'query-price-list': replyText([['Status-Code', '0'], ['Separator', 'TAB'], ['Columns', 'tld,operation,period,price,currency']], 'com\tcreate\t1\t8.21\tEUR\nde\trenew\t1\t4.10\tEUR\n'),
    });
    const rows = await queryPriceList(s.client);
    expect(rows.map(({ tld, operation, period, price, currency }) => ({ tld, operation, period, price, currency }))).toEqual([
      { tld: 'com', operation: 'create', period: 1, price: 8.21, currency: 'EUR' },
      { tld: 'de', operation: 'renew', period: 1, price: 4.1, currency: 'EUR' },
    ]);
  });
});
