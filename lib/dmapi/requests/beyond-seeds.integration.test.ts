/**
 * The client functions for the requests beyond the seeds, run against the real sandbox over HTTP
 * (lib/sandbox/README.md, "Beyond the seeds"): session info, user properties, redemption restore, trivial transfer,
 * inquire-tld, verification status, the v2 endpoints and /whois, plus result-list's in-progress default. Every write is
 * checked in the sandbox's state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '@/lib/sandbox/seed/catalog';
import { startSandbox, type RunningSandboxInternal } from '@/lib/sandbox/server';
import {
  createTransport, DmapiClient, DmapiError, dmapiVersion, domainRedeem, domainRegister, domainTransferIn, inquireTld, publicWhois,
  queryDomainList, queryPriceList, queryRequestList, queryTldList, resultList, userGetProperty, userSetProperty, v2ContactCreate,
  v2QueryPriceList, waEmailQueryStatus,
} from '../index';

let sb: RunningSandboxInternal;
const clients: Record<string, DmapiClient> = {};
const client = (key = 'sandbox-full-key') =>
  (clients[key] ??= new DmapiClient({ transport: createTransport({ baseUrl: sb.url }), credential: { apiKey: key } }));
const advance = async (seconds: number) => {
  const res = await fetch(`${sb.url}/_sandbox/clock`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ advance: seconds }) });
  expect(res.ok).toBe(true);
};
const reseller = () => sb.engine.state.accounts[DEMO.reseller.uid];

beforeAll(async () => {
  sb = await startSandbox({ memory: true, port: 0, domains: 30 });
});
afterAll(() => sb?.close());

describe('session info', () => {
  it('version needs no session', async () => {
    expect(await dmapiVersion(createTransport({ baseUrl: sb.url }))).toBe('1.2.53');
  });

  it('query-request-list follows the key: costly requests only for @full, changes not for @readonly', async () => {
    const full = await queryRequestList(client());
    const ro = await queryRequestList(client('sandbox-readonly-key'));
    expect(full).toEqual(expect.arrayContaining(['domain-renew', 'domain-redeem', 'domain-modify', 'query-domain-list']));
    expect(ro).toContain('query-domain-list');
    expect(ro).not.toContain('domain-modify');
    expect((await queryRequestList(client('sandbox-modify-key'))).includes('domain-renew')).toBe(false);
  });

  it('user properties: read, set, and the default applies to the next registration', async () => {
    expect(await userGetProperty(client())).toEqual({ property: { autorenew: '1' }, feature: { reseller: '1' } });
    const set = await userSetProperty(client(), { pname: 'autorenew', pvalue: '0' });
    expect(set.procId).toMatch(/^\d+$/);
    expect(reseller()?.properties?.autorenew).toBe('0');
    expect((await userGetProperty(client(), { pname: 'autorenew', ptype: 'property' })).property).toEqual({ autorenew: '0' });
    await expect(userSetProperty(client('sandbox-readonly-key'), { pname: 'autorenew', pvalue: '1' })).rejects.toBeInstanceOf(DmapiError);
    await expect(userSetProperty(client(), { pname: 'autorenew', pvalue: 'yes' as '1' })).rejects.toThrow();
    await userSetProperty(client(), { pname: 'autorenew', pvalue: '1' });
  });
});

describe('result-list', () => {
  it('includes requests still in progress unless pending: false', async () => {
    const handle = Object.values(sb.engine.state.contacts).find((c) => c.uid === DEMO.reseller.uid && c.tld === 'com')?.handle ?? '';
    const { procId } = await domainRegister(client(), { domain: 'in-progress-by-default.com', period: 12, ownerC: handle, billingC: handle, adminC: handle, techC: handle, nsList: ['x.ns.joker.com', 'y.ns.joker.com'] });
    expect((await resultList(client())).find((r) => r.procId === procId)?.status).toBe('?');
    expect((await resultList(client(), { pending: false })).some((r) => r.procId === procId)).toBe(false);
    const rows = await resultList(client());
    expect(rows.map((r) => r.timestamp?.getTime() ?? 0)).toEqual(rows.map((r) => r.timestamp?.getTime() ?? 0).sort((a, b) => b - a));
  });
});

describe('money and lifecycle', () => {
  it('domainRedeem restores a domain in redemption at the price list\'s rgp price', async () => {
    const name = Object.keys(sb.engine.state.redemptions).find((n) => n.endsWith('.de')) ?? '';
    const rgp = (await queryPriceList(client())).find((p) => p.tld === 'de' && p.operation === 'rgp' && p.period === 1)?.price ?? 0;
    expect(rgp).toBeGreaterThan(0);
    const before = reseller()?.balanceCents ?? 0;
    const { procId } = await domainRedeem(client(), { domain: name });
    expect(procId).toMatch(/^\d+$/);
    expect(before - (reseller()?.balanceCents ?? 0)).toBe(Math.round(rgp * 100));
    await advance(3);
    expect((await queryDomainList(client(), { pattern: name })).map((r) => r.domain)).toEqual([name]);
    await expect(domainRedeem(client('sandbox-modify-key'), { domain: name })).rejects.toMatchObject({ statusCode: 2202 });
  });

  it('domainTransferIn (trivial) starts a transfer with the billing contact for every role', async () => {
    const theirs = [...sb.engine.state.domains.values()].find((d) => d.uid === DEMO.customer.uid && d.tld === 'net') ?? [...sb.engine.state.domains.values()].find((d) => d.uid === DEMO.customer.uid);
    if (!theirs) throw new Error('the customer has no domain');
    Object.assign(theirs, { locked: false, transferLockUntil: null });
    const billing = Object.values(sb.engine.state.contacts).find((c) => c.uid === DEMO.reseller.uid && c.tld === theirs.tld)?.handle ?? '';
    await expect(domainTransferIn(client(), { domain: theirs.name, transferAuthId: 'wrong-auth-id', billingC: billing })).rejects.toSatisfy(
      (e: unknown) => e instanceof DmapiError && e.statusCode === 2202 && !e.message.includes('wrong-auth-id'),
    );
    const { procId } = await domainTransferIn(client(), { domain: theirs.name, transferAuthId: theirs.authId, billingC: billing });
    expect(sb.engine.state.transfers[theirs.name]?.request['owner-c']).toBe(billing);
    expect((await resultList(client(), { procid: procId }))[0]?.requestType).toBe('domain-transfer-in');
  });
});

describe('facts', () => {
  it('inquireTld names the DNSSEC form', async () => {
    expect((await inquireTld(client(), { tld: '.de' })).dnssecForms).toEqual(['keydata']);
    expect((await inquireTld(client(), { tld: 'com' })).dnssecForms).toEqual(['dsdata']);
  });

  it('queryTldList gives the TLDs the account may order', async () => {
    const tlds = await queryTldList(client());
    expect(tlds).toEqual([...(reseller()?.tlds ?? [])].sort());
    expect(tlds).toEqual(expect.arrayContaining(['com', 'co.uk', 'de']));
  });

  it('waEmailQueryStatus gives one of four words', async () => {
    const pending = Object.values(sb.engine.state.verifications).find((v) => v.status === 'pending');
    expect(await waEmailQueryStatus(client(), { email: pending?.email ?? '' })).toBe('pending');
    expect(await waEmailQueryStatus(client(), { email: 'nobody@example.test' })).toBe('unverified');
  });

  it('publicWhois reads DNSSEC from /whois', async () => {
    const signed = [...sb.engine.state.domains.values()].find((d) => d.dnssec && d.ds.length > 0);
    const plain = [...sb.engine.state.domains.values()].find((d) => !d.dnssec);
    expect((await publicWhois(client(), { domain: signed?.name ?? '' })).signed).toBe(true);
    const w = await publicWhois(client(), { domain: plain?.name ?? '' });
    expect(w.signed).toBe(false);
    expect(w.fields['Name']?.length).toBe(plain?.ns.length);
  });
});

describe('v2 endpoints', () => {
  it('the transport reaches root paths only by plain segment names', async () => {
    await expect(client().call('../request/login', {}, { root: true })).rejects.toBeInstanceOf(TypeError);
    await expect(client().call('v2/contact/create', {})).rejects.toBeInstanceOf(TypeError);
  });

  it('v2ContactCreate returns a handle usable at once', async () => {
    const { handle } = await v2ContactCreate(client(), {
      tld: 'com',
      fields: {
        name: 'Wanda Whmcs', email: 'wanda@example.test', 'address-1': '1 Pike Street', city: 'Seattle', state: 'WA',
        'postal-code': '98101', country: 'US', phone: '+1.2065550100',
      },
    });
    expect(sb.engine.state.contacts[handle]?.fields.name).toBe('Wanda Whmcs');
    const r = await domainRegister(client(), { domain: 'v2-contact-at-once.com', period: 12, ownerC: handle, billingC: handle, adminC: handle, techC: handle, nsList: ['x.ns.joker.com', 'y.ns.joker.com'] });
    expect(r.procId).toMatch(/^\d+$/);
  });

  it('v2QueryPriceList and queryPriceList give the same rows, one per period', async () => {
    const v2 = await v2QueryPriceList(client());
    const v1 = await queryPriceList(client());
    expect(v2.map((r) => [r.tld, r.operation, r.period, r.price])).toEqual(v1.map((r) => [r.tld, r.operation, r.period, r.price]));
    const comCreate = v2.filter((r) => r.tld === 'com' && r.operation === 'create' && r.columns['type'] === 'domain');
    expect(comCreate.map((r) => r.period)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(comCreate[0]).toMatchObject({ price: 10.16, currency: 'EUR' });
  });
});
