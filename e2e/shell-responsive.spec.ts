import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, signIn, test } from './helpers/fixtures';
import { replyBody, sandboxDmapi } from './helpers/sandbox';

/** The shell at a desktop and a phone width: navigation, overflow, tables, real links, and axe. */
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Nothing on the page is wider than the screen (wide tables scroll inside their own box). */
async function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

test.describe('desktop', () => {
  test.use({ viewport: DESKTOP });

  test('the sidebar is shown, the menu button is not, and axe finds nothing serious', async ({ page }) => {
    await signIn(page, { apiKey: 'sandbox-full-key' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Menu', exact: true })).toBeHidden();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto('/domains');
    await expect(page.getByRole('grid', { name: 'Domains' })).toHaveAttribute('aria-busy', 'false');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a domain in the list is a real link that opens in a new tab', async ({ page, context }) => {
    await signIn(page, { apiKey: 'sandbox-full-key' });
    await page.goto('/domains?sort=domain');
    const link = page.getByRole('row').nth(1).getByRole('link');
    const name = (await link.innerText()).trim();
    await expect(link).toHaveAttribute('href', `/domains/${encodeURIComponent(name)}`);
    const opened = context.waitForEvent('page');
    await link.click({ modifiers: ['ControlOrMeta'] });
    const tab = await opened;
    await expect(tab.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page).toHaveURL(/\/domains\?sort=domain$/);
  });

  test('a contact handle and a host in the results inbox are real links that open their pages in a new tab', async ({ page, context }) => {
    test.setTimeout(90_000);
    // A host of our own, so that an ns-create row names it (the seed's history has contact-create rows already).
    const domain = replyBody(await sandboxDmapi('query-domain-list', { pattern: '*.com' }))
      .split('\n')
      .map((l) => l.split(/\s+/)[0] ?? '')
      .find((n) => n.endsWith('.com') && !n.startsWith('xn--'));
    const host = `ns-link-${Date.now().toString(36)}.${domain}`;
    expect(await sandboxDmapi('ns-create', { host, ip: '185.10.20.60' })).toMatch(/^Proc-ID: \d+/m);
    await signIn(page, { apiKey: 'sandbox-full-key' });

    const opensInNewTab = async (link: Locator, href: string, heading: string) => {
      await expect(link).toHaveAttribute('href', href);
      const opened = context.waitForEvent('page');
      await link.click({ modifiers: ['ControlOrMeta'] });
      const tab = await opened;
      await expect(tab.getByRole('heading', { level: 1, name: heading })).toBeVisible({ timeout: 30_000 });
      await tab.close();
    };

    await page.goto('/results?type=contact-create');
    const inbox = page.getByRole('table', { name: 'Queued requests' });
    const contact = inbox.getByRole('link', { name: /^[A-Za-z0-9_-]+$/ }).first();
    await expect(contact).toBeVisible({ timeout: 30_000 });
    const handle = (await contact.innerText()).trim();
    await opensInNewTab(contact, `/contacts/${encodeURIComponent(handle)}`, handle);
    await expect(page).toHaveURL(/\/results\?type=contact-create$/);

    await page.goto(`/results?type=ns-create&object=${encodeURIComponent(host)}`);
    const hostLink = page.getByRole('table', { name: 'Queued requests' }).getByRole('link', { name: host, exact: true });
    await opensInNewTab(hostLink, `/hosts/${encodeURIComponent(host)}`, host);
  });
});

test.describe('phone', () => {
  test.use({ viewport: PHONE, hasTouch: true });

  test('the navigation is a menu: aria-expanded, focus inside, Escape closes and returns focus', async ({ page }) => {
    await signIn(page, { apiKey: 'sandbox-full-key' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    const menu = page.getByRole('button', { name: 'Menu', exact: true });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    // While the menu is open the rest of the page is hidden from assistive technology, the button included.
    const trigger = page.locator('header button[aria-haspopup="dialog"]');
    await menu.click();
    await expect(trigger).toHaveAttribute('aria-expanded', 'true');
    const dialog = page.getByRole('dialog', { name: 'Reseller Panel' });
    expect(await dialog.getAttribute('id')).toBe(await trigger.getAttribute('aria-controls'));
    await expect(dialog.getByRole('navigation', { name: 'Main' })).toBeVisible();
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(menu).toBeFocused();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');

    await menu.click();
    await page.getByRole('dialog').getByRole('link', { name: 'Domains' }).click();
    await expect(page).toHaveURL(/\/domains$/);
    await expect(page.getByRole('dialog')).toBeHidden();
  });

  test('the header fits, tables scroll inside their box, and axe finds nothing serious', async ({ page }) => {
    await signIn(page, { apiKey: 'sandbox-full-key' });
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    await expect(page.getByRole('status', { name: 'Environment: Sandbox' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Account menu:/ })).toBeInViewport();
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto('/domains');
    const grid = page.getByRole('grid', { name: 'Domains' });
    await expect(grid).toHaveAttribute('aria-busy', 'false');
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    // The grid is wider than the phone: it scrolls sideways within its box, so the last column can be reached.
    expect(await grid.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await grid.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await expect(page.getByRole('columnheader', { name: 'Grants' })).toBeInViewport();
    expect(await seriousViolations(page)).toEqual([]);

    // Keyboard use is the same at any width: arrows move, Enter opens.
    await grid.focus();
    await page.keyboard.press('ArrowDown');
    const second = (await page.getByRole('row').nth(2).getByRole('link').innerText()).trim();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: second })).toBeVisible();
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
  });
});
