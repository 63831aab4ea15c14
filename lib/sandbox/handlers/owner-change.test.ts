import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandboxInternal } from '../server';
import { advance, call, login, seededDomain } from '../test-helpers';
import { DEMO } from '../seed/catalog';
import type { Domain, OutboxMail } from '../state/types';

let sb: RunningSandboxInternal;
let sid: string;
const RESELLER = DEMO.reseller.uid;

/** The seeds' domain-owner-change example. */
const JOHN = { fname: 'John', lname: 'Doe', email: 'johnd@someisp.com', 'address-1': 'Smartroad1', city: 'Smalltown', 'postal-code': '40122', country: 'US', phone: '+1.422.8001' };

beforeAll(async () => {
  sb = await startSandbox({ memory: true, port: 0, domains: 20, seed: 11 });
  sid = await login(sb.url);
});
afterAll(() => sb.close());

const req = (name: string, params: Record<string, string> = {}, s = sid) => call(sb.url, name, { 'auth-sid': s, ...params });
const used = new Set<string>();
const fresh = (): Domain => {
  const d = seededDomain(sb.engine.state, (x) => ['com', 'net', 'org', 'info'].includes(x.tld) && !x.pendingOwnerChange && !used.has(x.name));
  used.add(d.name);
  return d;
};
async function outbox(): Promise<OutboxMail[]> {
  const res = await fetch(`${sb.url}/outbox`, { headers: { Accept: 'application/json' } });
  return ((await res.json()) as { mails: OutboxMail[] }).mails;
}

describe('domain-owner-change + cor-verify', () => {
  it('answers the seeded pending owner changes (their keys are in the outbox)', async () => {
    const seeded = [...sb.engine.state.domains.values()].find((x) => x.uid === RESELLER && x.pendingOwnerChange);
    const key = seeded?.pendingOwnerChange?.keys[1] ?? '';
    expect((await outbox()).some((m) => m.kind === 'cor' && m.key === key)).toBe(true);
    expect((await req('cor-verify', { key, answer: 'no' })).headers.Result).toBe('ACK');
    expect(seeded?.pendingOwnerChange).toBeNull();
  });
  it('mails confirmation keys to the old and new owner; yes executes and locks for 60 days', async () => {
    const d = fresh();
    const oldOwner = d.ownerC;
    const oldEmail = sb.engine.state.contacts[oldOwner]?.fields.email;
    const r = await req('domain-owner-change', { domain: d.name, ...JOHN });
    expect(r.all('Error')).toEqual([]);
    const procId = r.headers['Proc-ID'] ?? '';
    expect(procId).toMatch(/^\d+$/);
    const mails = (await outbox()).filter((m) => m.kind === 'cor' && m.domain === d.name);
    expect(mails.map((m) => m.to).sort()).toEqual([oldEmail, 'johnd@someisp.com'].sort());
    const key = mails.find((m) => m.to === 'johnd@someisp.com')?.key ?? '';
    expect(mails.every((m) => m.key && m.body.includes(m.key))).toBe(true);
    await advance(sb.url, 60);
    expect((await req('result-retrieve', { 'proc-id': procId })).body).toContain('Completion-Status: ?');

    const v = await req('cor-verify', { key, answer: 'yes' });
    expect(v.headers.Result).toBe('ACK');
    expect(d.ownerC).not.toBe(oldOwner);
    expect(sb.engine.state.contacts[d.ownerC]?.fields.email).toBe('johnd@someisp.com');
    expect(d.transferLockUntil).toBeGreaterThan(sb.engine.clock.now() + 59 * 86_400_000);
    expect((await req('result-retrieve', { 'proc-id': procId })).body).toContain('Completion-Status: ack');
    expect(Object.values(sb.engine.state.verifications).some((w) => w.email === 'johnd@someisp.com' && w.domains.includes(d.name))).toBe(true);
    // The other key is spent now.
    expect((await req('cor-verify', { key, answer: 'yes' })).headers.Result).toBe('NACK');
  });
  it('no rejects; lock-opt-out=yes leaves no transfer lock', async () => {
    const d = fresh();
    const owner = d.ownerC;
    await req('domain-owner-change', { domain: d.name, ...JOHN, 'lock-opt-out': 'yes' });
    const no = await req('cor-verify', { key: d.pendingOwnerChange?.keys[0] ?? '', answer: 'no' });
    expect(no.headers.Result).toBe('ACK');
    expect(d.ownerC).toBe(owner);
    expect(d.pendingOwnerChange).toBeNull();

    const e = fresh();
    await req('domain-owner-change', { domain: e.name, ...JOHN, 'lock-opt-out': 'yes' });
    expect(e.pendingOwnerChange?.lockOptOut).toBe(true);
    await req('cor-verify', { key: e.pendingOwnerChange?.keys[0] ?? '', answer: 'yes' });
    expect(e.transferLockUntil).toBeNull();
  });
  it('an unanswered change nacks after the deadline', async () => {
    const d = fresh();
    const r = await req('domain-owner-change', { domain: d.name, ...JOHN });
    await advance(sb.url, 15 * 86_400);
    sid = await login(sb.url); // the session expired with the clock
    const res = await req('result-retrieve', { 'proc-id': r.headers['Proc-ID'] ?? '' });
    expect(res.body).toContain('Completion-Status: nack');
    expect(d.pendingOwnerChange).toBeNull();
  });
  it('names missing and malformed fields; a second change waits for the first', async () => {
    const d = fresh();
    const missing = await req('domain-owner-change', { domain: d.name, email: 'a@b.test' });
    expect(missing.headers['Status-Code']).toBe('2003');
    expect(missing.all('Error')[0]).toMatch(/^name: /);
    expect((await req('domain-owner-change', { domain: d.name, ...JOHN, 'lock-opt-out': 'maybe' })).all('Error')).toEqual(['lock-opt-out: must be yes or no']);
    await req('domain-owner-change', { domain: d.name, ...JOHN });
    expect((await req('domain-owner-change', { domain: d.name, ...JOHN })).headers['Status-Code']).toBe('2304');
  });
  it('cor-verify: NACK for an unknown key, field errors for bad answers', async () => {
    expect((await req('cor-verify', { key: 'nope', answer: 'yes' })).headers.Result).toBe('NACK');
    expect((await req('cor-verify', { key: 'nope', answer: 'maybe' })).all('Error')[0]).toMatch(/^answer: /);
    expect((await req('cor-verify', { answer: 'yes' })).all('Error')).toEqual(['key: missing required parameter']);
  });
});
