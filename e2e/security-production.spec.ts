import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
// The hydration check's `test` without the leak scan: this spec runs its own panel, which the shared leak-scan fixture does not watch.
import { expect, test } from './helpers/hydration';
import { sandboxURL } from '../playwright.config';
import { freePort, waitForHttp } from '../test/net';

/**
 * A panel configured as a production deployment (NODE_ENV=production, PANEL_RESELLER, PANEL_URL on https, its own
 * PGlite in DATA_DIR), started through the panel's server against the e2e run's sandbox as its "real" DMAPI. Signs in
 * the way a browser without JavaScript does: the sign-in form's fields, posted as multipart.
 */
const DATA_DIR = '.data/e2e-production';
let panel: ChildProcess | undefined;
let base = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  rmSync(DATA_DIR, { recursive: true, force: true });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  panel = spawn(process.execPath, ['scripts/server.mjs'], {
    detached: true,
    stdio: 'ignore',
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DMAPI_URL: sandboxURL,
      DATABASE_URL: '',
      DATA_DIR,
      PANEL_SECRET: 'e2e-production-panel-secret-'.padEnd(48, 'x'),
      PANEL_RESELLER: 'reseller@sandbox.test',
      PANEL_URL: 'https://panel.example.test',
      TRUSTED_PROXIES: '',
    },
  });
  await waitForHttp(`${base}/api/health`, 150_000);
});

test.afterAll(() => {
  if (panel?.pid) process.kill(-panel.pid, 'SIGTERM');
});

const decode = (text: string) => text.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Posts the sign-in form as a browser without JavaScript would, with `fields` filled in. */
async function postSignIn(fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
  const html = await (await fetch(`${base}/login`)).text();
  const form = html.slice(html.indexOf('<form'), html.indexOf('</form>'));
  const body = new FormData();
  for (const [, attributes = ''] of form.matchAll(/<input([^>]*)>/g)) {
    const name = /name="([^"]*)"/.exec(attributes)?.[1];
    if (name && /type="hidden"/.test(attributes)) body.set(decode(name), decode(/value="([^"]*)"/.exec(attributes)?.[1] ?? ''));
  }
  for (const [name, value] of Object.entries(fields)) body.set(name, value);
  const action = /<form[^>]*\saction="([^"]*)"/.exec(form)?.[1] ?? '';
  expect(action).toBe('/sign-in');
  return fetch(`${base}${action}`, { method: 'POST', body, redirect: 'manual', headers: { Origin: base, ...headers } });
}

/** A refused post comes back to /login (303) with the reason in a short-lived cookie: the sign-in page's text then. */
async function refusalPage(refused: Response): Promise<string> {
  expect(refused.status).toBe(303);
  expect(refused.headers.get('location')).toBe('/login');
  const cookie = (refused.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  expect(cookie).toMatch(/^panel-sign-in-flash=/);
  return decode(await (await fetch(`${base}/login`, { headers: { cookie } })).text());
}

/** The panel's account menu label on the page the session cookie of `signedIn` opens, e.g. "…, Owner". */
async function accountMenu(signedIn: Response): Promise<string> {
  const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const html = await (await fetch(`${base}${signedIn.headers.get('location')}`, { headers: { cookie } })).text();
  return /aria-label="Account menu: ([^"]*)"/.exec(html)?.[1] ?? '';
}

test('the reseller is configured: the customer signing in first is a customer; the holder is owner, a key read-only', async () => {
  const customer = await postSignIn({ method: 'api-key', apiKey: 'sandbox-customer-key' });
  expect(customer.status).toBe(303);
  expect(customer.headers.get('location')).toBe('/my-domains');
  expect(await accountMenu(customer)).toBe('customer@sandbox.test, Customer');
  const key = await postSignIn({ method: 'api-key', apiKey: 'sandbox-full-key' });
  expect(key.headers.get('location')).toBe('/');
  expect(await accountMenu(key)).toBe('reseller@sandbox.test, Read-only');
  const holder = await postSignIn({ method: 'password', username: 'reseller@sandbox.test', password: 'sandbox-reseller' });
  expect(holder.status).toBe(303);
  expect(await accountMenu(holder)).toBe('reseller@sandbox.test, Owner');
});

test('PANEL_URL on https: the session cookie is Secure though the request came over http, and HSTS is sent', async () => {
  const signedIn = await postSignIn({ method: 'api-key', apiKey: 'sandbox-modify-key' });
  const cookie = signedIn.headers.get('set-cookie') ?? '';
  expect(cookie).toMatch(/^panel-session=/);
  for (const flag of ['Secure', 'HttpOnly', 'SameSite=lax']) expect(cookie.toLowerCase()).toContain(flag.toLowerCase());
  expect((await fetch(`${base}/login`)).headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
});

test('the data directory is readable by the panel’s user only', async () => {
  expect(statSync(DATA_DIR).mode & 0o777).toBe(0o700);
  expect(statSync(`${DATA_DIR}/pglite`).mode & 0o077).toBe(0);
});

test('a forged X-Forwarded-For does not dodge the per-address limit: the eleventh attempt is refused unasked', async () => {
  for (let i = 0; i < 10; i++) {
    const forged = { 'X-Forwarded-For': `198.51.100.${i + 1}`, 'X-Panel-Client-Ip': `203.0.113.${i + 1}` };
    const refused = await postSignIn({ method: 'api-key', apiKey: `forged-guess-${i}` }, forged);
    expect(await refusalPage(refused)).toContain('did not accept this API key');
  }
  const eleventh = await postSignIn({ method: 'api-key', apiKey: 'sandbox-full-key' }, { 'X-Forwarded-For': '198.51.100.99' });
  expect(await refusalPage(eleventh)).toContain('Too many failed sign-ins from your network address');
});
