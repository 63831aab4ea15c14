import type { Page } from '@playwright/test';
import { expect, signIn, test } from './helpers/fixtures';
import { replyBody, sandboxDmapi } from './helpers/sandbox';

/**
 * Text that comes from the DMAPI is rendered as text (issue: hostile input). The sandbox is seeded, through the DMAPI
 * as any client could, with script and markup payloads in contact names and organisations, postal fields, a TXT
 * record, grant nick-names and the names on a domain; then every page of the panel is opened in Chromium. Nothing
 * may execute (no dialog, no flag set by an onerror/onload), and the payloads must show as the literal text.
 */
const MARK = 'window.__xss=(window.__xss||0)+1';
const PAYLOADS = {
  script: `<script>${MARK}</script>`,
  img: `"><img src=x onerror="${MARK}">`,
  svg: `'><svg onload=${MARK}>`,
};
const NAME = `Evil ${PAYLOADS.script} Person`;
const ORG = `Org ${PAYLOADS.img}`;
const CITY = `Town ${PAYLOADS.svg}`;
// No double quote inside: the DMAPI zone format quotes TXT values with them.
const TXT = `v=evil '><img src=x onerror=${MARK}>`;

let domain = '';
let handle = '';

async function seed(): Promise<void> {
  const list = replyBody(await sandboxDmapi('query-domain-list', { pattern: '*.com', limit: '5' }));
  domain = list.split('\n')[0]!.split(/\s+/)[0]!;
  const created = await sandboxDmapi('contact-create', {
    tld: 'com',
    name: NAME,
    organization: ORG,
    email: 'evil@example.org',
    'address-1': `Street ${PAYLOADS.script}`,
    city: CITY,
    'postal-code': '12345',
    country: 'US',
    phone: '+1.5555555',
  });
  handle = /^Object-Name: (\S+)/m.exec(created)?.[1] ?? '';
  for (let i = 0; !handle && i < 20; i++) {
    const contacts = replyBody(await sandboxDmapi('query-contact-list', { pattern: '*', 'extended-format': '1' }));
    handle = contacts.split('\n').find((l) => l.includes('Evil'))?.split(/\s+/)[0] ?? '';
    if (!handle) await new Promise((r) => setTimeout(r, 500));
  }
  expect(handle, 'the seeded contact').not.toBe('');
  await sandboxDmapi('domain-modify', { domain, 'admin-c': handle, 'tech-c': handle, 'billing-c': handle });
  expect(await sandboxDmapi('dns-zone-put', { domain, zone: `evil TXT 0 "${TXT}" 3600\n` })).toMatch(/^Status-Code: 0/m);
  await sandboxDmapi('grants-invite', { domain, email: 'evil@example.org', role: '@tech', 'nick-name': `Nick ${PAYLOADS.svg}` });
}

async function expectInert(page: Page, path: string): Promise<void> {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
  // Let any image error or load handler that was (wrongly) created fire.
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? 0), path).toBe(0);
  expect(dialogs, path).toEqual([]);
  // No element the payloads would create exists in the page.
  expect(await page.locator('img[src="x"], svg[onload], script:text("__xss")').count(), path).toBe(0);
}

test.describe('text from the DMAPI is rendered as text', () => {
  test.setTimeout(240_000);
  test.beforeAll(async () => {
    await seed();
  });

  test('no payload executes on any page, and the seeded text shows literally', async ({ page }) => {
    await signIn(page, { apiKey: 'sandbox-full-key' });
    const pages = [
      '/',
      '/domains',
      `/domains/${domain}`,
      `/domains?q=${encodeURIComponent(domain)}`,
      '/contacts',
      `/contacts/${encodeURIComponent(handle)}`,
      '/hosts',
      '/zones',
      `/zones/${domain}`,
      '/grants',
      '/verification',
      '/results',
      '/orders',
      '/prices',
      '/account',
      '/transfers',
      '/register',
      '/jobs',
      '/settings',
    ];
    for (const path of pages) await expectInert(page, path);
    // Where the panel shows them, they read as written.
    await page.goto(`/contacts/${encodeURIComponent(handle)}`);
    await expect(page.getByText(NAME, { exact: false }).first()).toBeVisible({ timeout: 30_000 });
    await page.goto(`/zones/${domain}`);
    await expect(page.getByText(TXT, { exact: false }).first()).toBeVisible({ timeout: 30_000 });
  });
});
