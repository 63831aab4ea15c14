import { expect, type Page, type Response } from '@playwright/test';
import { baseURL, sandboxURL } from '../../playwright.config';
import { test as hydrationTest } from './hydration';
import { type Captured, secretsIn, seenAuthSids } from './secrets';

/**
 * `test` with two automatic checks:
 * - every HTML page, RSC payload and server-action result the panel sends during the test is kept and scanned for
 *   demo keys, passwords and any Auth-Sid seen so far; a hit fails the test;
 * - no page may fail to hydrate (./hydration.ts).
 */
export const test = hydrationTest.extend<{ secretScan: Captured[] }>({
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
  // Sign-in talks to the DMAPI several times; its speed is measured by `npm run bench`, not here. It lands on a new
  // document: wait until its menu works (hydrated), so the test's next click is not lost.
  await expect(page.getByRole('button', { name: /^Account menu:/ })).toHaveAttribute('data-ready', '', { timeout: 30_000 });
  await rememberAuthSid();
}

/**
 * The Auth-Sid of the newest live DMAPI session, read from the sandbox's own operator endpoint (the panel never shows
 * one). Every live sid is remembered for the leak scan. Specs run one at a time, so the newest is the one the last
 * sign-in or re-login made.
 */
export async function rememberAuthSid(): Promise<string> {
  const res = await fetch(`${sandboxURL}/_sandbox/sessions`);
  expect(res.status).toBe(200);
  const { sessions } = (await res.json()) as { sessions: { authSid: string }[] };
  for (const s of sessions) seenAuthSids.add(s.authSid);
  const newest = sessions[0]?.authSid ?? '';
  expect(newest).toMatch(/^[0-9a-f]{40}$/);
  return newest;
}

export async function signOut(page: Page): Promise<void> {
  const menu = page.getByRole('button', { name: /^Account menu:/ });
  await expect(menu).toHaveAttribute('data-ready', '');
  await menu.click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login\?reason=signed-out/);
}
