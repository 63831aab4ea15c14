/**
 * The sandbox against lib/contacts' valid example of every TLD (contact-create and /v2/contact/create store exactly
 * what was sent), its refusals naming the field, and query-contact-list at the size of a large reseller: capped at
 * 10,000 without from/to, paged with them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VALID_CONTACTS } from '../../contacts/examples';
import { DEMO } from '../seed/catalog';
import { startSandbox, type RunningSandboxInternal } from '../server';
import { call, callPath, login } from '../test-helpers';
import { CONTACT_LIST_CAP } from './contacts';

let sb: RunningSandboxInternal;
let sid: string;

beforeAll(async () => {
  sb = await startSandbox({ memory: true, port: 0, domains: 20, seed: 5 });
  // The seeded account sells 19 TLDs; the rules cover more (.cn, .ie, .sk, .xxx, the .uk and .at families …). Offer
  // them all to this account so each example meets the sandbox's contact rules, not its TLD catalogue.
  const account = sb.engine.state.accounts[DEMO.reseller.uid];
  for (const tld of Object.keys(VALID_CONTACTS)) if (account && !account.tlds.includes(tld)) account.tlds.push(tld);
  sid = await login(sb.url);
});
afterAll(() => sb.close());

const req = (name: string, params: Record<string, string> = {}) => call(sb.url, name, { 'auth-sid': sid, ...params });

describe('a valid example per TLD, accepted and stored as sent', () => {
  it.each(Object.keys(VALID_CONTACTS))('.%s', async (tld) => {
    const fields = VALID_CONTACTS[tld] ?? {};
    const created = await req('contact-create', { tld, ...fields });
    expect(created.all('Error')).toEqual([]);
    const handle = created.headers['Object-Name'] ?? '';
    const stored = sb.engine.state.contacts[handle];
    expect(stored?.tld).toBe(tld);
    for (const [name, value] of Object.entries(fields)) expect(stored?.fields[name], name).toBe(value);
    const whois = await req('query-whois', { contact: handle });
    expect(whois.body).toContain(`contact.email: ${fields.email}`);
  });

  it('/v2/contact/create answers with the handle at once', async () => {
    const r = await callPath(sb.url, '/v2/contact/create', { 'auth-sid': sid, tld: 'fi', ...VALID_CONTACTS.fi });
    expect(r.headers['Status-Code']).toBe('1000');
    const handle = /^handle: (\S+)$/m.exec(r.body)?.[1] ?? '';
    expect(sb.engine.state.contacts[handle]?.fields['x-ficora-identity']).toBe('131052-308T');
  });
});

describe('refusals name the field', () => {
  it('a missing TLD field (2003), a bad value (2005)', async () => {
    const { 'x-ficora-identity': _id, ...noIdentity } = VALID_CONTACTS.fi ?? {};
    const missing = await req('contact-create', { tld: 'fi', ...noIdentity });
    expect(missing.headers['Status-Code']).toBe('2003');
    expect(missing.all('Error')).toEqual(['x-ficora-identity: identity number is required for Finnish private persons']);
    const bad = await req('contact-create', { tld: 'us', ...VALID_CONTACTS.us, 'nexus-category': 'C99' });
    expect(bad.headers['Status-Code']).toBe('2005');
    expect(bad.all('Error')).toEqual(['nexus-category: must be one of C11, C12, C21, C31, C32']);
  });
});

describe('query-contact-list for tens of thousands of handles', () => {
  beforeAll(() => {
    const now = Date.now();
    for (let i = 0; i < CONTACT_LIST_CAP + 150; i++) {
      const handle = `CBIG-${String(i).padStart(6, '0')}`;
      sb.engine.state.contacts[handle] = { handle, uid: DEMO.reseller.uid, tld: 'de', fields: { name: `Bulk ${i}`, email: `b${i}@example.de` }, createdAt: now, modifiedAt: now };
    }
  });

  it('is capped at 10,000 rows without from/to, and pages through the rest with them', async () => {
    const capped = (await req('query-contact-list', { pattern: 'CBIG-*' })).body.split('\n');
    expect(capped).toHaveLength(CONTACT_LIST_CAP);
    const tail = (await req('query-contact-list', { pattern: 'CBIG-*', from: '10001', to: '10200' })).body.split('\n');
    expect(tail).toHaveLength(150);
    expect(tail[0]).toBe('CBIG-010000');
    const page = await req('query-contact-list', { pattern: 'CBIG-*', tld: 'de', from: '51', to: '100', 'extended-format': '1' });
    const rows = page.body.split('\n').map((l) => l.split('\t'));
    expect(rows).toHaveLength(50);
    expect(rows[0]).toEqual(['CBIG-000050', 'Bulk 50', '-', 'b50@example.de']);
  });
});
