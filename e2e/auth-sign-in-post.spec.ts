import type { Page, Request, Response } from '@playwright/test';
import { baseURL } from '../playwright.config';
import { expect, rememberAuthSid, signOut, test } from './helpers/fixtures';
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
    expect(post.map((r) => [path(r), r.status()])).toEqual([['/login', 303]]);
    expect(post[0]?.headers()['location']).toBe('/');
    expectNoSecretIn(seen.requests.map((r) => r.url()));
    await rememberAuthSid();
  });

  test('a refused key comes back to the sign-in page with the reason, without the key', async ({ page }) => {
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
  });
});

test.describe('sign-in with JavaScript', () => {
  test('lands on the overview with one request to the server, and no secret is in any URL', async ({ page }) => {
    await page.goto('/login');
    await page.waitForLoadState('networkidle');
    await page.getByRole('tab', { name: 'Username and password' }).click();
    await page.getByLabel('Username', { exact: true }).fill('reseller@sandbox.test');
    await page.getByLabel('Password', { exact: true }).fill('sandbox-reseller');
    const seen = record(page);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('button', { name: /^Account menu:/ })).toContainText('Owner');
    await expect(page).toHaveURL(`${baseURL}/`);
    // The sign-in post carries the overview: no second request builds it again (prefetches of links aside).
    const panelRequests = seen.requests.filter((r) => r.url().startsWith(baseURL) && !r.headers()['next-router-prefetch']);
    const pages = panelRequests.filter((r) => r.resourceType() === 'document' || r.method() === 'POST' || 'rsc' in r.headers());
    expect(pages.map((r) => `${r.method()} ${path(r)}`)).toEqual(['POST /login']);
    expectNoSecretIn(seen.requests.map((r) => r.url()));
    await rememberAuthSid();
    await signOut(page);
  });
});
