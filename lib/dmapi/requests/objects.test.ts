import { afterEach, describe, expect, it } from 'vitest';
import { CLEAR_VALUE } from '@/lib/contacts';
import { ok, replyText } from '../test-server';
import { contactCreate, contactDelete, contactModify, queryContactList } from './contacts';
import { nsCreate, nsDelete, nsModify, queryNsList } from './hosts';
import { scripted, type Scripted } from './test-client';

let s: Scripted | undefined;
afterEach(async () => {
  await s?.server.close();
  s = undefined;
});

describe('contacts', () => {
  it('query-contact-list extended-format: TAB rows with - for missing', async () => {
    s = await scripted({
      'query-contact-list': replyText(
        [['Status-Code', '0'], ['Separator', 'TAB'], ['Columns', 'handle,name,organization']],
        'CCOM-1\tJohn Doe\t-\nCCOM-2\tJane Roe\tACME Inc.\n',
      ),
    });
    const rows = await queryContactList(s.client, { tld: 'COM', extendedFormat: true, pattern: 'CCOM-*' });
    expect(s.sent()[0]?.params).toEqual({ tld: 'com', 'extended-format': '1', pattern: 'CCOM-*' });
    expect(rows.map(({ handle, name, organization }) => ({ handle, name, organization }))).toEqual([
      { handle: 'CCOM-1', name: 'John Doe', organization: undefined },
      { handle: 'CCOM-2', name: 'Jane Roe', organization: 'ACME Inc.' },
    ]);
  });

  it('query-contact-list plain: one handle per line', async () => {
    s = await scripted({ 'query-contact-list': ok('CCOM-1\nCODE-7\n') });
    expect((await queryContactList(s.client)).map((r) => r.handle)).toEqual(['CCOM-1', 'CODE-7']);
  });

  it('contact-create sends DMAPI field names and extensions; contact-modify clears with !@!', async () => {
    s = await scripted({ 'contact-create': ok('', [['Proc-ID', '31'], ['Handle', 'CCOM-99']]), 'contact-modify': ok('', [['Proc-ID', '32']]), 'contact-delete': ok() });
    const created = await contactCreate(s.client, {
      tld: 'de',
      fields: { name: 'John Doe', email: 'johnd@someisp.com', 'address-1': 'Smartroad 1', city: 'Smalltown', 'postal-code': '40122', country: 'de', phone: '+49.2211234', 'x-de-type': 'person', fax: '' },
    });
    expect(created).toMatchObject({ procId: '31', handle: 'CCOM-99' });
    await contactModify(s.client, { handle: 'CCOM-99', tld: 'de', fields: { phone: '+49.2210000', fax: CLEAR_VALUE, city: '' } });
    await contactDelete(s.client, { handle: 'CCOM-99' });
    const [create, modify, del] = s.sent();
    expect(create?.params).toEqual({
      tld: 'de', name: 'John Doe', email: 'johnd@someisp.com', 'address-1': 'Smartroad 1', city: 'Smalltown', 'postal-code': '40122',
      country: 'DE', phone: '+49.2211234', 'x-de-type': 'person',
    });
    expect(modify?.params).toEqual({ handle: 'CCOM-99', phone: '+49.2210000', fax: '!@!' });
    expect(del?.params).toEqual({ handle: 'CCOM-99' });
  });

  it('contact-create and contact-modify check the TLD rules of lib/contacts before sending', async () => {
    s = await scripted({});
    const base = { email: 'a@b.cc', 'address-1': 'x', city: 'y', 'postal-code': '1', country: 'US', phone: '+1.5555555' };
    await expect(contactCreate(s.client, { tld: 'com', fields: base })).rejects.toThrow(/first name is required/);
    await expect(contactCreate(s.client, { tld: 'com', fields: { name: 'A', email: 'a@b.cc' } })).rejects.toThrow(/required/);
    await expect(contactCreate(s.client, { tld: 'us', fields: { ...base, name: 'A' } })).rejects.toThrow(/nexus category is required/);
    await expect(contactCreate(s.client, { tld: 'com', fields: { ...base, name: 'A', 'x-de-type': 'person' } })).rejects.toThrow(/not a contact extension of .com/);
    await expect(contactCreate(s.client, { tld: 'com', fields: { ...base, name: 'A', shoesize: '44' } })).rejects.toThrow(/not a contact field/);
    await expect(contactModify(s.client, { handle: 'CCOM-1', tld: 'com', fields: { email: CLEAR_VALUE } })).rejects.toThrow(/e-mail address is required/);
    await expect(contactModify(s.client, { handle: 'CUSN-1', tld: 'us', fields: { 'app-purpose': 'P2' } })).rejects.toThrow(/cannot be modified/);
    expect(s.sent()).toHaveLength(0);
  });
});

describe('hosts', () => {
  it('query-ns-list full: TAB rows, - for missing, several IPs per host', async () => {
    s = await scripted({
      'query-ns-list': replyText([['Status-Code', '0'], ['Separator', 'TAB'], ['Columns', 'host,ipv4,ipv6']], 'ns.example.com\t1.2.3.4,5.6.7.8\t-\nns6.example.com\t-\tFE80:0000:0000:0000:0202:B3FF:FE1E:8329\n'),
    });
    expect(await queryNsList(s.client, { full: true })).toEqual([
      { host: 'ns.example.com', ipv4: ['1.2.3.4', '5.6.7.8'], ipv6: [] },
      { host: 'ns6.example.com', ipv4: [], ipv6: ['FE80:0000:0000:0000:0202:B3FF:FE1E:8329'] },
    ]);
  });

  it('ns-create/-modify join addresses with commas; reserved IPv4 is refused before sending', async () => {
    s = await scripted({ 'ns-create': ok('', [['Proc-ID', '40']]), 'ns-modify': ok(), 'ns-delete': ok() });
    expect((await nsCreate(s.client, { host: 'ns1.example.com', ip: ['8.8.8.8', '9.9.9.9'], ipv6: ['2001:4860::8888'] })).procId).toBe('40');
    await nsModify(s.client, { host: 'ns1.example.com', ipv6: ['2001:4860::8844'] });
    await nsDelete(s.client, { host: 'ns1.example.com' });
    expect(s.sent().map((r) => r.params)).toEqual([
      { host: 'ns1.example.com', ip: '8.8.8.8,9.9.9.9', ipv6: '2001:4860::8888' },
      { host: 'ns1.example.com', ipv6: '2001:4860::8844' },
      { host: 'ns1.example.com' },
    ]);
    await expect(nsCreate(s.client, { host: 'ns2.example.com', ip: ['10.0.0.1'] })).rejects.toThrow(/reserved range/);
    await expect(nsCreate(s.client, { host: 'ns2.example.com', ip: ['8.8.8.8', '8.8.8.8'] })).rejects.toThrow(/listed twice/);
    await expect(nsCreate(s.client, { host: 'ns2.example.com', ipv6: ['::'] })).rejects.toThrow(/unspecified/);
    await expect(nsCreate(s.client, { host: 'ns2.example.com' })).rejects.toThrow(/at least one/);
    expect(s.sent()).toHaveLength(3);
  });
});
