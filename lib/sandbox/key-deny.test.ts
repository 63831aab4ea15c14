import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandboxInternal } from './server';
import { call, login } from './test-helpers';

let sb: RunningSandboxInternal;
beforeAll(async () => {
  sb = await startSandbox({ memory: true, port: 0, domains: 10 });
});
afterAll(() => sb.close());

const keys = (body: unknown) => fetch(`${sb.url}/_sandbox/keys`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('POST /_sandbox/keys (a key denied requests beyond its User-Access)', () => {
  it('leaves the denied request out of the next login’s request list and refuses it; other keys are untouched', async () => {
    expect((await keys({ key: 'sandbox-full-key', deny: ['Domain-Lock'] })).status).toBe(200);
    const sid = await login(sb.url, 'sandbox-full-key');
    const list = (await call(sb.url, 'query-request-list', { 'auth-sid': sid })).body.split('\n');
    expect(list).toContain('domain-unlock');
    expect(list).not.toContain('domain-lock');
    const refused = await call(sb.url, 'domain-lock', { 'auth-sid': sid, domain: 'example.com' });
    expect(refused.headers['Status-Code']).not.toBe('0');
    expect(refused.raw).toContain('this API key may not use this request');

    const other = await login(sb.url, 'sandbox-modify-key');
    expect((await call(sb.url, 'query-request-list', { 'auth-sid': other })).body.split('\n')).toContain('domain-lock');

    expect((await keys({ key: 'sandbox-full-key', deny: [] })).status).toBe(200);
    const again = await login(sb.url, 'sandbox-full-key');
    expect((await call(sb.url, 'query-request-list', { 'auth-sid': again })).body.split('\n')).toContain('domain-lock');
  });

  it('refuses an unknown key or a malformed list', async () => {
    expect((await keys({ key: 'no-such-key', deny: [] })).status).toBe(400);
    expect((await keys({ key: 'sandbox-full-key', deny: 'domain-lock' })).status).toBe(400);
  });
});
