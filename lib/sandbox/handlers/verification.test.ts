import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandboxInternal } from '../server';
import { advance, call, login } from '../test-helpers';
import type { OutboxMail, Verification } from '../state/types';

let sb: RunningSandboxInternal;
let sid: string;
const RESELLER = '118472';

beforeAll(async () => {
  sb = await startSandbox({ memory: true, port: 0, domains: 20, seed: 17 });
  sid = await login(sb.url);
});
afterAll(() => sb.close());

const req = (name: string, params: Record<string, string> = {}, s = sid) => call(sb.url, name, { 'auth-sid': s, ...params });
const used = new Set<string>();
/** A seeded pending verification, latest deadline first (the earliest ones may pass during the tests). */
const pending = (): Verification => {
  const v = Object.values(sb.engine.state.verifications)
    .filter((x) => x.uid === RESELLER && x.status === 'pending' && !used.has(x.id))
    .sort((a, b) => b.deadline - a.deadline)[0];
  if (!v) throw new Error('no pending verification seeded');
  used.add(v.id);
  return v;
};

describe('wa-email-*', () => {
  it('wa-email-list: TAB rows email, domain, ISO deadline of pending verifications only', async () => {
    const r = await req('wa-email-list');
    expect(r.headers['Status-Code']).toBe('0');
    expect(r.headers.Separator).toBe('TAB');
    expect(r.headers.Result).toBeUndefined();
    const rows = r.body.trim().split('\n').map((l) => l.split('\t'));
    const expected = Object.values(sb.engine.state.verifications).filter((v) => v.uid === RESELLER && v.status === 'pending').flatMap((v) => v.domains);
    expect(rows.map((x) => x[1]).sort()).toEqual(expected.sort());
    expect(rows.every((x) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(x[2] ?? ''))).toBe(true);
  });
  it('wa-email-details: `verification email domain` for a pending key, 2303 naming key otherwise', async () => {
    const v = pending();
    const r = await req('wa-email-details', { key: v.key });
    expect(r.body).toBe(v.domains.map((d) => `verification\t${v.email}\t${d}\n`).join(''));
    expect((await req('wa-email-details', { key: 'nope' })).all('Error')[0]).toMatch(/^key: /);
    expect((await req('wa-email-details')).all('Error')).toEqual(['key: missing required parameter']);
  });
  it('wa-email-validate: ACK and a new mail with the same key when pending, NACK otherwise', async () => {
    const v = pending();
    const r = await req('wa-email-validate', { email: v.email });
    expect(r.headers.Result).toBe('ACK');
    const mails = ((await (await fetch(`${sb.url}/outbox`, { headers: { Accept: 'application/json' } })).json()) as { mails: OutboxMail[] }).mails;
    expect(mails[0]?.to).toBe(v.email);
    expect(mails[0]?.key).toBe(v.key);
    expect((await req('wa-email-validate', { email: 'nobody@example.test' })).headers.Result).toBe('NACK');
    expect((await req('wa-email-validate', { email: 'not-an-address' })).all('Error')[0]).toMatch(/^email: /);
  });
  it('wa-email-verify: yes → verified, no → invalid, then NACK; a wrong key NACKs', async () => {
    const yes = pending();
    expect((await req('wa-email-verify', { key: yes.key, answer: 'yes' })).headers.Result).toBe('ACK');
    expect(yes.status).toBe('verified');
    expect((await req('wa-email-verify', { key: yes.key, answer: 'no' })).headers.Result).toBe('NACK');
    const no = pending();
    expect((await req('wa-email-verify', { key: no.key, answer: 'no' })).headers.Result).toBe('ACK');
    expect(no.status).toBe('invalid');
    expect((await req('wa-email-details', { key: no.key })).body.split('\t')[0]).toBe('invalid');
    expect((await req('wa-email-verify', { key: 'wrong', answer: 'yes' })).headers.Result).toBe('NACK');
    expect((await req('wa-email-verify', { key: yes.key, answer: 'maybe' })).all('Error')[0]).toMatch(/^answer: /);
    const ro = await login(sb.url, 'sandbox-readonly-key');
    expect((await req('wa-email-verify', { key: yes.key, answer: 'yes' }, ro)).headers['Status-Code']).toBe('2202');
  });
  it('a passed deadline marks it invalid: gone from the list, verify NACKs', async () => {
    const v = pending();
    await advance(sb.url, Math.ceil((v.deadline - sb.engine.clock.now()) / 1000) + 60);
    sid = await login(sb.url);
    expect((await req('wa-email-list')).body).not.toContain(`\t${v.domains[0]}\t`);
    expect((await req('wa-email-verify', { key: v.key, answer: 'yes' })).headers.Result).toBe('NACK');
    expect(v.status).toBe('invalid');
  });
});
