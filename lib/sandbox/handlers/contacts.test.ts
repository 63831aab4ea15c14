import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandboxInternal } from '../server';
import { advance, call, login } from '../test-helpers';

let sb: RunningSandboxInternal;
let sid: string;
let prefixes: Map<string, string>;

/** The seeds' contact-create example. */
const JOHN = {
  name: 'John Doe', email: 'johnd@someisp.com', 'address-1': 'Smartroad 1', city: 'Smalltown', 'postal-code': '40122',
  country: 'US', phone: '+1.422.8001',
};
const US = { 'app-purpose': 'P1', 'nexus-category': 'C11', 'nexus-category-country': 'US' };

beforeAll(async () => {
  sb = await startSandbox({ memory: true, port: 0, domains: 20, seed: 3 });
  sid = await login(sb.url);
  const r = await call(sb.url, 'login', { 'api-key': 'sandbox-full-key', prefixes: '1' });
  prefixes = new Map(r.body.trim().split('\n').map((l) => l.split('\t') as [string, string]));
});
afterAll(() => sb.close());

const req = (name: string, params: Record<string, string> = {}) => call(sb.url, name, { 'auth-sid': sid, ...params });

async function create(params: Record<string, string>): Promise<string> {
  const r = await req('contact-create', params);
  expect(r.all('Error')).toEqual([]);
  return r.headers['Object-Name'] ?? '';
}

describe('query-contact-list', () => {
  it('lists handles one per line, filtered by pattern', async () => {
    const r = await req('query-contact-list', { pattern: 'CCOM-*' });
    expect(r.headers['Status-Code']).toBe('0');
    const handles = r.body.split('\n');
    expect(handles.length).toBeGreaterThan(1);
    expect(handles.every((h) => h.startsWith('CCOM-'))).toBe(true);
    expect(r.body.endsWith('\n')).toBe(false);
  });
  it('tld= keeps the handles usable with that TLD (same prefix)', async () => {
    const handles = (await req('query-contact-list', { tld: 'co.uk' })).body.split('\n');
    expect(handles.length).toBeGreaterThan(0);
    expect(handles.every((h) => h.startsWith(`${prefixes.get('co.uk')}-`))).toBe(true);
  });
  it('extended-format=1 gives TAB columns handle,name,organization,email with - for missing', async () => {
    const r = await req('query-contact-list', { 'extended-format': '1', pattern: 'C*' });
    expect(r.headers.Separator).toBe('TAB');
    expect(r.headers.Columns).toBe('handle,name,organization,email');
    const rows = r.body.split('\n').map((l) => l.split('\t'));
    expect(rows.every((row) => row.length === 4 && row.every((c) => c.length > 0))).toBe(true);
    expect(rows.every((row) => row[3]?.includes('@'))).toBe(true);
    expect(rows.some((row) => row[2] === '-')).toBe(true);
  });
  it('from/to page the list', async () => {
    const all = (await req('query-contact-list')).body.split('\n');
    expect((await req('query-contact-list', { from: '2', to: '3' })).body.split('\n')).toEqual(all.slice(1, 3));
  });
  it('names the field of a bad parameter', async () => {
    expect((await req('query-contact-list', { 'extended-format': 'x' })).all('Error')).toEqual(['extended-format: must be 0 or 1']);
    expect((await req('query-contact-list', { tld: 'zz' })).all('Error')).toEqual(['tld: zz is not available']);
  });
});

describe('contact-create', () => {
  it("creates the seeds' example with the TLD's handle prefix, queued with a Proc-ID", async () => {
    const r = await req('contact-create', { tld: 'com', ...JOHN });
    expect(r.headers['Status-Code']).toBe('0');
    expect(r.headers['Proc-ID']).toMatch(/^\d+$/);
    const handle = r.headers['Object-Name'] ?? '';
    expect(handle.startsWith(`${prefixes.get('com')}-`)).toBe(true);
    expect((await req('query-contact-list', { pattern: handle })).body).toBe(handle);
    await advance(sb.url, 5);
    const result = await req('result-retrieve', { 'proc-id': r.headers['Proc-ID'] ?? '' });
    expect(result.body).toMatch(/Completion-Status: ack/);
  });
  it("accepts the seeds' raw GET form, where `+1.422.8001` arrives as a blank, and stores contact fields only", async () => {
    const qs = 'tld=com&name=John Doe&email=johnd@someisp.com&address-1=Smartroad 1&city=Smalltown&postal-code=40122&country=US&phone=+1.422.8001';
    const res = await fetch(`${sb.url}/request/contact-create?${qs}&foo=bar&auth-sid=${sid}`);
    const text = await res.text();
    expect(text).toMatch(/^Status-Code: 0$/m);
    const handle = /^Object-Name: (.+)$/m.exec(text)?.[1] ?? '';
    expect(sb.engine.state.contacts[handle]?.fields.phone).toBe('+1.422.8001');
    expect(sb.engine.state.contacts[handle]?.fields.foo).toBeUndefined();
  });
  it('names every missing field (2003)', async () => {
    const r = await req('contact-create', { tld: 'com', name: 'John Doe' });
    expect(r.headers['Status-Code']).toBe('2003');
    expect(r.all('Error').map((e) => e.split(':')[0])).toEqual(['email', 'address-1', 'city', 'postal-code', 'country', 'phone']);
    expect((await req('contact-create', JOHN)).all('Error')).toEqual(['tld: missing required parameter']);
    expect((await req('contact-create', { ...JOHN, tld: 'zz' })).all('Error')).toEqual(['tld: zz is not available for this account']);
  });
  it('enforces .us nexus and purpose, and their immutability on modify', async () => {
    const missing = await req('contact-create', { tld: 'us', ...JOHN });
    expect(missing.all('Error').map((e) => e.split(':')[0])).toEqual(['app-purpose', 'nexus-category', 'nexus-category-country']);
    const handle = await create({ tld: 'us', ...JOHN, ...US });
    expect(handle.startsWith(`${prefixes.get('us')}-`)).toBe(true);
    const changed = await req('contact-modify', { handle, 'nexus-category': 'C12' });
    expect(changed.headers['Status-Code']).toBe('2306');
    expect(changed.all('Error')).toEqual(['nexus-category: nexus-category cannot be modified after the contact is created']);
  });
  it('enforces the .fi rules', async () => {
    const r = await req('contact-create', { tld: 'fi', ...JOHN, country: 'FI', 'x-ficora-type': 'company', 'x-ficora-is-finnish': 'yes' });
    expect(r.all('Error').map((e) => e.split(':')[0])).toEqual(['fname', 'lname', 'x-ficora-registernumber', 'x-ficora-legalemail']);
  });
  it('refuses an extension of another TLD', async () => {
    expect((await req('contact-create', { tld: 'com', ...JOHN, 'x-de-type': 'person' })).all('Error')).toEqual([
      'x-de-type: not a contact extension of .com',
    ]);
  });
});

describe('contact-modify', () => {
  it('replaces given fields, keeps empty ones, clears with !@!', async () => {
    const handle = await create({ tld: 'com', ...JOHN, fax: '+1.422.8002' });
    const r = await req('contact-modify', { handle, city: 'Bigtown', phone: '', fax: '!@!', tld: 'ignored' });
    expect(r.headers['Status-Code']).toBe('0');
    expect(r.headers['Proc-ID']).toMatch(/^\d+$/);
    const stored = sb.engine.state.contacts[handle]?.fields ?? {};
    expect(stored).toMatchObject({ city: 'Bigtown', phone: '+1.422.8001' });
    expect(stored.fax).toBeUndefined();
    expect((await req('contact-modify', { handle, email: '!@!' })).all('Error')).toEqual(['email: e-mail address is required']);
  });
  it('answers 2303 for an unknown handle and refuses a read-only key', async () => {
    expect((await req('contact-modify', { handle: 'CCOM-1', city: 'X' })).headers['Status-Code']).toBe('2303');
    const ro = await login(sb.url, 'sandbox-readonly-key');
    const handle = (await req('query-contact-list')).body.split('\n')[0] ?? '';
    const r = await call(sb.url, 'contact-modify', { 'auth-sid': ro, handle, city: 'X' });
    expect(r.headers['Status-Code']).not.toBe('0');
  });
});

describe('contact-delete', () => {
  it('refuses while a domain uses the contact (2305)', async () => {
    const domain = [...sb.engine.state.domains.values()].find((d) => d.uid === '118472');
    const r = await req('contact-delete', { handle: domain?.ownerC ?? '' });
    expect(r.headers['Status-Code']).toBe('2305');
    expect(r.all('Error')[0]).toContain(domain?.name);
  });
  it('deletes an unused contact', async () => {
    const handle = await create({ tld: 'com', ...JOHN });
    const r = await req('contact-delete', { handle });
    expect(r.headers['Status-Code']).toBe('0');
    expect(r.headers['Proc-ID']).toMatch(/^\d+$/);
    expect((await req('query-contact-list', { pattern: handle })).body).toBe('');
    expect((await req('contact-delete', { handle })).headers['Status-Code']).toBe('2303');
  });
});
