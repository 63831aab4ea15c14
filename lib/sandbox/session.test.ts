import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from './server';
import { advance, call, login } from './test-helpers';

let sb: RunningSandbox;
beforeAll(async () => {
  sb = await startSandbox({ memory: true, port: 0, domains: 5 });
});
afterAll(() => sb.close());

describe('Session-Timeout on the sandbox clock', () => {
  it('slides with activity and expires after 3600 s of inactivity', async () => {
    const sid = await login(sb.url);
    await advance(sb.url, 3000);
    expect((await call(sb.url, 'query-profile', { 'auth-sid': sid })).http).toBe(200);
    await advance(sb.url, 3000); // 6000 s after login, but only 3000 s since the last request
    expect((await call(sb.url, 'query-profile', { 'auth-sid': sid })).http).toBe(200);
    await advance(sb.url, 3601);
    const expired = await call(sb.url, 'query-profile', { 'auth-sid': sid });
    expect([expired.http, expired.headers['Status-Code'], expired.headers['Status-Text']]).toEqual([401, '2200', 'Authentication error']);
  });
});

describe('login statistics', () => {
  it('reports the previous login and the last failed attempt', async () => {
    await call(sb.url, 'login', { username: 'customer@sandbox.test', password: 'nope' });
    const first = await call(sb.url, 'login', { username: 'customer@sandbox.test', password: 'sandbox-customer' });
    expect(first.headers['Stats-last-error']).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    expect(first.headers['Stats-last-error-ip']).toBe('127.0.0.1');
    const second = await call(sb.url, 'login', { 'api-key': 'sandbox-customer-key' });
    expect(second.headers['Stats-last-login']).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    expect(second.headers['Stats-last-ip']).toBe('127.0.0.1');
    expect(second.headers['UID']).toBe('204511');
    expect(second.headers['User-Login']).toBe('customer@sandbox.test');
  });

  it('names the missing login field', async () => {
    expect((await call(sb.url, 'login', {})).all('Error')).toEqual(['username: missing required parameter (or give api-key)']);
    expect((await call(sb.url, 'login', { username: 'x@y.z' })).all('Error')).toEqual(['password: missing required parameter']);
  });
});
