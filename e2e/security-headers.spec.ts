import type { Page } from '@playwright/test';
import { expect, signIn, signOut, test } from './helpers/fixtures';

/** Collects every Content-Security-Policy violation the page reports, from its first script on. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  return violations;
}

test('every page carries a nonce-based CSP and the fixed security headers; every script has the nonce', async ({ page }) => {
  const response = await page.goto('/login');
  const headers = response?.headers() ?? {};
  const csp = headers['content-security-policy'] ?? '';
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1] ?? '';
  expect(nonce.length).toBeGreaterThanOrEqual(16);
  for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'", "'strict-dynamic'"]) expect(csp).toContain(directive);
  expect(csp).not.toContain("'unsafe-eval'");
  expect(headers['referrer-policy']).toBe('strict-origin');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  // PANEL_URL is plain http in the e2e run: no HSTS.
  expect(headers['strict-transport-security']).toBeUndefined();
  const html = (await response?.text()) ?? '';
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, tag).toContain(`nonce="${nonce}"`);
  // A new nonce for every request.
  const again = (await page.request.get('/login')).headers()['content-security-policy'] ?? '';
  expect(again).not.toContain(nonce);
});

test('the panel works under its CSP: theme, sign-in, the domain list; no violation reported', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/login');
  const toggle = page.getByRole('button', { name: /^Theme:/ });
  await toggle.click(); // system → light
  await toggle.click(); // light → dark
  // The server renders the chosen theme's class from its cookie (lib/theme): no inline script sets it.
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await toggle.click(); // dark → system
  await signIn(page, { apiKey: 'sandbox-full-key' });
  await page.goto('/domains');
  await expect(page.locator('#domain-count')).toContainText('domains');
  await page.getByRole('checkbox', { name: 'Select all filtered domains' }).check();
  expect(violations).toEqual([]);
  await signOut(page);
});
