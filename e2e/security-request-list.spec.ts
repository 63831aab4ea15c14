import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, signIn, test } from './helpers/fixtures';
import { denyRequests, replyBody, sandboxDmapi } from './helpers/sandbox';

// The support role (the modify-only demo key) may change domains; its request list is made to lack domain-lock.
const KEY = 'sandbox-modify-key';
const REASON = "Joker.com does not let this API key send domain-lock (it is not in the key's request list).";

async function unlockedDomain(): Promise<string> {
  const body = replyBody(await sandboxDmapi('query-domain-list', { showstatus: '1' }));
  for (const line of body.split('\n')) {
    const [name, , status] = line.split(/\s+/);
    const flags = (status ?? '').split(',');
    if (name && !name.startsWith('xn--') && flags.includes('production') && !flags.includes('lock')) return name;
  }
  throw new Error('no seeded unlocked domain');
}

async function expectAxeClean(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).include('main').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
}

test.describe("the key's request list (query-request-list, read at sign-in)", () => {
  test.setTimeout(90_000);
  test.beforeAll(async () => denyRequests(KEY, ['domain-lock']));
  test.afterAll(async () => denyRequests(KEY, []));

  test('what the list lacks is disabled with the reason on the domain page and in the bulk menu; the account page lists the requests', async ({ page }) => {
    const domain = await unlockedDomain();
    await signIn(page, { apiKey: KEY });

    await page.goto(`/domains/${domain}`);
    const settings = page.getByRole('region', { name: 'Settings' });
    await expect(settings.getByText('Unlocked')).toBeVisible();
    await expect(settings.getByRole('button', { name: 'Lock', exact: true })).toBeDisabled();
    await expect(settings.getByText(REASON)).toBeVisible();
    // What the list holds stays usable: the role allows changes and domain-set-property is in the list.
    await expect(settings.getByRole('button', { name: /Turn autorenew/ })).toBeEnabled();
    await expectAxeClean(page);

    await page.goto('/domains?sort=domain');
    await expect(page.locator('#domain-count')).toContainText('domains');
    await page.getByRole('grid', { name: 'Domains' }).focus();
    await page.keyboard.press('Space');
    await expect(page.getByText('1 selected')).toBeVisible();
    await page.getByRole('button', { name: 'Bulk action' }).click();
    const lock = page.getByRole('menuitem', { name: /^Lock/ });
    await expect(lock).toHaveAttribute('aria-disabled', 'true');
    await expect(lock).toContainText(REASON);
    await expect(page.getByRole('menuitem', { name: /^Autorenew on/ })).not.toHaveAttribute('aria-disabled', 'true');
    await page.keyboard.press('Escape');

    await page.goto('/account');
    const requests = page.getByRole('list', { name: 'Requests this API key may send' });
    await page.getByText(/\d+ requests \(query-request-list\)/).click();
    await expect(requests.getByRole('listitem').filter({ hasText: /^domain-modify$/ })).toHaveCount(1);
    await expect(requests.getByRole('listitem').filter({ hasText: /^domain-lock$/ })).toHaveCount(0);
    await expectAxeClean(page);
  });
});
