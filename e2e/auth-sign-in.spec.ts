import { expect, signIn, signOut, test } from './helpers/fixtures';

const DEMO = [
  { name: 'full key', credential: { apiKey: 'sandbox-full-key' }, role: 'Owner', access: '@full' },
  { name: 'modify-only key', credential: { apiKey: 'sandbox-modify-key' }, role: 'Support', access: '@modify-only' },
  { name: 'read-only key', credential: { apiKey: 'sandbox-readonly-key' }, role: 'Read-only', access: '@readonly' },
  { name: 'reseller password', credential: { username: 'reseller@sandbox.test', password: 'sandbox-reseller' }, role: 'Owner', access: '@full' },
  { name: 'customer key', credential: { apiKey: 'sandbox-customer-key' }, role: 'Customer', access: '@full' },
] as const;

test.describe('sign-in', () => {
  test('without a session the panel sends to sign-in with the reason', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/login\?reason=signed-out/);
    await expect(page.getByRole('status').filter({ hasText: 'You are signed out.' })).toBeVisible();
    // The sandbox's demo accounts are listed with the role each gets.
    await expect(page.getByText('Signs in as Support (@modify-only)')).toBeVisible();
  });

  for (const demo of DEMO) {
    test(`the ${demo.name} signs in as ${demo.role}`, async ({ page }) => {
      await signIn(page, demo.credential);
      const menu = page.getByRole('button', { name: /^Account menu:/ });
      await expect(menu).toContainText(demo.role);
      await expect(menu).toContainText(demo.access);
      const nav = page.getByRole('navigation', { name: 'Main' });
      if (demo.role === 'Customer') {
        await expect(page).toHaveURL(/\/my-domains$/);
        // Their own domains, and the results of their own queued requests (a zone save, a renewal).
        await expect(nav.getByRole('link')).toHaveText(['My domains', 'Results']);
      } else {
        await expect(nav.getByRole('link', { name: 'Overview' })).toBeVisible();
        await expect(nav.getByRole('link', { name: 'My domains' })).toHaveCount(0);
      }
      await signOut(page);
    });
  }

  test('one-click fill from the demo list signs in; the cookie is HttpOnly and SameSite=Lax', async ({ page, context }) => {
    await page.goto('/login');
    await page.getByRole('button', { name: 'Use Reseller, modify-only key' }).click();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('button', { name: /^Account menu:/ })).toContainText('Support');
    const cookie = (await context.cookies()).find((c) => c.name === 'panel-session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false, path: '/' });
    // next-auth's session endpoint tells the browser nothing about the user or the DMAPI session.
    const session = (await (await page.request.get('/api/auth/session')).json()) as Record<string, unknown>;
    expect(Object.keys(session)).toEqual(['expires']);
    await signOut(page);
  });

  test('a refused password shows the reason, keeps the username and clears the password', async ({ page }) => {
    await page.goto('/login');
    await page.getByRole('tab', { name: 'Username and password' }).click();
    await page.getByLabel('Username', { exact: true }).fill('reseller@sandbox.test');
    await page.getByLabel('Password', { exact: true }).fill('wrong-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Joker.com did not accept this username and password' })).toBeVisible();
    await expect(page.getByLabel('Username', { exact: true })).toHaveValue('reseller@sandbox.test');
    await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
  });
});
