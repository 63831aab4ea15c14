import { expect, signIn, test } from './helpers/fixtures';

test('the panel shows the environment badge and the health route answers from the database', async ({ page, request }) => {
  const health = await request.get('/api/health');
  expect(health.ok()).toBe(true);
  expect(await health.json()).toEqual({ status: 'ok', environment: 'sandbox', database: 'pglite' });

  await signIn(page, { apiKey: 'sandbox-full-key' });
  await page.goto('/');
  await expect(page.getByRole('status', { name: 'Environment: Sandbox' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test('unknown pages show the product 404', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('the theme toggle switches to dark and back; "system" follows the browser; a choice is served with the HTML', async ({ page }) => {
  const background = () => page.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/login');
  const toggle = page.getByRole('button', { name: /^Theme:/ });
  await expect(toggle).toHaveAccessibleName(/Theme: system/);
  await expect(page.locator('html')).not.toHaveClass(/dark|light/);
  const systemDark = await background();
  await toggle.click(); // system → light
  await expect(page.locator('html')).toHaveClass('light');
  const light = await background();
  expect(light).not.toBe(systemDark);
  await toggle.click(); // light → dark
  await expect(page.locator('html')).toHaveClass('dark');
  expect(await background()).toBe(systemDark);
  // Kept in a cookie and rendered by the server: the HTML itself says dark, no script has to set it, and the toggle
  // is served saying so (not "system" until the scripts run).
  const served = await (await page.request.get('/login')).text();
  expect(served).toMatch(/<html[^>]*class="dark"/);
  expect(served).toContain('aria-label="Theme: dark. Switch to system"');
  await page.reload();
  await expect(toggle).toHaveAccessibleName(/Theme: dark/);
  await toggle.click(); // dark → system
  await expect(toggle).toHaveAccessibleName(/Theme: system/);
  await expect(page.locator('html')).not.toHaveClass(/dark|light/);
  expect(await (await page.request.get('/login')).text()).not.toMatch(/<html[^>]*class=/);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background()).toBe(light);
});

test('no script stops the HTML parser before the content of a page (an inline script waits for the stylesheet)', async ({ page }) => {
  await signIn(page, { apiKey: 'sandbox-full-key' });
  for (const path of ['/', '/domains', '/login']) {
    const html = await (await page.request.get(path)).text();
    const content = html.search(/<h1|<main/);
    expect(content, path).toBeGreaterThan(0);
    expect(html.slice(0, content).match(/<script(?![^>]*\ssrc=)[^>]*>/g), path).toBeNull();
  }
});

test('the panel has its icon and a web app manifest', async ({ page, request }) => {
  await page.goto('/login');
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
  const manifest = await request.get('/manifest.webmanifest');
  expect(manifest.ok()).toBe(true);
  const body = (await manifest.json()) as { name: string; icons: { src: string }[] };
  expect(body.name).toBe('Joker.com Reseller Panel');
  for (const icon of body.icons) expect((await request.get(icon.src)).ok(), icon.src).toBe(true);
});
