import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandboxInternal } from '../server';
import { call, login, seededDomain } from '../test-helpers';
import { DEMO } from '../seed/catalog';
import type { Domain, OutboxMail } from '../state/types';

let sb: RunningSandboxInternal;
let sid: string;
let cust: string;
const CUSTOMER = DEMO.customer.uid;
const CUSTOMER_LOGIN = 'customer@sandbox.test';

beforeAll(async () => {
  sb = await startSandbox({ memory: true, port: 0, domains: 20, seed: 23 });
  sid = await login(sb.url);
  cust = await login(sb.url, 'sandbox-customer-key');
});
afterAll(() => sb.close());

const req = (name: string, params: Record<string, string> = {}, s = sid) => call(sb.url, name, { 'auth-sid': s, ...params });
const used = new Set<string>();
/** A reseller domain without grants or invitations, not used by an earlier test. */
const fresh = (): Domain => {
  const st = sb.engine.state;
  const d = seededDomain(st, (x) => !used.has(x.name) && !st.grants.some((g) => g.domain === x.name) && !st.invitations.some((i) => i.domain === x.name));
  used.add(d.name);
  return d;
};
async function newestMail(): Promise<OutboxMail | undefined> {
  return ((await (await fetch(`${sb.url}/outbox`, { headers: { Accept: 'application/json' } })).json()) as { mails: OutboxMail[] }).mails[0];
}
const listed = async (s: string) => (await req('query-domain-list', { showgrants: '1' }, s)).body;

describe('grants-invite / grants-list / grants-revoke', () => {
  it('mails an invitation with key and link; grants-list shows the key only with showkey=1', async () => {
    const d = fresh();
    const r = await req('grants-invite', { domain: d.name, email: 'friend@example.test', role: '@tech', 'nick-name': 'My friend' });
    expect(r.headers['Status-Code']).toBe('0');
    expect(r.body).toBe('ok\n');
    const mail = await newestMail();
    expect(mail?.kind).toBe('grant-invitation');
    expect(mail?.to).toBe('friend@example.test');
    const key = mail?.key ?? '';
    expect(mail?.body).toContain(key);
    expect(mail?.links.some((l) => l.includes(`key=${key}`))).toBe(true);
    const withKey = (await req('grants-list', { domain: d.name, showkey: '1' })).body.trim().split(' ');
    expect(withKey.slice(3)).toEqual([key, 'domain', d.name, '@tech', '-', '-', '-', 'friend@example.test', 'My', 'friend']);
    expect((await req('grants-list', { domain: d.name })).body).not.toContain(key);
  });
  it('client-uid matching the account and e-mail applies the role at once: the customer sees and uses it', async () => {
    const d = fresh();
    const r = await req('grants-invite', { domain: d.name, email: CUSTOMER_LOGIN, role: '@billing', 'client-uid': CUSTOMER });
    expect(r.all('Error')).toEqual([]);
    const line = (await req('grants-list', { domain: d.name })).body.trim();
    expect(line).toMatch(new RegExp(`^grant 0 \\S+ - domain ${d.name.replace(/\./g, '\\.')} @billing reseller@sandbox\\.test ${CUSTOMER_LOGIN.replace(/\./g, '\\.')} ${CUSTOMER} `));
    expect(await listed(cust)).toContain(`${d.name} `);
    expect(await listed(cust)).toMatch(new RegExp(`${d.name.replace(/\./g, '\\.')} \\S+ @billing`));
    // @billing may renew but not change properties.
    expect((await req('domain-set-property', { domain: d.name, pname: 'autorenew', pvalue: '1' }, cust)).headers['Status-Code']).toBe('2202');
    const scope = line.split(' ')[2] ?? '';
    expect((await req('grants-revoke', { domain: d.name, role: '@billing', scope, type: 'grant' })).body).toBe('ok\n');
    expect(await listed(cust)).not.toContain(d.name);
  });
  it('refuses a client-uid that does not match the e-mail, bad roles and missing fields', async () => {
    const d = fresh();
    expect((await req('grants-invite', { domain: d.name, email: 'other@example.test', role: '@admin', 'client-uid': CUSTOMER })).all('Error')[0]).toMatch(/^client-uid: /);
    expect((await req('grants-invite', { domain: d.name, email: 'a@example.test', role: '@owner' })).all('Error')[0]).toMatch(/^role: /);
    expect((await req('grants-invite', { domain: d.name })).all('Error')).toEqual(['email: missing required parameter', 'role: missing required parameter']);
    expect((await req('grants-revoke', { domain: d.name, role: '@admin', scope: 'x', type: 'grant' })).headers['Status-Code']).toBe('2303');
    expect((await req('grants-revoke', { domain: d.name, role: '@admin', scope: 'x', type: 'other' })).all('Error')[0]).toMatch(/^type: /);
    expect((await req('grants-list', { domain: d.name }, cust)).headers['Status-Code']).toBe('2303');
  });
  it('revokes an open invitation: gone from grants-list, the link no longer works', async () => {
    const d = fresh();
    await req('grants-invite', { domain: d.name, email: 'x@example.test', role: '@admin' });
    const key = (await newestMail())?.key ?? '';
    const scope = (await req('grants-list', { domain: d.name })).body.split(' ')[2] ?? '';
    expect((await req('grants-revoke', { domain: d.name, role: '@admin', scope, type: 'invitation' })).body).toBe('ok\n');
    expect((await req('grants-list', { domain: d.name })).body).toBe('');
    expect((await fetch(`${sb.url}/_sandbox/invitation?key=${key}`)).status).toBe(404);
  });
});

describe('accepting through the outbox link', () => {
  it('the seeded open invitation to the customer carries a working link', async () => {
    const inv = sb.engine.state.invitations.find((i) => i.email === CUSTOMER_LOGIN && i.status === 'open');
    const mails = ((await (await fetch(`${sb.url}/outbox`, { headers: { Accept: 'application/json' } })).json()) as { mails: OutboxMail[] }).mails;
    const mail = mails.find((m) => m.kind === 'grant-invitation' && m.key === inv?.key);
    expect(mail?.body).toContain(mail?.links[0] ?? 'no link');
    // The page's own HTML form posts form-encoded, which the operator guard accepts only with a loopback Origin.
    const form = { method: 'POST', body: 'api-key=sandbox-customer-key' } as const;
    const noOrigin = await fetch(`${sb.url}${mail?.links[0] ?? ''}`, { ...form, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(noOrigin.status).toBe(415);
    const ok = await fetch(`${sb.url}${mail?.links[0] ?? ''}`, { ...form, headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: sb.url } });
    expect(ok.status).toBe(200);
    expect(await listed(cust)).toContain(`${inv?.domain ?? 'none'} `);
  });
  it('@admin: the customer signs in on the link, then lists and modifies the domain', async () => {
    const d = fresh();
    await req('grants-invite', { domain: d.name, email: CUSTOMER_LOGIN, role: '@admin' });
    const link = (await newestMail())?.links[0] ?? '';
    expect(link).toMatch(/^\/_sandbox\/invitation\?key=/);
    const page = await fetch(`${sb.url}${link}`, { headers: { Accept: 'application/json' } });
    expect(((await page.json()) as { domain: string }).domain).toBe(d.name);
    const bad = await fetch(`${sb.url}${link}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ 'api-key': 'wrong' }) });
    expect(bad.status).toBe(401);
    const ok = await fetch(`${sb.url}${link}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ 'api-key': 'sandbox-customer-key' }) });
    expect(ok.status).toBe(200);
    expect(await listed(cust)).toMatch(new RegExp(`${d.name.replace(/\./g, '\\.')} \\S+ @admin`));
    expect((await req('domain-set-property', { domain: d.name, pname: 'autorenew', pvalue: '1' }, cust)).all('Error')).toEqual([]);
    expect((await req('grants-list', { domain: d.name })).body).toMatch(/^grant 0 /);
  });
  it('@creator moves the domain into the customer portfolio', async () => {
    const d = fresh();
    await req('grants-invite', { domain: d.name, email: 'someone@example.test', role: '@creator' });
    const link = (await newestMail())?.links[0] ?? '';
    const ok = await fetch(`${sb.url}${link}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'customer@sandbox.test', password: 'sandbox-customer' }) });
    expect(ok.status).toBe(200);
    expect(d.uid).toBe(CUSTOMER);
    expect((await req('query-domain-list', { pattern: d.name }, cust)).body).toContain(d.name);
    expect((await req('query-domain-list', { pattern: d.name })).body).toBe('');
  });
});
