/**
 * Sandbox conformance (lib/sandbox/README.md, "Beyond the seeds"): result-list as Joker's own clients read it — a
 * Row-Count header on every list, newest first, in-progress requests only with pending=1 / showpending=1, showdeleted
 * as showall, globs in rtype; result-retrieve with Object-Name and an empty line before the text of the original reply.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandboxInternal } from '../server';
import { advance, call, login, seededDomain } from '../test-helpers';

let sb: RunningSandboxInternal;
let sid: string;
beforeAll(async () => {
  sb = await startSandbox({ memory: true, port: 0, domains: 30 });
  sid = await login(sb.url);
});
afterAll(() => sb.close());

const rows = (body: string) => (body === '' ? [] : body.split('\n').map((l) => l.split(' ')));

describe('result-list', () => {
  it('sends Row-Count on every list: the rows of the reply, with count-only the total (also as Records: N)', async () => {
    const all = await call(sb.url, 'result-list', { 'auth-sid': sid });
    expect(Number(all.headers['Row-Count'])).toBe(rows(all.body).length);
    expect(rows(all.body).length).toBeGreaterThan(5);
    const one = await call(sb.url, 'result-list', { 'auth-sid': sid, limit: '1' });
    expect([one.headers['Row-Count'], rows(one.body).length]).toEqual(['1', 1]);
    const none = await call(sb.url, 'result-list', { 'auth-sid': sid, rtype: 'nothing-*' });
    expect([none.headers['Row-Count'], none.body]).toEqual(['0', '']);
    const count = await call(sb.url, 'result-list', { 'auth-sid': sid, 'count-only': '1' });
    expect(count.headers['Row-Count']).toBe(String(rows(all.body).length));
    expect(count.body).toBe(`Records: ${rows(all.body).length}\n`);
  });

  it('lists newest first, seven fields a row; limit=1 right after a request gives that request', async () => {
    const listed = rows((await call(sb.url, 'result-list', { 'auth-sid': sid })).body);
    expect(listed.every((r) => r.length === 7)).toBe(true);
    const stamps = listed.map((r) => r[0] ?? '');
    expect(stamps).toEqual([...stamps].sort().reverse());
    const d = seededDomain(sb.engine.state, (x) => x.tld === 'com' && !x.locked);
    const auth = await call(sb.url, 'domain-transfer-get-auth-id', { 'auth-sid': sid, domain: d.name });
    // Joker's WHMCS module: rtype=…&objid=<domain>&showall=1&pending=1&limit=1, row 0 column 2 is the new Proc-ID.
    const first = await call(sb.url, 'result-list', { 'auth-sid': sid, rtype: 'domain-transfer-get-auth-id', objid: d.name, showall: '1', pending: '1', limit: '1' });
    expect(first.headers['Row-Count']).toBe('1');
    expect(rows(first.body)[0]?.[2]).toBe(auth.headers['Proc-ID']);
  });

  it('shows requests still in progress only with pending=1, showpending=1 or status=?', async () => {
    const d = seededDomain(sb.engine.state, (x) => x.locked && x.tld === 'com');
    const r = await call(sb.url, 'domain-unlock', { 'auth-sid': sid, domain: d.name });
    const procId = r.headers['Proc-ID'] ?? '';
    const has = async (params: Record<string, string>) => rows((await call(sb.url, 'result-list', { 'auth-sid': sid, ...params })).body).some((x) => x[2] === procId);
    expect(await has({})).toBe(false);
    expect(await has({ pending: '1' })).toBe(true);
    expect(await has({ showpending: '1' })).toBe(true);
    expect(await has({ status: '?' })).toBe(true);
    const count = async (params: Record<string, string>) => Number((await call(sb.url, 'result-list', { 'auth-sid': sid, 'count-only': '1', ...params })).headers['Row-Count']);
    const inProgress = await count({ status: '?' });
    expect(inProgress).toBeGreaterThan(0);
    expect(await count({ pending: '1' })).toBe((await count({})) + inProgress);
    await advance(sb.url, 3);
    expect(await has({})).toBe(true);
  });

  it('showdeleted=1 is showall=1; rtype takes globs (domain-r* for register, renew and redeem)', async () => {
    const listed = rows((await call(sb.url, 'result-list', { 'auth-sid': sid })).body);
    const victim = listed.find((r) => r[5] !== '?');
    await call(sb.url, 'result-delete', { 'auth-sid': sid, SvTrId: victim?.[1] ?? '' });
    const visible = async (params: Record<string, string>) => rows((await call(sb.url, 'result-list', { 'auth-sid': sid, ...params })).body).some((r) => r[1] === victim?.[1]);
    expect(await visible({})).toBe(false);
    expect(await visible({ showall: '1' })).toBe(true);
    expect(await visible({ showdeleted: '1' })).toBe(true);
    const types = new Set(rows((await call(sb.url, 'result-list', { 'auth-sid': sid, rtype: 'domain-r*' })).body).map((r) => r[3]));
    expect([...types].every((t) => /^domain-r/.test(t ?? ''))).toBe(true);
    expect(types.size).toBeGreaterThan(0);
  });
});

/** result-retrieve split as the Ruby client does: the keys before the first empty line, the reply text after it. */
async function retrieve(procId: string): Promise<{ keys: Record<string, string>; text: string | undefined; body: string }> {
  const body = (await call(sb.url, 'result-retrieve', { 'auth-sid': sid, 'proc-id': procId })).body;
  const [head = '', text] = body.split(/\n\n(.*)/s);
  return { keys: Object.fromEntries(head.split('\n').map((l) => [l.slice(0, l.indexOf(': ')), l.slice(l.indexOf(': ') + 2)])), text, body };
}

describe('result-retrieve', () => {
  it('names the object in Object-Name for every request kind, the new handle after contact-create', async () => {
    const owner = seededDomain(sb.engine.state, (x) => x.tld === 'com').ownerC;
    const created = await call(sb.url, 'contact-create', {
      'auth-sid': sid, tld: 'com', name: 'Ada Lovelace', email: 'ada@example.org', 'address-1': 'Main Street 1', city: 'Berlin',
      'postal-code': '10115', country: 'DE', phone: '+49.301234567',
    });
    const reg = await call(sb.url, 'domain-register', {
      'auth-sid': sid, domain: 'object-name-check.com', period: '12', 'owner-c': owner, 'admin-c': owner, 'tech-c': owner, 'billing-c': owner,
      'ns-list': 'x.ns.joker.com:y.ns.joker.com',
    });
    const toLock = seededDomain(sb.engine.state, (x) => !x.locked).name;
    const lock = await call(sb.url, 'domain-lock', { 'auth-sid': sid, domain: toLock });
    // In progress: the keys already say what the request is about; nothing follows them yet.
    const pending = await retrieve(reg.headers['Proc-ID'] ?? '');
    expect([pending.keys['Completion-Status'], pending.keys['Object-Name'], pending.text]).toEqual(['?', 'object-name-check.com', undefined]);
    await advance(sb.url, 3);
    const handle = created.headers['Object-Name'] ?? '';
    expect(handle).toMatch(/^CCOM-\d+$/);
    const contact = await retrieve(created.headers['Proc-ID'] ?? '');
    expect([contact.keys['Completion-Status'], contact.keys['Object-Name']]).toEqual(['ack', handle]);
    expect(sb.engine.state.contacts[handle]?.fields.email).toBe('ada@example.org');
    const domain = await retrieve(reg.headers['Proc-ID'] ?? '');
    expect([domain.keys['Completion-Status'], domain.keys['Object-Name'], domain.keys['Request-Type']]).toEqual(['ack', 'object-name-check.com', 'domain-register']);
    // The original reply's text after the empty line.
    expect(domain.text).toContain('domain: object-name-check.com\n');
    expect(sb.engine.state.domains.get('object-name-check.com')?.ownerC).toBe(owner);
    const locked = await retrieve(lock.headers['Proc-ID'] ?? '');
    expect([locked.keys['Request-Type'], locked.keys['Object-Name']]).toEqual(['domain-lock', toLock]);
  });

  it('puts the reasons of a nack after the empty line, and only the status once the content is deleted', async () => {
    const row = rows((await call(sb.url, 'result-list', { 'auth-sid': sid, status: 'nack' })).body)[0] ?? [];
    const nack = await retrieve(row[2] ?? '');
    expect(nack.keys['Completion-Status']).toBe('nack');
    expect(nack.keys['Object-Name']).toBe(row[4]);
    expect(nack.text).toMatch(/^Error: /m);
    await call(sb.url, 'result-delete', { 'auth-sid': sid, 'proc-id': row[2] ?? '' });
    expect((await retrieve(row[2] ?? '')).body).toBe('Completion-Status: nack\n');
  });
});
