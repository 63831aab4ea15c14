import { test as base, expect, type Page, type Response } from '@playwright/test';
import { baseURL } from '../../playwright.config';
import { type Captured, secretsIn, seenAuthSids } from './secrets';

/**
 * `test` with an automatic check: every HTML page, RSC payload and server-action result the panel sends during the
 * test is kept and scanned for demo keys, passwords and any Auth-Sid seen so far; a hit fails the test.
 */
export const test = base.extend<{ secretScan: Captured[] }>({
  secretScan: [
    async ({ page }, use) => {
      const captured: Captured[] = [];
      const pending: Promise<void>[] = [];
      const onResponse = (response: Response) => {
        if (!response.url().startsWith(baseURL)) return;
        const type = response.headers()['content-type'] ?? '';
        if (!/text\/html|text\/x-component|application\/json|text\/plain/.test(type)) return;
        pending.push(
          response
            .text()
            .then((body) => void captured.push({ url: response.url(), body, actionRedirect: response.headers()['x-action-redirect'] }))
            .catch(() => undefined),
        );
      };
      page.on('response', onResponse);
      await use(captured);
      page.off('response', onResponse);
      await Promise.all(pending);
      const leaks = captured.flatMap((c) => secretsIn(c).map((s) => `${s} in ${c.url}`));
      expect(leaks, 'secrets sent to the browser').toEqual([]);
      expect(captured.length).toBeGreaterThan(0);
    },
    { auto: true },
  ],
});

export { expect };

export type Credential = { apiKey: string } | { username: string; password: string };

/** Signs in through the sign-in page and waits for the panel. */
export async function signIn(page: Page, credential: Credential): Promise<void> {
  await page.goto('/login');
  if ('apiKey' in credential) {
    await page.getByRole('tab', { name: 'API key' }).click();
    await page.getByRole('textbox', { name: 'API key', exact: true }).fill(credential.apiKey);
  } else {
    await page.getByRole('tab', { name: 'Username and password' }).click();
    await page.getByLabel('Username', { exact: true }).fill(credential.username);
    await page.getByLabel('Password', { exact: true }).fill(credential.password);
  }
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: /^Account menu:/ })).toBeVisible();
  await rememberAuthSid(page);
}

/** Reads the session's sandbox Auth-Sid through the sandbox-only hook, for the leak scan and the sign-out check. */
export async function rememberAuthSid(page: Page): Promise<string> {
  const res = await page.request.get('/api/auth/sandbox-session');
  expect(res.status()).toBe(200);
  const { authSid } = (await res.json()) as { authSid: string };
  expect(authSid).toMatch(/^[0-9a-f]{40}$/);
  seenAuthSids.add(authSid);
  return authSid;
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Account menu:/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login\?reason=signed-out/);
}
