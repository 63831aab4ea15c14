import { readFileSync } from 'node:fs';
import { sandboxURL } from '../playwright.config';
import { expect, signIn, test } from './helpers/fixtures';
import { injectFault } from './helpers/sandbox';

/** The portfolio straight from the sandbox DMAPI, to check the panel's figures against. */
async function sandboxSid(): Promise<string> {
  const text = await (await fetch(`${sandboxURL}/request/login?api-key=sandbox-full-key`)).text();
  return /^Auth-Sid: (\S+)/m.exec(text)?.[1] ?? '';
}

async function dmapi(request: string, params: Record<string, string>): Promise<string> {
  const body = new URLSearchParams({ 'auth-sid': await sandboxSid(), ...params });
  return (await fetch(`${sandboxURL}/request/${request}`, { method: 'POST', body })).text();
}

interface SandboxRow {
  domain: string;
  expires: number;
  status: string[];
}

async function sandboxRows(): Promise<SandboxRow[]> {
  const text = await dmapi('query-domain-list', { showstatus: '1' });
  const body = text.slice(text.indexOf('\n\n') + 2);
  return body
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [domain = '', exp = '', status = ''] = line.split(' ');
      return { domain, expires: Date.parse(`${exp.slice(0, 10)}T00:00:00Z`), status: status.split(',') };
    });
}

const DAY = 86_400_000;

test.describe('portfolio', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, { apiKey: 'sandbox-full-key' });
  });

  test('the dashboard figures match what the sandbox holds and link to the filtered list', async ({ page }) => {
    const rows = await sandboxRows();
    const now = Date.now();
    const expired = rows.filter((r) => r.expires < now).length;
    const within30 = rows.filter((r) => r.expires >= now && r.expires <= now + 30 * DAY).length;
    const com = rows.filter((r) => r.domain.endsWith('.com')).length;
    const balance = await dmapi('query-account-balance', {});
    const available = Number(balance.slice(balance.indexOf('\n\n') + 2).split('\n')[0]?.split('\t')[0]);

    await page.goto('/');
    await expect(page.getByRole('link', { name: `Domains: ${rows.length}` })).toBeVisible();
    await expect(page.getByRole('link', { name: `Expired: ${expired}` })).toBeVisible();
    await expect(page.getByRole('link', { name: `Expiring within 30 days: ${within30}` })).toBeVisible();
    await expect(page.getByRole('link', { name: `.com: ${com}` })).toBeVisible();
    await expect(page.getByText(`${available.toLocaleString('en', { minimumFractionDigits: 2 })} EUR`).first()).toBeVisible();
    await expect(page.getByRole('figure', { name: 'Renewal spend per week against the balance' })).toBeVisible();

    await page.getByRole('link', { name: `Expiring within 30 days: ${within30}` }).click();
    await expect(page).toHaveURL(/\/domains\?exp=30&sort=expires/);
    await expect(page.locator('#domain-count')).toHaveText(`${within30} of ${rows.length} domains`);
  });

  test('an overview section whose read fails says why with "Try again"; the rest is there, and Try again fills it', async ({ page }) => {
    const verifications = page.getByRole('region', { name: 'Verifications nearest their deadline' });
    // The overview of the sign-in has read its sections; the next wa-email-list (and its one retry) fail.
    await expect(verifications.locator('[aria-busy]')).toHaveCount(0);
    await injectFault('wa-email-list', 'http500', 2);
    await page.goto('/');
    const failure = verifications.getByRole('alert');
    await expect(failure).toContainText(/could not|not reach|unavailable/i);
    await expect(page.getByRole('group', { name: 'Account balance' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Expirations' })).toBeVisible();
    await failure.getByRole('button', { name: 'Try again' }).click();
    await expect(verifications.getByRole('alert')).toHaveCount(0);
    await expect(verifications.getByRole('list').or(verifications.getByText('No owner e-mails waiting for verification.'))).toBeVisible();
  });

  test('filters, glob, sort and CSV; the filter state lives in the URL', async ({ page }) => {
    const rows = await sandboxRows();
    const aDe = rows.filter((r) => /^a.*\.de$/.test(r.domain));
    await page.goto('/domains');
    await expect(page.locator('#domain-count')).toHaveText(`${rows.length} domains`);

    await expect(page.getByLabel('Name or pattern')).toHaveAttribute('data-ready', '');
    await page.getByLabel('Name or pattern').fill('a*.de');
    await expect(page.locator('#domain-count')).toHaveText(`${aDe.length} of ${rows.length} domains`);
    await expect(page).toHaveURL(/q=a\*\.de/);

    await page.getByLabel('Lock').selectOption('yes');
    const locked = aDe.filter((r) => r.status.includes('lock'));
    await expect(page.locator('#domain-count')).toHaveText(`${locked.length} of ${rows.length} domains`);

    await page.getByRole('button', { name: 'Expiration' }).click();
    await expect(page).toHaveURL(/sort=expires/);
    const earliest = [...locked].sort((x, y) => x.expires - y.expires || x.domain.localeCompare(y.domain))[0];
    if (earliest) await expect(page.getByRole('row').nth(1)).toContainText(earliest.domain);

    // A bookmark brings the same view back.
    await page.reload();
    await expect(page.getByLabel('Name or pattern')).toHaveValue('a*.de');
    await expect(page.getByLabel('Lock')).toHaveValue('yes');
    await expect(page.locator('#domain-count')).toHaveText(`${locked.length} of ${rows.length} domains`);
    await expect(page.getByRole('columnheader', { name: 'Expiration' })).toHaveAttribute('aria-sort', 'ascending');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const csv = readFileSync(await (await download).path(), 'utf8').trim().split('\n');
    expect(csv[0]).toBe('domain,domain_unicode,tld,expiration,locked,autorenew,privacy,privacy_expiration,own_role,confirmed_grants,pending_invitations');
    expect(csv.slice(1).map((l) => l.split(',')[0]).sort()).toEqual(locked.map((r) => r.domain).sort());
  });

  test('typing writes the URL once it pauses; a domain opened at once still comes back filtered', async ({ page }) => {
    const rows = await sandboxRows();
    const first = [...rows].sort((x, y) => x.domain.localeCompare(y.domain))[0]!;
    const prefix = first.domain.slice(0, 3);
    const matching = rows.filter((r) => r.domain.includes(prefix));
    await page.goto('/domains?sort=domain');
    await expect(page.locator('#domain-count')).toHaveText(`${rows.length} domains`);
    const box = page.getByLabel('Name or pattern');
    // Typing: the list follows every keystroke, the URL the pause after the last one.
    await expect(box).toHaveAttribute('data-ready', '');
    await box.pressSequentially(prefix);
    await expect(page.locator('#domain-count')).toHaveText(`${matching.length} of ${rows.length} domains`);
    await expect(page).toHaveURL(new RegExp(`q=${prefix}`));
    // One more character and straight onto a domain (no pause): the press on the link writes the URL first.
    await box.press('Backspace');
    const shorter = prefix.slice(0, 2);
    await expect(page.locator('#domain-count')).toHaveText(`${rows.filter((r) => r.domain.includes(shorter)).length} of ${rows.length} domains`);
    await page.getByRole('row').nth(1).getByRole('link').click();
    await expect(page).toHaveURL(/\/domains\/[^/?]+$/);
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`/domains\\?q=${shorter}$`));
    await expect(box).toHaveValue(shorter);
  });

  test('keyboard: arrows move, Enter opens the domain page', async ({ page }) => {
    await page.goto('/domains?sort=domain');
    const grid = page.getByRole('grid', { name: 'Domains' });
    await grid.focus();
    await page.keyboard.press('ArrowDown');
    const second = (await page.getByRole('row').nth(2).getByRole('gridcell').nth(1).innerText()).trim();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/domains\/[^/?]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(second);
  });
});
