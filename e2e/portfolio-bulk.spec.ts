import type { Page } from '@playwright/test';
import { expect, signIn, test } from './helpers/fixtures';
import { removeContactDefaults } from './helpers/contacts';
import { pickHandle } from './helpers/handles';
import { injectFault, replyBody, sandboxDmapi as dmapi } from './helpers/sandbox';

/** A domain's contacts as the sandbox's whois shows them (role → handle). */
async function domainContacts(domain: string): Promise<Record<string, string>> {
  const body = replyBody(await dmapi('query-whois', { domain }));
  return Object.fromEntries([...body.matchAll(/^domain\.(admin|tech|billing)-c: (\S+)$/gm)].map((m) => [m[1] ?? '', m[2] ?? '']));
}

/** Selects the first `n` rows of the list with the keyboard: Space on the first, Shift+Space on the last. */
async function selectFirst(page: Page, n: number): Promise<void> {
  await page.getByRole('grid', { name: 'Domains' }).focus();
  await page.keyboard.press('Space');
  for (let i = 1; i < n; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+Space');
  await expect(page.getByText(`${n} selected`)).toBeVisible();
}

test.describe('bulk actions', () => {
  test.setTimeout(120_000);
  test.beforeEach(async ({ page }) => {
    await signIn(page, { apiKey: 'sandbox-full-key' });
  });

  test('autorenew on 50 domains completes with per-item results', async ({ page }) => {
    await page.goto('/domains?autorenew=off&sort=domain');
    await expect(page.locator('#domain-count')).toContainText('of');
    await selectFirst(page, 50);
    await page.getByRole('button', { name: 'Bulk action' }).click();
    await page.getByRole('menuitem', { name: 'Autorenew on', exact: true }).click();
    const summary = page.getByRole('region', { name: 'Summary' });
    await expect(summary).toContainText('Autorenew on: 50 of 50 domains, one request each');
    await page.getByRole('button', { name: 'Run on 50 domains' }).click();

    await expect(page).toHaveURL(/\/jobs\/\d+$/);
    await expect(page.getByTestId('job-state')).toHaveText('done', { timeout: 60_000 });
    await expect(page.getByTestId('job-counts')).toHaveText('50 of 50 finished — 50 done, 0 failed, 0 skipped');
    await expect(page.getByRole('progressbar', { name: 'Job progress' })).toHaveAttribute('aria-valuenow', '100');
    const items = page.getByRole('region', { name: 'Items' }).getByRole('row');
    await expect(items).toHaveCount(51);
    const done = await page.getByRole('region', { name: 'Items' }).locator('tbody tr td:first-child').allInnerTexts();

    // The sandbox agrees: every one of the 50 now renews automatically.
    const list = await dmapi('query-domain-list', { showstatus: '1' });
    const status = new Map(list.split('\n').map((l) => [l.split(' ')[0], l.split(' ')[2] ?? '']));
    for (const domain of done) expect(status.get(domain.trim()), domain).toContain('autorenew');
  });

  test('items that met DMAPI faults fail with their reason, the rest go on, and "Retry failed items" sends only those', async ({ page }) => {
    await page.goto('/domains?autorenew=off&sort=domain&dir=desc');
    await expect(page.locator('#domain-count')).toContainText('of');
    await selectFirst(page, 6);
    await page.getByRole('button', { name: 'Bulk action' }).click();
    await page.getByRole('menuitem', { name: 'Autorenew on', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Summary' })).toContainText('Autorenew on: 6 of 6 domains');
    // Two of the six requests meet an HTTP 500 from the DMAPI.
    await injectFault('domain-set-property', 'http500', 2);
    await page.getByRole('button', { name: 'Run on 6 domains' }).click();
    await expect(page).toHaveURL(/\/jobs\/\d+$/);
    const firstJob = page.url();
    await expect(page.getByTestId('job-state')).toHaveText('done', { timeout: 60_000 });
    await expect(page.getByTestId('job-counts')).toHaveText('6 of 6 finished — 4 done, 2 failed, 0 skipped');
    const items = page.getByRole('region', { name: 'Items' });
    await expect(items.getByText(/Read back: not applied, safe to retry/)).toHaveCount(2);

    await page.getByRole('button', { name: 'Retry failed items…' }).click();
    await expect(page.getByRole('region', { name: 'Summary' })).toContainText('Autorenew on: 2 of 2 domains');
    await page.getByRole('button', { name: 'Run on 2 domains' }).click();
    await expect(page).not.toHaveURL(firstJob);
    await expect(page.getByTestId('job-state')).toHaveText('done', { timeout: 60_000 });
    await expect(page.getByTestId('job-counts')).toHaveText('2 of 2 finished — 2 done, 0 failed, 0 skipped');
  });

  test('a bulk renew skips a domain renewed in the last 6 hours, with the reason', async ({ page }) => {
    // Three names the sandbox has not renewed lately (its seeded history has some), expiring within a year.
    const results = await dmapi('result-list', { rtype: 'domain-renew', period: '2' });
    const renewedLately = new Set(results.split('\n').filter((l) => l.includes(' domain-renew ')).map((l) => l.split(' ')[4]));
    const list = await dmapi('query-domain-list', {});
    const now = Date.now();
    const [recent, ...others] = list
      .slice(list.indexOf('\n\n') + 2)
      .split('\n')
      .map((l) => l.split(' '))
      .filter(([d, exp]) => d && exp && !renewedLately.has(d) && Date.parse(exp) > now && Date.parse(exp) < now + 365 * 86_400_000)
      .map(([d]) => d as string)
      .sort()
      .reverse()
      .slice(0, 3);
    expect(others).toHaveLength(2);
    expect(await dmapi('domain-renew', { domain: recent ?? '', period: '12' })).toMatch(/^Proc-ID: \d+/m);

    await page.goto('/domains');
    const filter = page.getByLabel('Name or pattern');
    await expect(filter).toHaveAttribute('data-ready', '');
    for (const domain of [recent, ...others]) {
      await filter.fill(domain ?? '');
      await page.getByRole('checkbox', { name: `Select ${domain}` }).click();
    }
    await filter.fill('');
    await expect(page.getByText('3 selected')).toBeVisible();
    await page.getByRole('button', { name: 'Bulk action' }).click();
    await page.getByRole('menuitem', { name: 'Renew…' }).click();
    await page.getByRole('button', { name: 'Review' }).click();
    const summary = page.getByRole('region', { name: 'Summary' });
    await expect(summary).toContainText('2 of 3 domains');
    await expect(summary.getByRole('list', { name: 'Skipped domains' })).toContainText('Renewed in the last 6 hours');
    await expect(summary.getByRole('list', { name: 'Skipped domains' })).toContainText(recent ?? '');
    await expect(page.getByTestId('bulk-total')).toContainText('EUR');
    await page.getByRole('button', { name: 'Run on 2 domains' }).click();

    await expect(page.getByTestId('job-state')).toHaveText('done', { timeout: 60_000 });
    await expect(page.getByTestId('job-counts')).toHaveText('3 of 3 finished — 2 done, 0 failed, 1 skipped');
    const items = page.getByRole('region', { name: 'Items' });
    await expect(items.getByRole('row', { name: new RegExp(`${recent}.*skipped`) })).toContainText('Renewed in the last 6 hours');
    for (const domain of others) await expect(items.getByRole('row', { name: new RegExp(domain) })).toContainText(/Proc-ID \d+/);
  });

  test("contacts from each domain's TLD defaults: the handles per TLD in the summary, a TLD without defaults skipped, the sandbox holds them", async ({ page }) => {
    // Two .com names and a .net name, in production, from the sandbox; .com gets defaults for all three roles, .net none.
    const rows = replyBody(await dmapi('query-domain-list', { showstatus: '1' }))
      .split('\n')
      .map((l) => l.split(/\s+/))
      .filter(([d, , s]) => d && !d.startsWith('xn--') && (s ?? '').includes('production'))
      .map(([d]) => d as string);
    const coms = rows.filter((d) => d.endsWith('.com')).slice(-2);
    const net = rows.filter((d) => d.endsWith('.net')).at(-1) ?? '';
    expect(coms).toHaveLength(2);
    const before = await Promise.all([...coms, net].map(domainContacts));
    const inUse = new Set(before.slice(0, 2).flatMap((c) => Object.values(c)));
    const [admin, tech, billing] = replyBody(await dmapi('query-contact-list', { tld: 'com' }))
      .split('\n')
      .filter((h) => h && !inUse.has(h));
    expect(billing).toBeTruthy();

    try {
      await page.goto('/settings');
      const defaults = page.getByRole('form', { name: 'Set contact defaults' });
      await expect(defaults).toHaveAttribute('data-ready', '', { timeout: 30_000 });
      await defaults.getByLabel('TLD', { exact: true }).selectOption('com');
      for (const [label, handle] of [['Admin contact', admin], ['Tech contact', tech], ['Billing contact', billing]] as const) {
        await pickHandle(defaults, label, new RegExp(`^${handle}(?!\\d)`));
      }
      await defaults.getByRole('button', { name: 'Save defaults' }).click();
      await expect(defaults.getByText('Saved the contact defaults of .com.')).toBeVisible({ timeout: 30_000 });

      await page.goto('/domains');
      const filter = page.getByLabel('Name or pattern');
      await expect(filter).toHaveAttribute('data-ready', '');
      for (const domain of [...coms, net]) {
        await filter.fill(domain);
        await page.getByRole('checkbox', { name: `Select ${domain}` }).click();
      }
      await filter.fill('');
      await expect(page.getByText('3 selected')).toBeVisible();
      await page.getByRole('button', { name: 'Bulk action' }).click();
      await page.getByRole('menuitem', { name: 'Replace contacts…' }).click();
      await page.getByRole('checkbox', { name: /Use each domain.s TLD defaults from Settings/ }).check();
      await expect(page.getByRole('textbox', { name: 'admin-c', exact: true })).toBeDisabled();
      await page.getByRole('button', { name: 'Review' }).click();
      const summary = page.getByRole('region', { name: 'Summary' });
      await expect(summary).toContainText('Contacts → admin-c TLD default, tech-c TLD default, billing-c TLD default: 2 of 3 domains');
      await expect(summary.getByRole('list', { name: 'Handles per TLD' })).toHaveText(`.com: admin-c ${admin}, tech-c ${tech}, billing-c ${billing}`);
      const skipped = summary.getByRole('list', { name: 'Skipped domains' });
      await expect(skipped).toContainText('.net has no admin-c, tech-c, billing-c default in Settings');
      await expect(skipped).toContainText(net);
      await page.getByRole('button', { name: 'Run on 2 domains' }).click();

      await expect(page.getByTestId('job-state')).toHaveText('done', { timeout: 60_000 });
      await expect(page.getByTestId('job-counts')).toHaveText('3 of 3 finished — 2 done, 0 failed, 1 skipped');
      // The sandbox holds the .com defaults on both .com names; the .net name is as it was.
      for (const domain of coms) expect(await domainContacts(domain)).toEqual({ admin, tech, billing });
      expect(await domainContacts(net)).toEqual(before[2]);
    } finally {
      // Leave no defaults behind for the other specs' .com orders, also when a step above failed.
      await removeContactDefaults(page, 'com');
    }
  });
});
