import AxeBuilder from '@axe-core/playwright';
import { expect, signIn, test } from './helpers/fixtures';
import { domainStatus, lastLogId, replyBody, sandboxDmapi, sandboxLog } from './helpers/sandbox';

/** A domain of the reseller's portfolio whose status flags satisfy `pick` (the seed decides which ones exist). */
async function findDomain(pick: (flags: string[]) => boolean): Promise<string> {
  const body = replyBody(await sandboxDmapi('query-domain-list', { showstatus: '1' }));
  for (const line of body.split('\n')) {
    const [name, , status] = line.split(/\s+/);
    if (name && !name.startsWith('xn--') && pick((status ?? '').split(','))) return name;
  }
  throw new Error('no seeded domain fits');
}

test.describe('domain page settings (the kit template)', () => {
  test.setTimeout(90_000);

  test('lock and unlock follow the Proc-ID to ack and change the sandbox; autorenew switches at once', async ({ page }) => {
    const domain = await findDomain((f) => f.includes('production') && !f.includes('lock') && !f.includes('autorenew'));
    await signIn(page, { apiKey: 'sandbox-full-key' });
    await page.goto(`/domains/${domain}`);
    const settings = page.getByRole('region', { name: 'Settings' });
    await expect(settings.getByText('Unlocked')).toBeVisible();

    await settings.getByRole('button', { name: 'Lock', exact: true }).click();
    const lockStatus = settings.getByRole('status').filter({ hasText: `Lock ${domain}` });
    await expect(lockStatus).toContainText(/Proc-ID \d+/);
    await expect(lockStatus).toContainText('done — Joker.com confirmed it (ack)', { timeout: 30_000 });
    await expect(settings.getByText('Locked', { exact: true })).toBeVisible();
    expect(await domainStatus(domain)).toContain('lock');

    // Unlocking allows a transfer away: it asks first, and Cancel sends nothing.
    await settings.getByRole('button', { name: 'Unlock', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Unlock ${domain}?` });
    await expect(dialog).toContainText('can be transferred to another registrar');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await domainStatus(domain)).toContain('lock');
    const beforeUnlock = await lastLogId();
    await settings.getByRole('button', { name: 'Unlock', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Unlock' }).click();
    const unlockStatus = settings.getByRole('status').filter({ hasText: `Unlock ${domain}` });
    await expect(unlockStatus).toContainText('done — Joker.com confirmed it (ack)', { timeout: 30_000 });
    // Confirming sends exactly one request (the dialog's own submit must not also submit the form around it).
    expect((await sandboxLog(beforeUnlock)).filter((e) => e.request === 'domain-unlock').map((e) => e.statusCode)).toEqual([0]);
    await expect(settings.getByText('Unlocked', { exact: true })).toBeVisible();
    expect(await domainStatus(domain)).not.toContain('lock');

    await settings.getByRole('button', { name: 'Turn autorenew on' }).click();
    await expect(settings.getByText(`Autorenew is now on for ${domain}.`)).toBeVisible();
    expect(await domainStatus(domain)).toContain('autorenew');
    await settings.getByRole('button', { name: 'Turn autorenew off' }).click();
    await expect(settings.getByText(`Autorenew is now off for ${domain}.`)).toBeVisible();
    expect(await domainStatus(domain)).not.toContain('autorenew');

    const axe = await new AxeBuilder({ page }).include('main').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  test('a refusal shows the reason in words and what to do, and the form stays usable', async ({ page }) => {
    const domain = await findDomain((f) => f.includes('production') && !f.includes('lock'));
    await signIn(page, { apiKey: 'sandbox-full-key' });
    await page.goto(`/domains/${domain}`);
    // Someone else locks it meanwhile: our "Lock" is refused by Joker (already locked).
    expect(await sandboxDmapi('domain-lock', { domain })).toMatch(/^Proc-ID: \d+/m);
    const settings = page.getByRole('region', { name: 'Settings' });
    await settings.getByRole('button', { name: 'Lock', exact: true }).click();
    const alert = settings.getByRole('alert');
    await expect(alert).toContainText('Nothing to change: the domain is already in that state.');
    await expect(alert).toContainText(`already locked`);
    await expect(settings.getByRole('button', { name: 'Lock', exact: true })).toBeEnabled();
  });

  test('a read-only key sees the controls disabled with the reason', async ({ page }) => {
    const domain = await findDomain((f) => f.includes('production'));
    await signIn(page, { apiKey: 'sandbox-readonly-key' });
    await page.goto(`/domains/${domain}`);
    const settings = page.getByRole('region', { name: 'Settings' });
    await expect(settings.getByRole('button', { name: /^(Lock|Unlock)$/ })).toBeDisabled();
    await expect(settings.getByRole('button', { name: /autorenew/ })).toBeDisabled();
    await expect(settings.getByText('Your panel role (Read-only) cannot change domains.').first()).toBeVisible();
  });
});
