import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, signIn, test } from './helpers/fixtures';
import { pickHandle } from './helpers/handles';
import { advanceClock } from './helpers/sandbox';

/**
 * Transfer in through the Transfers page: the request is accepted, the states advance with the sandbox clock and are
 * explained in words, the approval email is resent where the state allows it; another transfer is cancelled.
 */

async function transferIn(page: Page, domain: string, authId: string) {
  const form = page.getByRole('form', { name: 'Transfer a domain in' });
  await form.getByRole('textbox', { name: /^Domain name/ }).fill(domain);
  await form.getByLabel('Auth-ID from the current registrar').fill(authId);
  await expect(form.getByText(/Transfer \(includes one year\):/)).toBeVisible({ timeout: 20_000 });
  await pickHandle(form, 'Owner (owner-c)');
  await form.getByRole('button', { name: 'Transfer…' }).click();
  await page.getByRole('dialog', { name: `Transfer ${domain} in?` }).getByRole('button', { name: 'Transfer' }).click();
  await expect(form.getByRole('status').filter({ hasText: `Transfer ${domain}` })).toContainText(/Proc-ID \d+/);
}

test.describe('transfers', () => {
  test.setTimeout(180_000);

  test('transfer in, watch the states advance, resend the approval email; cancel another', async ({ page }) => {
    await signIn(page, { apiKey: 'sandbox-full-key' });
    await page.goto('/transfers');
    await expect(page.getByRole('heading', { name: 'Transfers', level: 1 })).toBeVisible();
    const axe = await new AxeBuilder({ page }).include('main').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

    await transferIn(page, 'google.com', 'Zig-Zag-77');
    await transferIn(page, 'amazon.net', 'abcd-1234');
    await page.reload();
    const list = page.getByRole('list', { name: 'Incoming transfers' });
    const amazon = list.getByRole('listitem').filter({ hasText: 'amazon.net' }).first();
    await amazon.getByRole('button', { name: 'Cancel transfer…' }).click();
    await page.getByRole('dialog', { name: 'Cancel the transfer of amazon.net?' }).getByRole('button', { name: 'Cancel transfer' }).click();
    await expect(amazon.getByRole('status')).toContainText('The transfer of amazon.net is cancelled.');

    await advanceClock(61);
    await page.reload();
    await advanceClock(8 * 60);
    await page.reload();
    const google = page.getByRole('list', { name: 'Incoming transfers' }).getByRole('listitem').filter({ hasText: 'google.com' }).first();
    await expect(google).toContainText('Waiting for the owner', { timeout: 20_000 });
    await expect(google.getByRole('list', { name: 'States of google.com so far' })).toContainText('Waiting for the owner');
    await google.getByRole('button', { name: 'Resend approval email' }).click();
    await expect(google.getByRole('status')).toContainText('The approval email for google.com is sent again.');
  });

  test('a 100,000-line CSV is refused with the limit before anything is sent', async ({ page }) => {
    await signIn(page, { apiKey: 'sandbox-full-key' });
    await page.goto('/transfers');
    const form = page.getByRole('form', { name: 'Transfer several domains in' });
    const csv = Array.from({ length: 100_000 }, (_, i) => `name-${i}.com,auth-${i}`).join('\n');
    await form.getByLabel('Or upload a CSV file').setInputFiles({ name: 'transfers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect(form.getByText(/transfers\.csv is 2\.\d MB: at most 5,000 lines/)).toBeVisible();
    // A list under the size cap but over the line count is refused by the same words.
    const lines = Array.from({ length: 6_000 }, (_, i) => `n${i}.com,a${i}`).join('\n');
    await form.getByLabel('Or upload a CSV file').setInputFiles({ name: 'six-thousand.csv', mimeType: 'text/csv', buffer: Buffer.from(lines) });
    await form.getByRole('button', { name: 'Check the list and show the cost' }).click();
    await expect(form.getByText(/The list is too long: at most 5,000 lines/).first()).toBeVisible();
    await expect(form.getByRole('button', { name: /^Transfer \d+ domains…$/ })).toHaveCount(0);
  });
});
