import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, signIn, test } from './helpers/fixtures';
import { pickHandle } from './helpers/handles';
import { injectFault, lastLogId, replyBody, sandboxDmapi, sandboxLog } from './helpers/sandbox';

/**
 * A domain's life in the running panel against the sandbox: register a .com and a .fi (handles of their TLD only), the
 * Proc-ID followed to ack and the domain in the sandbox; a taken name refused with the form kept; renew by expiration
 * year twice renews once; auth-id; DNSSEC on and off; delete inside 72 hours; delete outside them with force, then
 * restore from redemption. Each new page and form is checked with axe.
 */

const ACK = 'done — Joker.com confirmed it (ack)';

async function noSeriousViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).include('main').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
}

/**
 * After a delete: Joker's answer is ack (result-list), and the page follows it. The follower shows the ack and then
 * refreshes the page to what the domain is now, gone (not found) or in redemption (its restore), which can replace the
 * ack line before a test sees it: any of the three is the page having followed the answer.
 */
async function expectDeleteFollowed(page: Page, domain: string): Promise<void> {
  await expect
    .poll(async () => replyBody(await sandboxDmapi('result-list', { rtype: 'domain-delete', period: '1' })).split('\n').find((l) => l.split(' ')[4] === domain)?.split(' ')[5], { timeout: 45_000 })
    .toBe('ack');
  const followed = page
    .getByRole('region', { name: 'Delete' })
    .getByRole('status')
    .filter({ hasText: ACK })
    .or(page.getByRole('region', { name: 'Restore from redemption' }))
    .or(page.getByRole('heading', { name: 'Page not found' }));
  await expect(followed.first()).toBeVisible({ timeout: 45_000 });
}

async function listed(domain: string): Promise<string | undefined> {
  const body = replyBody(await sandboxDmapi('query-domain-list', { pattern: domain }));
  return body.split('\n').find((line) => line.split(/\s+/)[0] === domain);
}

async function expiryYear(domain: string): Promise<number> {
  const row = await listed(domain);
  return Number((row?.split(/\s+/)[1] ?? '').slice(0, 4));
}

async function register(page: Page, domain: string) {
  await page.goto('/register');
  const form = page.getByRole('form', { name: 'Register a domain' });
  await form.getByRole('textbox', { name: /^Domain name/ }).fill(domain);
  await expect(form.getByText('Available', { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(form.getByText(/Registration for 1 year:/)).toBeVisible();
  for (const role of ['Owner (owner-c)', 'Admin (admin-c)', 'Tech (tech-c)', 'Billing (billing-c)']) await pickHandle(form, role);
  await form.getByRole('button', { name: 'Register…' }).click();
  const dialog = page.getByRole('dialog', { name: `Register ${domain}?` });
  await expect(dialog).toContainText('Total:');
  await expect(dialog).toContainText('balance after');
  await dialog.getByRole('button', { name: 'Register' }).click();
  const status = form.getByRole('status').filter({ hasText: `Register ${domain}` });
  await expect(status).toContainText(/Proc-ID \d+/);
  await expect(status).toContainText(ACK, { timeout: 45_000 });
  expect(await listed(domain)).toBeDefined();
}

test.describe('a domain from register to delete', () => {
  test.setTimeout(240_000);

  test('register a .com and a .fi; a taken name is refused before anything is sent, the form kept', async ({ page }) => {
    await signIn(page, { apiKey: 'sandbox-full-key' });
    const stamp = Date.now().toString(36);
    await register(page, `e2e-life-${stamp}.com`);
    await noSeriousViolations(page);
    await register(page, `e2e-life-${stamp}.fi`);

    await page.goto('/register');
    const form = page.getByRole('form', { name: 'Register a domain' });
    await form.getByRole('textbox', { name: /^Domain name/ }).fill(`e2e-life-${stamp}.com`);
    await expect(form.getByText(/Not available/)).toBeVisible({ timeout: 20_000 });
    await expect(form.getByRole('button', { name: 'Register…' })).toBeDisabled();
    await expect(form.getByRole('textbox', { name: /^Domain name/ })).toHaveValue(`e2e-life-${stamp}.com`);
  });

  test('a registration Joker.com refuses (nack) says why, keeps the form, and is in Results as refused', async ({ page }) => {
    await signIn(page, { apiKey: 'sandbox-full-key' });
    const domain = `e2e-nack-${Date.now().toString(36)}.com`;
    await page.goto('/register');
    const form = page.getByRole('form', { name: 'Register a domain' });
    await form.getByRole('textbox', { name: /^Domain name/ }).fill(domain);
    await expect(form.getByText('Available', { exact: true })).toBeVisible({ timeout: 20_000 });
    const owner = await pickHandle(form, 'Owner (owner-c)');
    for (const role of ['Admin (admin-c)', 'Tech (tech-c)', 'Billing (billing-c)']) await pickHandle(form, role);
    // The registry refuses this one after accepting it: the queued result completes as nack.
    await injectFault('domain-register', 'nack', 1);
    await form.getByRole('button', { name: 'Register…' }).click();
    await page.getByRole('dialog', { name: `Register ${domain}?` }).getByRole('button', { name: 'Register' }).click();
    const status = form.getByRole('status').filter({ hasText: `Register ${domain}` });
    await expect(status).toContainText('refused by Joker.com (nack)', { timeout: 45_000 });
    await expect(status.getByRole('list', { name: 'Joker.com said' })).toContainText('the registry refused the request');
    const procId = /Proc-ID (\d+)/.exec((await status.textContent()) ?? '')?.[1] ?? '';
    expect(procId).not.toBe('');
    // Nothing typed is lost, and nothing was registered.
    await expect(form.getByRole('textbox', { name: /^Domain name/ })).toHaveValue(domain);
    await expect(form.getByRole('combobox', { name: 'Owner (owner-c)' })).toHaveValue(owner);
    expect(await listed(domain)).toBeUndefined();
    // The inbox lists it among the refused requests, caused by this user.
    await page.goto('/results?status=nack');
    const row = page.getByRole('table', { name: 'Queued requests' }).getByRole('row', { name: new RegExp(`^Select Proc-ID ${procId} `) });
    await expect(row).toContainText('domain-register');
    await expect(row).toContainText(domain);
    await expect(row).toContainText('You');
  });

  test('renew by expiration year twice renews once; auth-id arrives; DNSSEC on and off; delete inside 72 hours', async ({ page }) => {
    await signIn(page, { apiKey: 'sandbox-full-key' });
    const domain = `e2e-page-${Date.now().toString(36)}.com`;
    await register(page, domain);
    await page.goto(`/domains/${domain}`);
    await expect(page.getByRole('navigation', { name: 'Sections of this page' })).toBeVisible();
    await noSeriousViolations(page);

    const before = await expiryYear(domain);
    const renew = page.getByRole('region', { name: 'Renew' });
    await renew.getByLabel('New expiration year').fill(String(before + 1));
    await expect(renew.getByText(/Price: .*balance after/)).toBeVisible();
    const since = await lastLogId();
    await renew.getByRole('button', { name: 'Renew…' }).click();
    await page.getByRole('dialog', { name: `Renew ${domain}?` }).getByRole('button', { name: 'Renew' }).click();
    await expect(renew.getByRole('status').filter({ hasText: `Renew ${domain}` })).toContainText(ACK, { timeout: 45_000 });
    expect(await expiryYear(domain)).toBe(before + 1);
    // One confirmation, one request.
    expect((await sandboxLog(since)).filter((e) => e.request === 'domain-renew')).toHaveLength(1);
    // The same expiration year again: the confirmation says nothing would be renewed, and nothing is.
    await renew.getByLabel('New expiration year').fill(String(before + 1));
    await renew.getByRole('button', { name: 'Renew…' }).click();
    const again = page.getByRole('dialog', { name: `Renew ${domain}?` });
    await expect(again).toContainText('nothing would be renewed');
    await again.getByRole('button', { name: 'Cancel' }).click();
    expect(await expiryYear(domain)).toBe(before + 1);

    const authId = page.getByRole('region', { name: 'Auth-ID' });
    await authId.getByRole('button', { name: 'Request auth-id' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Request auth-id' }).click();
    await expect(authId.getByRole('status').filter({ hasText: `Auth-ID of ${domain}` })).toContainText(ACK, { timeout: 45_000 });
    await expect(authId.getByRole('textbox', { name: 'Auth-ID', exact: true })).not.toHaveValue('', { timeout: 15_000 });

    const dnssec = page.getByRole('region', { name: 'DNSSEC' });
    await dnssec.getByLabel('Key 1: key tag').fill('12345');
    await dnssec.getByLabel('Key 1: algorithm').fill('13');
    await dnssec.getByLabel('Key 1: digest type').fill('2');
    await dnssec.getByLabel('Key 1: digest (hex)').fill('abc');
    await dnssec.getByRole('button', { name: 'Turn DNSSEC on' }).click();
    await expect(dnssec.getByText(/digest type 2 has 64 hex digits/)).toBeVisible();
    await dnssec.getByLabel('Key 1: digest (hex)').fill('a'.repeat(64));
    await dnssec.getByRole('button', { name: 'Turn DNSSEC on' }).click();
    await expect(dnssec.getByRole('status').filter({ hasText: `DNSSEC keys of ${domain}` })).toContainText(ACK, { timeout: 45_000 });
    await expect(dnssec.getByText(/DNSSEC is on/)).toBeVisible({ timeout: 15_000 });
    expect(replyBody(await sandboxDmapi('query-whois', { domain }))).toMatch(/domain\.ds-1: 12345:13:2:A{64}/i);
    await dnssec.getByRole('button', { name: 'Turn DNSSEC off…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Turn off' }).click();
    await expect(dnssec.getByRole('status').filter({ hasText: `DNSSEC off for ${domain}` })).toContainText(ACK, { timeout: 45_000 });
    expect(replyBody(await sandboxDmapi('query-whois', { domain }))).not.toMatch(/domain\.ds-1/);

    const del = page.getByRole('region', { name: 'Delete' });
    await expect(del).toContainText('the registration fee is refunded');
    await del.getByRole('button', { name: 'Delete domain…' }).click();
    const dialog = page.getByRole('dialog', { name: `Delete ${domain}?` });
    await expect(dialog.getByRole('button', { name: 'Delete' })).toBeDisabled();
    await dialog.getByRole('textbox').fill(domain);
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expectDeleteFollowed(page, domain);
    expect(await listed(domain)).toBeUndefined();
  });

  test('delete outside 72 hours needs force; the domain then shows its restore, and restore brings it back', async ({ page }) => {
    await signIn(page, { apiKey: 'sandbox-full-key' });
    const body = replyBody(await sandboxDmapi('query-domain-list', { pattern: '*.net', showstatus: '1' }));
    const domain = body.split('\n').map((l) => l.split(/\s+/)).find(([name, , status]) => name && !name.startsWith('xn--') && (status ?? '').includes('production') && !(status ?? '').includes('lock'))?.[0];
    expect(domain).toBeDefined();
    await page.goto(`/domains/${domain}`);
    const del = page.getByRole('region', { name: 'Delete' });
    await expect(del).toContainText('deleting needs force');
    await expect(del.getByRole('button', { name: 'Delete domain…' })).toBeDisabled();
    await del.getByLabel('Delete without refund (force)').check();
    await del.getByRole('button', { name: 'Delete domain…' }).click();
    const dialog = page.getByRole('dialog', { name: `Delete ${domain}?` });
    await dialog.getByRole('textbox').fill(domain as string);
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expectDeleteFollowed(page, domain as string);
    expect(await listed(domain as string)).toBeUndefined();

    await page.goto(`/domains/${domain}`);
    const restore = page.getByRole('region', { name: 'Restore from redemption' });
    await expect(restore).toContainText('is in redemption');
    await noSeriousViolations(page);
    await restore.getByRole('button', { name: 'Restore…' }).click();
    await page.getByRole('dialog', { name: `Restore ${domain}?` }).getByRole('button', { name: 'Restore' }).click();
    // Joker's ack, then the page refreshes to the restored domain (which can replace the ack line before it is seen).
    await expect.poll(async () => listed(domain as string), { timeout: 45_000 }).toBeDefined();
    await expect(
      restore.getByRole('status').filter({ hasText: ACK }).or(page.getByRole('region', { name: 'Overview' })).first(),
    ).toBeVisible({ timeout: 45_000 });
  });
});
