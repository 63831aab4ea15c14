import type { Page, Request, Response } from '@playwright/test';
import { baseURL } from '../playwright.config';
import { expect, rememberAuthSid, signOut, test } from './helpers/fixtures';
import { lastLogId, sandboxLog } from './helpers/sandbox';
import { DEMO_SECRETS } from './helpers/secrets';

/** Every request the page makes and every answer it gets, from now on. */
function record(page: Page) {
  const requests: Request[] = [];
  const responses: Response[] = [];
  page.on('request', (r) => requests.push(r));
  page.on('response', (r) => responses.push(r));
  return { requests, responses };
}

function expectNoSecretIn(urls: string[]) {
  expect(urls.length).toBeGreaterThan(0);
  for (const url of urls) for (const secret of DEMO_SECRETS) expect(url, 'a secret in a URL').not.toContain(secret);
}

const path = (r: Request | Response) => new URL(r.url()).pathname;

/** The DMAPI logins the sandbox logged after entry `since`. */
async function loginsSince(since: number): Promise<number> {
  return (await sandboxLog(since)).filter((e) => e.request === 'login').length;
}

/**
 * The password form's own post as a browser sends it (the cookie jar is the page's), refused: the panel answers 303
 * back to /login, which is then opened to show what the route handed on.
 */
async function refusedPasswordPost(page: Page, password: string): Promise<void> {
  const refused = await page.request.post('/sign-in', {
    form: { method: 'password', username: 'reseller@sandbox.test', password },
    headers: { Origin: baseURL },
    maxRedirects: 0,
  });
  expect([refused.status(), refused.headers()['location']]).toEqual([303, '/login']);
  await page.goto('/login');
}

test.describe('sign-in without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form posts; the panel answers 303 to the overview, and no secret is in any URL', async ({ page }) => {
    const seen = record(page);
    await page.goto('/login');
    await page.getByRole('textbox', { name: 'API key', exact: true }).fill('sandbox-readonly-key');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(`${baseURL}/`);
    await expect(page.getByRole('button', { name: /^Account menu:/ })).toContainText('Read-only');
    const post = seen.responses.filter((r) => r.request().method() === 'POST');
    expect(post.map((r) => [path(r), r.status()])).toEqual([['/sign-in', 303]]);
    expect(post[0]?.headers()['location']).toBe('/');
    expectNoSecretIn(seen.requests.map((r) => r.url()));
    await rememberAuthSid();
  });

  test('a refused key comes back to the sign-in page with the reason, without the key', async ({ page, context }) => {
    const seen = record(page);
    await page.goto('/login');
    await page.getByRole('textbox', { name: 'API key', exact: true }).fill('sandbox-wrong-key');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Joker.com did not accept this API key' })).toBeVisible();
    await expect(page).toHaveURL(`${baseURL}/login`);
    await expect(page.getByRole('textbox', { name: 'API key', exact: true })).toHaveValue('');
    const html = await page.content();
    expect(html).not.toContain('sandbox-wrong-key');
    for (const url of seen.requests.map((r) => r.url())) expect(url).not.toContain('sandbox-wrong-key');
    // Post → redirect → get: the reason travelled in a short-lived cookie for /login only, which holds no key.
    const post = seen.responses.filter((r) => r.request().method() === 'POST');
    expect(post.map((r) => [path(r), r.status(), r.headers()['location']])).toEqual([['/sign-in', 303, '/login']]);
    const setCookie = (await post[0]!.headersArray()).filter((h) => h.name.toLowerCase() === 'set-cookie').map((h) => h.value);
    const flash = setCookie.find((c) => c.startsWith('panel-sign-in-flash='));
    expect(flash).toMatch(/; Path=\/login/i);
    expect(flash).toMatch(/; HttpOnly/i);
    expect(flash).toMatch(/; SameSite=Lax/i);
    const carried = Buffer.from(/^panel-sign-in-flash=([^;]*)/.exec(flash ?? '')?.[1] ?? '', 'base64url').toString('utf8');
    expect(JSON.parse(carried)).toMatchObject({ method: 'api-key', username: '' });
    expect(carried).not.toContain('sandbox-wrong-key');
    // Shown once: the page that showed it deleted the cookie, and a reload shows a plain sign-in form.
    expect((await context.cookies(`${baseURL}/login`)).find((c) => c.name === 'panel-sign-in-flash')).toBeUndefined();
    await page.reload();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'Joker.com did not accept' })).toHaveCount(0);
    // The header the panel's server hands the message on in is its own: one a client sends is dropped.
    const forged = Buffer.from(JSON.stringify({ method: 'api-key', username: '', error: 'Forged message' }), 'utf8').toString('base64url');
    const answer = await (await page.request.get('/login', { headers: { 'x-sign-in-flash': forged } })).text();
    expect(answer).toContain('Sign in');
    expect(answer).not.toContain('Forged message');
  });

  test('a password refused without JavaScript comes back on the password tab with the username kept', async ({ page }) => {
    await refusedPasswordPost(page, 'not-the-password');
    await expect(page.getByRole('alert').filter({ hasText: 'Joker.com did not accept this username and password' })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Username and password' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByLabel('Username', { exact: true })).toHaveValue('reseller@sandbox.test');
    await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
    expect(await page.content()).not.toContain('not-the-password');
  });
});

test.describe('sign-in from another site', () => {
  test('a post whose Origin is not the panel is refused before the DMAPI is asked', async ({ page }) => {
    const request = page.request;
    const before = await lastLogId();
    const cases: Record<string, string>[] = [{ Origin: 'https://attacker.example' }, { Origin: 'null' }, {}];
    for (const headers of cases) {
      const answer = await request.post('/sign-in', { form: { method: 'api-key', apiKey: 'sandbox-full-key' }, headers, maxRedirects: 0 });
      expect(answer.status(), JSON.stringify(headers)).toBe(403);
      expect(answer.headers()['set-cookie']).toBeUndefined();
    }
    expect(await loginsSince(before)).toBe(0);
    // No session came of it: the panel still sends this browser to sign-in.
    await page.goto('/');
    await expect(page).toHaveURL(/\/login/);
  });
});

test.describe('sign-in with a field left empty', () => {
  test('an empty password comes back with what to enter, the username kept, and no DMAPI login', async ({ page }) => {
    const before = await lastLogId();
    await refusedPasswordPost(page, '');
    await expect(page.getByRole('alert').filter({ hasText: 'Enter the password' })).toBeVisible();
    await expect(page.getByLabel('Username', { exact: true })).toHaveValue('reseller@sandbox.test');
    expect(await loginsSince(before)).toBe(0);
  });
});

test.describe('sign-in with JavaScript', () => {
  test('the browser posts once and follows the answer to the overview, loaded once as a document; no secret is in any URL', async ({ page }) => {
    await page.goto('/login');
    await page.waitForLoadState('networkidle');
    await page.getByRole('tab', { name: 'Username and password' }).click();
    await page.getByLabel('Username', { exact: true }).fill('reseller@sandbox.test');
    await page.getByLabel('Password', { exact: true }).fill('sandbox-reseller');
    const seen = record(page);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('button', { name: /^Account menu:/ })).toContainText('Owner');
    await expect(page).toHaveURL(`${baseURL}/`);
    // The post answers 303 to the overview, which is built once, as a document (prefetches of links aside).
    const panelRequests = seen.requests.filter((r) => r.url().startsWith(baseURL) && !r.headers()['next-router-prefetch']);
    const pages = panelRequests.filter((r) => r.resourceType() === 'document' || r.method() === 'POST' || 'rsc' in r.headers());
    expect(pages.map((r) => `${r.method()} ${path(r)} ${r.resourceType()}`)).toEqual(['POST /sign-in document', 'GET / document']);
    expectNoSecretIn(seen.requests.map((r) => r.url()));
    await rememberAuthSid();
    await signOut(page);
  });
});
