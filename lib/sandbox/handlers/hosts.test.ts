import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandboxInternal } from '../server';
import { call, login } from '../test-helpers';

let sb: RunningSandboxInternal;
let sid: string;
let mine: string; // a domain of the reseller's portfolio

beforeAll(async () => {
  sb = await startSandbox({ memory: true, port: 0, domains: 20, seed: 5 });
  sid = await login(sb.url);
  mine = [...sb.engine.state.domains.values()].find((d) => d.uid === '118472')?.name ?? '';
});
afterAll(() => sb.close());

const req = (name: string, params: Record<string, string> = {}) => call(sb.url, name, { 'auth-sid': sid, ...params });
const row = async (host: string) => (await req('query-ns-list', { pattern: host, full: '1' })).body;

describe('ns-create', () => {
  it('registers a host with several IPv4 and IPv6 addresses', async () => {
    const host = `ns7.${mine}`;
    const r = await req('ns-create', { host, ip: '194.245.148.200,194.245.148.201', ipv6: '2a00:1450::17' });
    expect(r.headers['Status-Code']).toBe('0');
    expect(r.headers['Proc-ID']).toMatch(/^\d+$/);
    expect(await row(host)).toBe(`${host}\t194.245.148.200,194.245.148.201\t2a00:1450::17`);
  });
  it("refuses IANA-reserved IPv4, one Error: per bad address", async () => {
    const r = await req('ns-create', { host: `ns8.${mine}`, ip: '10.0.0.1,1.2.3,8.8.8.8' });
    expect(r.headers['Status-Code']).toBe('2005');
    expect(r.all('Error')).toEqual(["ip: IPv4 address from IANA's reserved range: 10.0.0.1", 'ip: invalid IPv4 address: 1.2.3']);
  });
  it('needs an address, a valid host name, a free name and a parent domain in the portfolio', async () => {
    expect((await req('ns-create', { host: `ns8.${mine}` })).all('Error')).toEqual(['ip: an IPv4 (ip) or IPv6 (ipv6) address is required']);
    expect((await req('ns-create', { ip: '8.8.8.8' })).all('Error')).toEqual(['host: missing required parameter']);
    expect((await req('ns-create', { host: 'bad host', ip: '8.8.8.8' })).all('Error')[0]).toMatch(/^host: /);
    expect((await req('ns-create', { host: `ns7.${mine}`, ip: '8.8.8.8' })).headers['Status-Code']).toBe('2302');
    expect((await req('ns-create', { host: 'ns1.not-in-portfolio.test', ip: '8.8.8.8' })).headers['Status-Code']).toBe('2306');
  });
  it('works under the host-create name too', async () => {
    expect((await req('host-create', { host: `ns9.${mine}`, ipv6: 'fec0::17' })).headers['Status-Code']).toBe('0');
    expect(await row(`ns9.${mine}`)).toBe(`ns9.${mine}\t-\tfec0::17`);
  });
});

describe('ns-modify', () => {
  it('replaces the given family, keeps the other, clears with !@!', async () => {
    const host = `ns7.${mine}`;
    expect((await req('ns-modify', { host, ip: '8.8.4.4' })).headers['Status-Code']).toBe('0');
    expect(await row(host)).toBe(`${host}\t8.8.4.4\t2a00:1450::17`);
    expect((await req('host-modify', { host, ipv6: '!@!' })).headers['Status-Code']).toBe('0');
    expect(await row(host)).toBe(`${host}\t8.8.4.4\t-`);
    expect((await req('ns-modify', { host, ip: '!@!' })).all('Error')).toEqual(['ip: a host keeps at least one address']);
    expect((await req('ns-modify', { host, ip: '127.0.0.1' })).headers['Status-Code']).toBe('2005');
    expect((await req('ns-modify', { host: `nsx.${mine}`, ip: '8.8.8.8' })).headers['Status-Code']).toBe('2303');
  });
});

describe('query-ns-list and ns-delete', () => {
  it('lists names only without full, and checks full', async () => {
    const r = await req('query-ns-list', { pattern: `*.${mine}` });
    expect(r.body.split('\n')).toEqual(expect.arrayContaining([`ns7.${mine}`, `ns9.${mine}`]));
    expect(r.headers.Separator).toBeUndefined();
    expect((await req('query-ns-list', { full: 'x' })).all('Error')).toEqual(['full: must be 0 or 1']);
  });
  it('refuses to delete a host in use (2305), deletes an unused one', async () => {
    const host = `ns9.${mine}`;
    const domain = sb.engine.state.domains.get(mine);
    domain?.ns.push(host);
    const refused = await req('ns-delete', { host });
    expect(refused.headers['Status-Code']).toBe('2305');
    expect(refused.all('Error')).toEqual([`host: ${host} is in use by ${mine}`]);
    domain?.ns.pop();
    const r = await req('host-delete', { host });
    expect(r.headers['Status-Code']).toBe('0');
    expect(r.headers['Proc-ID']).toMatch(/^\d+$/);
    expect(await row(host)).toBe('');
  });
  it('a read-only key cannot create hosts', async () => {
    const ro = await login(sb.url, 'sandbox-readonly-key');
    const r = await call(sb.url, 'ns-create', { 'auth-sid': ro, host: `ns5.${mine}`, ip: '8.8.8.8' });
    expect(r.headers['Status-Code']).not.toBe('0');
    expect(sb.engine.state.hosts[`ns5.${mine}`]).toBeUndefined();
  });
});
