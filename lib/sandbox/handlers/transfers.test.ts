import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandboxInternal } from '../server';
import { advance, call, login } from '../test-helpers';
import type { Domain, OutboxMail } from '../state/types';

let sb: RunningSandboxInternal;
let sid: string;
let owner: string;
const RESELLER = '118472';
const CUSTOMER = '204511';

beforeAll(async () => {
  sb = await startSandbox({ memory: true, port: 0, domains: 20, seed: 13 });
  sid = await login(sb.url);
  owner = [...sb.engine.state.domains.values()].find((d) => d.uid === RESELLER && d.tld === 'com')?.ownerC ?? '';
});
afterAll(() => sb.close());

const req = (name: string, params: Record<string, string> = {}, s = sid) => call(sb.url, name, { 'auth-sid': s, ...params });
/** Moves the sandbox clock and logs in again (long jumps outlive the 3600 s session). */
async function later(seconds: number): Promise<void> {
  await advance(sb.url, seconds);
  sid = await login(sb.url);
}
const control = (action: string, domain?: string) => req('domain-transfer-control', domain ? { action, domain } : { action });
const stateOf = async (domain: string) => (await control('show', domain)).body.match(/^status: (\S+)$/m)?.[1];
const balance = () => sb.engine.state.accounts[RESELLER]?.balanceCents ?? 0;
async function outbox(): Promise<OutboxMail[]> {
  return ((await (await fetch(`${sb.url}/outbox`, { headers: { Accept: 'application/json' } })).json()) as { mails: OutboxMail[] }).mails;
}

describe('domain-transfer-in-reseller + domain-transfer-control', () => {
  it('walks IN_DB … TRANSFER_PROCESSED_SUCCESSFULLY with an FOA mail, answering 1000', async () => {
    const before = balance();
    const r = await req('domain-transfer-in-reseller', { domain: 'example.net', 'transfer-auth-id': 'abc123xyz', 'owner-c': owner, status: 'lock' });
    expect(r.all('Error')).toEqual([]);
    const procId = r.headers['Proc-ID'] ?? '';
    expect(balance()).toBeLessThan(before);
    const list = await control('list');
    expect(list.headers['Status-Code']).toBe('1000');
    expect(list.headers.Separator).toBe('TAB');
    expect(list.body.split('\n')).toContain('example.net\tIN_DB\towner@example.net\tadmin@example.net');
    expect((await control('resend-foa', 'example.net')).headers['Status-Code']).toBe('2304');

    await advance(sb.url, 10 * 60);
    expect(await stateOf('example.net')).toBe('FOA_BEEN_SENT');
    const foa = (await outbox()).filter((m) => m.kind === 'transfer-foa' && m.domain === 'example.net');
    expect(foa.map((m) => m.to).sort()).toEqual(['admin@example.net', 'owner@example.net']);
    const resend = await control('resend-foa', 'example.net');
    expect(resend.headers['Status-Code']).toBe('1000');
    expect((await outbox()).filter((m) => m.kind === 'transfer-foa' && m.domain === 'example.net')).toHaveLength(4);

    await later(2 * 3600);
    expect(await stateOf('example.net')).toBe('REGISTRY_REQUEST_RECEIVED_NOW_WAITING');
    expect((await req('result-retrieve', { 'proc-id': procId })).body).toContain('Completion-Status: ?');
    await later(6 * 86_400);
    expect(await stateOf('example.net')).toBe('TRANSFER_PROCESSED_SUCCESSFULLY');
    expect((await req('result-retrieve', { 'proc-id': procId })).body).toContain('Completion-Status: ack');
    const d = sb.engine.state.domains.get('example.net');
    expect(d?.uid).toBe(RESELLER);
    expect(d?.locked).toBe(true);
    expect(d?.autorenew).toBe(true);
    expect((await control('list')).body).not.toContain('example.net');
  });
  it('FOA_NACK (auth-id "nack…" makes the owner refuse) refunds and nacks', async () => {
    const before = balance();
    const r = await req('domain-transfer-in-reseller', { domain: 'example.org', 'transfer-auth-id': 'nack-4711', 'owner-c': owner });
    await later(2 * 3600);
    expect(await stateOf('example.org')).toBe('FOA_NACK');
    expect(balance()).toBe(before);
    expect((await req('result-retrieve', { 'proc-id': r.headers['Proc-ID'] ?? '' })).body).toContain('Completion-Status: nack');
  });
  it('cancel: at once before the registry request, through REGISTRY_CANCELATION_PENDING while waiting', async () => {
    await req('domain-transfer-in-reseller', { domain: 'example.info', 'transfer-auth-id': 'abc123xyz', 'owner-c': owner });
    const ro = await login(sb.url, 'sandbox-readonly-key');
    expect((await req('domain-transfer-control', { action: 'list' }, ro)).body).toContain('example.info\tIN_DB');
    expect((await req('domain-transfer-control', { action: 'cancel', domain: 'example.info' }, ro)).headers['Status-Code']).toBe('2202');
    expect((await control('cancel', 'example.info')).headers['Status-Code']).toBe('1000');
    expect(await stateOf('example.info')).toBe('CANCELLED');
    expect((await control('cancel', 'example.info')).headers['Status-Code']).toBe('2304');

    await req('domain-transfer-in-reseller', { domain: 'google.com', 'transfer-auth-id': 'abc123xyz', 'owner-c': owner });
    await later(2 * 3600);
    expect(await stateOf('google.com')).toBe('REGISTRY_REQUEST_RECEIVED_NOW_WAITING');
    await control('cancel', 'google.com');
    expect(await stateOf('google.com')).toBe('REGISTRY_CANCELATION_PENDING');
    await advance(sb.url, 15 * 60);
    expect(await stateOf('google.com')).toBe('CANCELLED');
  });
  it('names missing and malformed fields and refuses what cannot be transferred', async () => {
    const missing = await req('domain-transfer-in-reseller', { domain: 'example.com' });
    expect(missing.all('Error')).toEqual(['owner-c: missing required parameter', 'transfer-auth-id: missing required parameter']);
    expect((await req('domain-transfer-in-reseller', { domain: 'example.eu', 'owner-c': owner })).all('Error').join()).not.toMatch(/transfer-auth-id/);
    expect((await req('domain-transfer-in-reseller', { domain: 'example.com', 'transfer-auth-id': 'a b', 'owner-c': owner })).all('Error')[0]).toMatch(/^transfer-auth-id: /);
    expect((await req('domain-transfer-in-reseller', { domain: 'example.com', 'transfer-auth-id': 'abc123', 'owner-c': owner, autorenew: '2' })).all('Error')[0]).toMatch(/^autorenew: /);
    const free = await req('domain-transfer-in-reseller', { domain: 'surely-free-name-4711.com', 'transfer-auth-id': 'abc123', 'owner-c': owner });
    expect(free.headers['Status-Code']).toBe('2303');
    const own = [...sb.engine.state.domains.values()].find((d) => d.uid === RESELLER) as Domain;
    expect((await req('domain-transfer-in-reseller', { domain: own.name, 'transfer-auth-id': 'abc123', 'owner-c': owner })).headers['Status-Code']).toBe('2302');
    const mod = await login(sb.url, 'sandbox-modify-key');
    expect((await req('domain-transfer-in-reseller', { domain: 'example.com', 'transfer-auth-id': 'abc123', 'owner-c': owner }, mod)).headers['Status-Code']).toBe('2202');
    expect((await control('fly')).all('Error')[0]).toMatch(/^action: /);
    expect((await control('show', 'nothing.com')).headers['Status-Code']).toBe('2303');
  });
});

describe('domain-transfer-get-auth-id', () => {
  it('delivers the id through result-retrieve; each request invalidates the previous one', async () => {
    const cust = await login(sb.url, 'sandbox-customer-key');
    const d = [...sb.engine.state.domains.values()].find((x) => x.uid === CUSTOMER && ['com', 'net', 'org', 'info'].includes(x.tld)) as Domain;
    if (!d.locked) await req('domain-lock', { domain: d.name }, cust);
    const first = await req('domain-transfer-get-auth-id', { domain: d.name }, cust);
    const second = await req('domain-transfer-get-auth-id', { domain: d.name }, cust);
    await advance(sb.url, 5);
    const idOf = async (procId: string) => (await req('result-retrieve', { 'proc-id': procId }, cust)).body.match(/^The Authorization ID is: "(.+)"$/m)?.[1] ?? '';
    const [old, current] = [await idOf(first.headers['Proc-ID'] ?? ''), await idOf(second.headers['Proc-ID'] ?? '')];
    expect(old).not.toBe('');
    expect(current).not.toBe(old);
    const locked = await req('domain-transfer-in-reseller', { domain: d.name, 'transfer-auth-id': current, 'owner-c': owner });
    expect(locked.headers['Status-Code']).toBe('2304');
    await req('domain-unlock', { domain: d.name }, cust);
    const stale = await req('domain-transfer-in-reseller', { domain: d.name, 'transfer-auth-id': old, 'owner-c': owner });
    expect(stale.all('Error')).toEqual(['transfer-auth-id: does not match the current AUTH-ID of the domain']);
    const ok = await req('domain-transfer-in-reseller', { domain: d.name, 'transfer-auth-id': current, 'owner-c': owner });
    expect(ok.all('Error')).toEqual([]);
    await later(6 * 86_400);
    expect(sb.engine.state.domains.get(d.name)?.uid).toBe(RESELLER);
  });
  it('refuses @readonly keys and names a missing domain', async () => {
    const ro = await login(sb.url, 'sandbox-readonly-key');
    expect((await req('domain-transfer-get-auth-id', { domain: 'x.com' }, ro)).headers['Status-Code']).toBe('2202');
    expect((await req('domain-transfer-get-auth-id')).all('Error')).toEqual(['domain: missing required parameter']);
  });
});
