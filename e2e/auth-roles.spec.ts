import AxeBuilder from '@axe-core/playwright';
import { sandboxURL } from '../playwright.config';
import { expect, signIn, signOut, test } from './helpers/fixtures';

test.describe('roles', () => {
  test('the owner registers staff roles; they apply on the next request; revoking ends the session', async ({ page, browser }) => {
    // Three sign-ins, a revoke and a restore: a long flow, and later specs rely on its last step (the key back to
    // read-only), so it gets room on a loaded machine rather than stopping half-way.
    test.setTimeout(180_000);
    await signIn(page, { apiKey: 'sandbox-full-key' });
    await page.goto('/settings');
    const axe = await new AxeBuilder({ page }).include('main').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    const form = page.getByRole('form', { name: 'Register a staff member' });
    await form.getByLabel('Name').fill('Vera Verifier');
    await form.getByLabel('Role').selectOption('verification');
    await form.getByLabel('API key').fill('sandbox-readonly-key');
    await form.getByRole('button', { name: 'Register' }).click();
    await expect(form.getByRole('status')).toHaveText('Registered Vera Verifier.');
    // The key is not kept in the form once it is registered.
    await expect(form.getByLabel('API key')).toHaveValue('');

    const staffContext = await browser.newContext();
    const staff = await staffContext.newPage();
    await signIn(staff, { apiKey: 'sandbox-readonly-key' });
    await expect(staff.getByRole('button', { name: /^Account menu:/ })).toContainText('Verification');
    // The verification role sees its workspace and nothing else: not even the settings' audit log.
    await staff.goto('/settings');
    await expect(staff).toHaveURL(/\/denied\?area=audit/);

    await page.reload();
    await page.getByLabel('Role of Vera Verifier', { exact: true }).selectOption('billing');
    await page.getByRole('button', { name: 'Save role of Vera Verifier' }).click();
    await expect(page.getByRole('form', { name: 'Change the role of Vera Verifier' }).getByRole('status')).toHaveText('Saved.');
    await staff.goto('/settings');
    await expect(staff.getByRole('button', { name: /^Account menu:/ })).toContainText('Billing');
    await expect(staff.getByRole('heading', { name: 'Team' })).toHaveCount(0);
    await expect(staff.getByRole('heading', { name: 'Audit log' })).toBeVisible();

    await page.getByRole('button', { name: 'Revoke Vera Verifier' }).click();
    const confirm = page.getByRole('dialog', { name: 'Revoke Vera Verifier?' });
    await expect(confirm).toContainText('sessions end at once');
    await confirm.getByRole('button', { name: 'Revoke' }).click();
    await expect(page.getByText('Revoked Vera Verifier: their sessions ended.')).toBeVisible();
    await staff.goto('/settings');
    await expect(staff).toHaveURL(/\/login\?reason=(revoked|signed-out)/);

    // Back to the sandbox default for the other specs.
    await page.reload();
    await page.getByRole('button', { name: 'Restore Vera Verifier' }).click();
    await page.reload();
    await page.getByLabel('Role of Vera Verifier', { exact: true }).selectOption('read-only');
    await page.getByRole('button', { name: 'Save role of Vera Verifier' }).click();
    await expect(page.getByRole('form', { name: 'Change the role of Vera Verifier' }).getByRole('status')).toHaveText('Saved.');
    // The owner's audit log shows the team changes.
    await page.goto('/settings?request=panel%3Ateam');
    await expect(page.getByRole('cell', { name: 'panel:team-register' }).first()).toBeVisible();
    await expect(page.getByRole('cell', { name: 'panel:team-revoke' }).first()).toBeVisible();
    await staffContext.close();
    await signOut(page);
  });

  test('a @readonly key sees modifying controls disabled with the reason', async ({ page }) => {
    await signIn(page, { apiKey: 'sandbox-readonly-key' });
    await page.goto('/domains');
    await page.getByRole('checkbox', { name: 'Select all filtered domains' }).check();
    await expect(page.getByRole('button', { name: 'Bulk action' })).toBeDisabled();
    await expect(page.getByText('Your panel role (Read-only) cannot change domains.').first()).toBeVisible();
    await page.goto('/settings');
    await expect(page.getByRole('heading', { name: 'Team' })).toHaveCount(0);
    await signOut(page);
  });

  test('a customer sees only their own domains and no reseller area', async ({ page }) => {
    await signIn(page, { apiKey: 'sandbox-customer-key' });
    await expect(page).toHaveURL(/\/my-domains$/);
    // What the DMAPI itself gives this customer: their own domains and those they hold a role on (showgrants).
    const login = await fetch(`${sandboxURL}/request/login?api-key=sandbox-customer-key`);
    const sid = /Auth-Sid: (\w+)/.exec(await login.text())?.[1] ?? '';
    const list = await (await fetch(`${sandboxURL}/request/query-domain-list?auth-sid=${sid}&showgrants=1&from=1`)).text();
    const own = list.split('\n\n')[1]?.split('\n').filter(Boolean).map((l) => l.split(' ')[0]) ?? [];
    await fetch(`${sandboxURL}/request/logout?auth-sid=${sid}`);
    // The header row and one row per domain, read once they are all there.
    await expect(page.getByRole('row')).toHaveCount(own.length + 1);
    const shown = (await page.getByRole('row').allInnerTexts()).slice(1).map((r) => r.split(/\s/)[0]);
    expect(shown.sort()).toEqual(own.sort());
    await page.goto('/domains');
    await expect(page).toHaveURL(/\/denied\?area=domains/);
    await expect(page.getByText('Your panel role (Customer) cannot view domains.')).toBeVisible();
    await page.goto('/settings');
    await expect(page).toHaveURL(/\/denied\?area=audit/);
    await page.getByRole('link', { name: 'Back to the panel' }).click();
    await signOut(page);
  });
});
