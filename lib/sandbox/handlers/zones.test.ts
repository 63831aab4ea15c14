import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseZone, serializeZone } from '@/lib/zone';
import { startSandbox, type RunningSandboxInternal } from '../server';
import { advance, call, login } from '../test-helpers';

let sb: RunningSandboxInternal;
let sid: string;
let zoned: string; // a domain on Joker's name servers with a seeded zone

beforeAll(async () => {
  sb = await startSandbox({ memory: true, port: 0, domains: 20, seed: 7 });
  sid = await login(sb.url);
  zoned = Object.keys(sb.engine.state.zones).sort()[0] ?? '';
});
afterAll(() => sb.close());

const get = (domain: string, extra: Record<string, string> = {}) => call(sb.url, 'dns-zone-get', { 'auth-sid': sid, domain, ...extra });
const put = (domain: string, zone: string, key = sid) => call(sb.url, 'dns-zone-put', { 'auth-sid': key, domain, zone });

describe('dns-zone-list', () => {
  it('lists `zone expiration` rows without a trailing newline', async () => {
    const r = await call(sb.url, 'dns-zone-list', { 'auth-sid': sid });
    expect(r.headers['Status-Code']).toBe('0');
    expect(r.body.endsWith('\n')).toBe(false);
    const rows = r.body.split('\n');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/^[a-z0-9.-]+ \d{4}-\d{2}-\d{2}$/);
    expect(rows.map((row) => row.split(' ')[0])).toContain(zoned);
  });
  it('filters by glob pattern', async () => {
    const r = await call(sb.url, 'dns-zone-list', { 'auth-sid': sid, pattern: `${zoned.slice(0, 4)}*` });
    expect(r.body.split('\n').every((row) => row.startsWith(zoned.slice(0, 4)))).toBe(true);
  });
});

describe('zones of granted domains', () => {
  it('a customer with @tech on a domain lists and reads its zone; without a grant it is unknown', async () => {
    const customer = await login(sb.url, 'sandbox-customer-key');
    const other = Object.keys(sb.engine.state.zones).sort()[1] ?? '';
    const asCustomer = (name: string, params: Record<string, string>) => call(sb.url, name, { 'auth-sid': customer, ...params });
    expect((await asCustomer('dns-zone-get', { domain: other })).headers['Status-Code']).toBe('2303');
    sb.engine.state.grants.push({ id: 'g-test', domain: other, role: '@tech', clientUid: '204511', clientLogin: 'customer@sandbox.test', nickname: 'c', grantedByUid: '118472', createdAt: 0 });
    try {
      expect((await asCustomer('dns-zone-list', {})).body.split('\n').map((l) => l.split(' ')[0])).toContain(other);
      expect((await asCustomer('dns-zone-get', { domain: other })).body).toMatch(/^\$dnssec=/);
    } finally {
      sb.engine.state.grants.pop();
    }
  });
});

describe('dns-zone-get', () => {
  it('starts with the two directives, ends in a newline and pads TXT like the live server', async () => {
    const r = await get(zoned);
    expect(r.headers['Status-Code']).toBe('0');
    expect(r.body.startsWith('$dnssec=no\n$dyndns=no::\n')).toBe(true);
    expect(r.body.endsWith('\n')).toBe(true);
    expect(r.body).toMatch(/^@ TXT 0 {2}"v=spf1 mx -all " 3600$/m);
    expect(r.headers.Result).toBeUndefined();
  });
  it('serves TXT unpadded when the switch is off', async () => {
    sb.engine.state.flags.padTxt = false;
    try {
      expect((await get(zoned)).body).toMatch(/^@ TXT 0 "v=spf1 mx -all" 3600$/m);
    } finally {
      sb.engine.state.flags.padTxt = true;
    }
  });
  it('include-defaults=1 writes valid-from/valid-to on every record', async () => {
    const lines = (await get(zoned, { 'include-defaults': '1' })).body.split('\n').filter((l) => l && !l.startsWith('$'));
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines.filter((l) => / (A|MX|CNAME) /.test(l))) expect(line).toMatch(/ 0 0$/);
  });
  it('names the field for bad or missing parameters', async () => {
    expect((await get(zoned, { 'include-defaults': 'maybe' })).all('Error')).toEqual(['include-defaults: must be 0 or 1']);
    const missing = await call(sb.url, 'dns-zone-get', { 'auth-sid': sid });
    expect(missing.headers['Status-Code']).toBe('2003');
    expect(missing.all('Error')[0]).toMatch(/^domain:/);
    expect((await get('not-mine.com')).headers['Status-Code']).toBe('2303');
  });
  it("serves Joker's default zone for a Joker-delegated domain without one, and none for others", async () => {
    const domains = [...sb.engine.state.domains.values()].filter((d) => d.uid === '118472');
    const bare = domains.find((d) => !sb.engine.state.zones[d.name]);
    expect(bare).toBeDefined();
    bare!.ns = ['a.ns.joker.com', 'b.ns.joker.com'];
    expect((await get(bare!.name)).body).toBe('$dnssec=no\n$dyndns=no::\n@ A 0 194.245.148.200 86400\nwww CNAME 0 @ 86400\n');
    expect(sb.engine.state.zones[bare!.name]).toBeUndefined();
    bare!.ns = ['ns1.elsewhere.test', 'ns2.elsewhere.test'];
    expect((await get(bare!.name)).headers['Status-Code']).toBe('2303');
    const refused = await put(bare!.name, 'www A 0 192.0.2.1 3600');
    expect(refused.headers['Status-Code']).toBe('2304');
    expect(refused.all('Error')[0]).toMatch(/^domain: .* not delegated to Joker/);
  });
});

describe('dns-zone-put', () => {
  it('creates the zone of a Joker-delegated domain that had none', async () => {
    const bare = [...sb.engine.state.domains.values()].find((d) => d.uid === '118472' && !sb.engine.state.zones[d.name]);
    bare!.ns = ['a.ns.joker.com', 'b.ns.joker.com'];
    expect((await put(bare!.name, 'www A 0 192.0.2.1 3600')).headers['Status-Code']).toBe('0');
    expect(sb.engine.state.zones[bare!.name]?.records).toEqual(['www A 0 192.0.2.1 3600']);
    const listed = (await call(sb.url, 'dns-zone-list', { 'auth-sid': sid, pattern: bare!.name })).body;
    expect(listed.split(' ')[0]).toBe(bare!.name);
  });

  const ZONE = [
    '# written by the test',
    '$dnssec=no',
    '$dyndns=yes:dynuser:dynpass',
    'www A 0 192.0.2.10 3600',
    'x TXT 0 "tok" 3600',
    'home DYNA 0 192.0.2.11 60',
  ].join('\n');

  it('replaces the zone, answers Proc-ID and Tracking-Id with an empty body, and completes as ack', async () => {
    const r = await put(zoned, ZONE);
    expect(r.headers['Status-Code']).toBe('0');
    expect(r.headers['Proc-ID']).toMatch(/^\d+$/);
    expect(r.headers['Tracking-Id']).toBeTruthy();
    expect(r.body).toBe('');
    expect((await get(zoned)).body).toBe('$dnssec=no\n$dyndns=yes:dynuser:dynpass\nwww A 0 192.0.2.10 3600\nx TXT 0  "tok " 3600\nhome DYNA 0 192.0.2.11 60\n');
    await advance(sb.url, 5);
    const result = await call(sb.url, 'result-retrieve', { 'auth-sid': sid, 'proc-id': r.headers['Proc-ID'] ?? '' });
    expect(result.body).toMatch(/Completion-Status: ack/);
  });

  it('round-trips: a zone read with padded TXT and written back unpadded stays the same', async () => {
    const before = (await get(zoned)).body;
    const text = serializeZone(parseZone(before));
    expect(text).not.toContain('"tok "');
    expect((await put(zoned, text)).headers['Status-Code']).toBe('0');
    expect((await get(zoned)).body).toBe(before);
  });

  it('a client writing the padded form back gets the extra blank stored (never write padded back)', async () => {
    await put(zoned, 'x TXT 0  "tok " 3600');
    expect((await get(zoned)).body).toContain('x TXT 0  "tok  " 3600');
  });

  it('refuses the whole put with one Error: line per bad line', async () => {
    await put(zoned, ZONE);
    const r = await put(zoned, ['www A 0 192.0.2.10 3600', 'bad A 0 1.2.3 3600', '# fine', 'mx MX 0 mail.example.com. 30', 'cn CNAME 5 x.example.com. 3600'].join('\n'));
    expect(r.headers['Status-Code']).toBe('2005');
    expect(r.all('Error')).toEqual([
      'zone line 2: invalid IPv4 address "1.2.3"',
      'zone line 4: TTL must be at least 60 for MX records, got 30',
      'zone line 5: pri must be 0 for CNAME records, got "5"',
    ]);
    expect(r.headers['Proc-ID']).toBeUndefined();
    expect((await get(zoned)).body).toContain('www A 0 192.0.2.10 3600\nx TXT');
  });

  it('refuses a redirect to a destination on the redirect blocklist, naming its line (2306), and keeps the zone', async () => {
    await put(zoned, ZONE);
    const r = await put(zoned, ['www A 0 192.0.2.10 3600', 'ok URL 0 https://www.example.com/ 3600', 'bad URL 0 https://login.phishing.test/x 3600', 'f FRAME 0 http://malware.test 3600'].join('\n'));
    expect(r.headers['Status-Code']).toBe('2306');
    expect(r.all('Error')).toEqual([
      'zone line 3: URL destination login.phishing.test is refused by the Joker.com redirect service (abuse policy)',
      'zone line 4: FRAME destination malware.test is refused by the Joker.com redirect service (abuse policy)',
    ]);
    expect((await get(zoned)).body).toContain('www A 0 192.0.2.10 3600\nx TXT');
  });

  it('holds NS records (delegation of a sub-name) as sent', async () => {
    expect((await put(zoned, 'sub NS 0 ns1.other.example. 3600\nwww A 0 192.0.2.10 3600')).headers['Status-Code']).toBe('0');
    expect((await get(zoned)).body).toContain('sub NS 0 ns1.other.example. 3600\n');
  });

  it('refuses an empty zone with 2400', async () => {
    for (const zone of ['', '# only a comment\n\n']) {
      const r = await put(zoned, zone);
      expect(r.headers['Status-Code']).toBe('2400');
      expect(r.all('Error')).toEqual(['zone: empty zone refused']);
    }
    const missing = await call(sb.url, 'dns-zone-put', { 'auth-sid': sid, domain: zoned });
    expect(missing.all('Error')).toEqual(['zone: missing required parameter']);
  });

  it('is refused for a read-only API key', async () => {
    const ro = await login(sb.url, 'sandbox-readonly-key');
    const r = await put(zoned, ZONE, ro);
    expect(r.headers['Status-Code']).not.toBe('0');
    expect(r.headers['Proc-ID']).toBeUndefined();
  });
});
