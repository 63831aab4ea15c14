/**
 * Sandbox conformance (lib/sandbox/README.md, "Beyond the seeds"): grants-list and wa-email-list carry the Columns
 * header Joker's reseller panel reads them by; grants-list rows have 12 fields with the key in both kinds and numbers
 * from 0; wa-email-query-status.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../seed/catalog';
import { startSandbox, type RunningSandboxInternal } from '../server';
import { call, login, seededDomain } from '../test-helpers';

let sb: RunningSandboxInternal;
let sid: string;
beforeAll(async () => {
  sb = await startSandbox({ memory: true, port: 0, domains: 30 });
  sid = await login(sb.url);
});
afterAll(() => sb.close());

describe('grants-list', () => {
  it('names 12 columns; rows numbered from 0, key `-` on grants and without showkey, nickname last', async () => {
    const d = seededDomain(sb.engine.state, (x) => !sb.engine.state.grants.some((g) => g.domain === x.name) && !sb.engine.state.invitations.some((i) => i.domain === x.name));
    await call(sb.url, 'grants-invite', { 'auth-sid': sid, domain: d.name, email: 'friend@example.test', role: '@admin', nickname: 'Good friend' });
    await call(sb.url, 'grants-invite', { 'auth-sid': sid, domain: d.name, email: DEMO.customer.login, role: '@tech', 'client-uid': DEMO.customer.uid, 'nick-name': 'Casey' });
    const r = await call(sb.url, 'grants-list', { 'auth-sid': sid, domain: d.name });
    const columns = r.headers['Columns']?.split(',') ?? [];
    expect(columns).toEqual(['type', 'number', 'scope', 'key', 'object_type', 'object_name', 'role', 'inviter_login', 'invited_login', 'invited_uid', 'invitee_email', 'nickname']);
    // Read as Joker's reseller panel does: split with a field limit, the nickname is the rest of the line.
    const byName = r.body.trim().split('\n').map((l) => {
      const f = l.split(' ');
      return Object.fromEntries(columns.map((c, i) => [c, i === columns.length - 1 ? f.slice(i).join(' ') : f[i]]));
    });
    expect(byName).toEqual([
      expect.objectContaining({ type: 'invitation', number: '0', key: '-', object_type: 'domain', object_name: d.name, role: '@admin', invited_uid: '-', invitee_email: 'friend@example.test', nickname: 'Good friend' }),
      expect.objectContaining({ type: 'grant', number: '1', key: '-', object_name: d.name, role: '@tech', inviter_login: 'reseller@sandbox.test', invited_login: DEMO.customer.login, invited_uid: DEMO.customer.uid, nickname: 'Casey' }),
    ]);
    const withKey = (await call(sb.url, 'grants-list', { 'auth-sid': sid, domain: d.name, showkey: '1' })).body.split('\n')[0]?.split(' ');
    expect(withKey?.[3]).toMatch(/^[0-9a-f]{32}$/);
  });

  it('an empty list is an empty body', async () => {
    const d = seededDomain(sb.engine.state, (x) => x.tld === 'de' && !sb.engine.state.grants.some((g) => g.domain === x.name) && !sb.engine.state.invitations.some((i) => i.domain === x.name));
    const r = await call(sb.url, 'grants-list', { 'auth-sid': sid, domain: d.name });
    expect([r.headers['Status-Code'], r.body]).toEqual(['0', '']);
  });
});

describe('whois verification', () => {
  it('wa-email-list: TAB rows under Columns email,domain,verification-expires', async () => {
    const r = await call(sb.url, 'wa-email-list', { 'auth-sid': sid });
    expect([r.headers['Separator'], r.headers['Columns']]).toEqual(['TAB', 'email,domain,verification-expires']);
    const rows = r.body.trim().split('\n').map((l) => l.split('\t'));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((f) => f.length === 3 && /@/.test(f[0] ?? '') && Date.parse(f[2] ?? '') > 0)).toBe(true);
  });

  it('wa-email-query-status answers one word: pending, verified, invalid or unverified', async () => {
    const all = Object.values(sb.engine.state.verifications);
    const word = async (email: string) => (await call(sb.url, 'wa-email-query-status', { 'auth-sid': sid, email })).body;
    const pending = all.find((v) => v.status === 'pending');
    const verified = all.find((v) => v.status === 'verified');
    expect(await word(pending?.email ?? '')).toBe('pending\n');
    expect(await word(verified?.email ?? '')).toBe('verified\n');
    expect(await word('never-seen@example.test')).toBe('unverified\n');
    await call(sb.url, 'wa-email-verify', { 'auth-sid': sid, key: pending?.key ?? '', answer: 'no' });
    expect(await word(pending?.email ?? '')).toBe('invalid\n');
    expect((await call(sb.url, 'wa-email-query-status', { 'auth-sid': sid, email: 'not-an-address' })).all('Error')[0]).toMatch(/^email: /);
  });
});
