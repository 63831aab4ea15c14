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

test('the theme toggle switches to dark and back', async ({ page }) => {
  await page.goto('/login');
  const toggle = page.getByRole('button', { name: /^Theme:/ });
  await toggle.click(); // system → light
  await toggle.click(); // light → dark
  await expect(page.locator('html')).toHaveClass(/dark/);
  await toggle.click(); // dark → system
  await expect(toggle).toHaveAccessibleName(/Theme: system/);
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
