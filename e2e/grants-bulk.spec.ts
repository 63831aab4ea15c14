import type { Page } from '@playwright/test';
import { expect, signIn, test } from './helpers/fixtures';
import { replyBody, sandboxDmapi } from './helpers/sandbox';

/**
 * Grants over many domains as bulk jobs: one address invited to @tech on ten domains (one grants-invite each, every
 * invitation recorded with its panel link), then everything that person holds on the same ten revoked. Each state
 * is read back from the sandbox's grants-list.
 */

/** The invitations and grants of `email` on a domain as the sandbox holds them: [kind, role]. */
async function rolesOf(domain: string, email: string): Promise<string[][]> {
  const body = replyBody(await sandboxDmapi('grants-list', { domain }));
  return body
    .split('\n')
    .filter((line) => line.toLowerCase().includes(email))
    .map((line) => {
      const f = line.split(/\s+/);
      const at = f.indexOf('domain', 3);
      return [f[0]!, f[at + 2]!];
    });
}

/** The first ten .com domains by name, selected with the keyboard (the same ten each time: the filter does not depend on grants). */
async function selectTen(page: Page): Promise<void> {
  await page.goto('/domains?tld=com&sort=domain');
  await expect(page.locator('#domain-count')).toContainText('of');
  await page.getByRole('grid', { name: 'Domains' }).focus();
  await page.keyboard.press('Space');
  for (let i = 1; i < 10; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+Space');
  await expect(page.getByText('10 selected')).toBeVisible();
}

/** The job page's items as [domain, state, outcome]. */
async function jobItems(page: Page): Promise<string[][]> {
  const rows = page.getByRole('region', { name: 'Items' }).locator('tbody tr');
  const out: string[][] = [];
  for (const row of await rows.all()) out.push((await row.locator('td').allInnerTexts()).map((t) => t.trim()));
  return out;
}

test.describe('grants in bulk', () => {
  test.setTimeout(180_000);

  test('invite one address to @tech on ten domains, then revoke everything they hold on the same ten', async ({ page }) => {
    const email = `bulk-${Date.now().toString(36)}@example.com`;
    await signIn(page, { apiKey: 'sandbox-full-key' });

    await selectTen(page);
    await page.getByRole('button', { name: 'Bulk action' }).click();
    await page.getByRole('menuitem', { name: 'Invite someone to a role…' }).click();
    await page.getByLabel('E-mail address to invite').fill(email);
    await page.getByLabel('Role').selectOption('@tech');
    await page.getByRole('button', { name: 'Review' }).click();
    const summary = page.getByRole('region', { name: 'Summary' });
    await expect(summary).toContainText(`Invite ${email} as @tech`);
    await page.getByRole('button', { name: /^Run on \d+ domains?$/ }).click();
    await expect(page).toHaveURL(/\/jobs\/\d+$/);
    await expect(page.getByTestId('job-state')).toHaveText('done', { timeout: 90_000 });
    const invited = await jobItems(page);
    expect(invited).toHaveLength(10);
    const done = invited.filter(([, state]) => state === 'done').map(([domain]) => domain!);
    // Domains shared with this account by another are skipped with the reason; the rest are invited.
    for (const [, state, outcome] of invited.filter(([, state]) => state !== 'done')) {
      expect(state).toBe('skipped');
      expect(outcome).toContain('Shared with this account by another one');
    }
    expect(done.length).toBeGreaterThanOrEqual(8);
    await expect(page.getByTestId('job-counts')).toHaveText(`10 of 10 finished — ${done.length} done, 0 failed, ${10 - done.length} skipped`);
    for (const domain of done) expect(await rolesOf(domain, email), domain).toEqual([['invitation', '@tech']]);

    // Each invitation has its own panel link, shown on the domain's page.
    await page.goto(`/domains/${done[0]}`);
    await expect(page.getByRole('region', { name: 'Grants' }).getByRole('textbox', { name: `panel link for ${email} on ${done[0]}`, exact: true })).toHaveValue(/\/invite\/[A-Za-z0-9_-]{43}$/);

    await selectTen(page);
    await page.getByRole('button', { name: 'Bulk action' }).click();
    await page.getByRole('menuitem', { name: 'Revoke one person’s roles…' }).click();
    await page.getByLabel('E-mail address or Joker.com login of the person').fill(email);
    await page.getByRole('button', { name: 'Review' }).click();
    await expect(summary).toContainText(`Revoke every role and invitation of ${email}`);
    await page.getByRole('button', { name: /^Run on \d+ domains?$/ }).click();
    await expect(page).toHaveURL(/\/jobs\/\d+$/);
    await expect(page.getByTestId('job-state')).toHaveText('done', { timeout: 90_000 });
    const revoked = await jobItems(page);
    expect(revoked.filter(([, state]) => state === 'done').map(([domain]) => domain).sort()).toEqual([...done].sort());
    for (const domain of done) expect(await rolesOf(domain, email), domain).toEqual([]);
  });
});
