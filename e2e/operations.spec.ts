import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { baseURL, sandboxURL } from '../playwright.config';
import { expect as baseExpect, signIn, test } from './helpers/fixtures';
import { injectFault, replyBody, sandboxDmapi } from './helpers/sandbox';

// Six sessions share two cores: a page can take longer than the default 10 s to answer.
const expect = baseExpect.configure({ timeout: 30_000 });

async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).include('main').analyze();
  expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
}

/** Unlocked production domains of the seeded portfolio. */
async function unlockedDomains(n: number): Promise<string[]> {
  const body = replyBody(await sandboxDmapi('query-domain-list', { showstatus: '1' }));
  const out: string[] = [];
  for (const line of body.split('\n')) {
    const [name, , status] = line.split(/\s+/);
    const flags = (status ?? '').split(',');
    if (name && !name.startsWith('xn--') && flags.includes('production') && !flags.includes('lock')) out.push(name);
    if (out.length === n) break;
  }
  return out;
}

/** Lock a domain from its page and wait for Joker's answer; returns the Proc-ID the panel showed. */
async function lockFromPanel(page: Page, domain: string, outcome: RegExp): Promise<string> {
  await page.goto(`/domains/${domain}`);
  const settings = page.getByRole('region', { name: 'Settings' });
  await settings.getByRole('button', { name: 'Lock', exact: true }).click();
  const status = settings.getByRole('status').filter({ hasText: `Lock ${domain}` });
  await expect(status).toContainText(/Proc-ID \d+/);
  const procId = /Proc-ID (\d+)/.exec((await status.textContent()) ?? '')?.[1] ?? '';
  await expect(status).toContainText(outcome, { timeout: 30_000 });
  return procId;
}

test.describe('operations', () => {
  test.setTimeout(180_000);

  // A freshly started server answers its first panel page slowly on a loaded machine: load the sign-in page once first.
  test.beforeAll(async ({ browser }) => {
    const context = await browser.newContext({ baseURL });
    await (await context.newPage()).goto('/login', { timeout: 60_000 });
    await context.close();
  });

  test('the inbox shows an acked and a refused request with who caused them; detail, then delete', async ({ page }) => {
    const [good, bad] = await unlockedDomains(2);
    await signIn(page, { apiKey: 'sandbox-full-key' });
    const okId = await lockFromPanel(page, good ?? '', /ack/);
    const fault = await fetch(`${sandboxURL}/_sandbox/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ request: 'domain-lock', mode: 'nack', count: 1 }),
    });
    expect(fault.ok).toBe(true);
    const nackId = await lockFromPanel(page, bad ?? '', /nack/);

    await page.goto(`/results?procId=${okId}`);
    const table = page.getByRole('table', { name: 'Queued requests' });
    const okRow = table.getByRole('row', { name: new RegExp(`^Select Proc-ID ${okId} `) });
    await expect(okRow).toContainText('domain-lock');
    await expect(okRow).toContainText('ack');
    await expect(okRow).toContainText('You');
    await axe(page);

    // The status filter: the refused one is among the nacks, caused by this user.
    await page.goto('/results?status=nack');
    const nackRow = page.getByRole('table', { name: 'Queued requests' }).getByRole('row', { name: new RegExp(`^Select Proc-ID ${nackId} `) });
    await expect(nackRow).toContainText('nack');
    await expect(nackRow).toContainText('You');
    await expect(nackRow).toContainText(bad ?? '');

    // A bad filter is refused with its reason and nothing is asked.
    await page.goto('/results?procId=abc');
    await expect(page.getByText('A Proc-ID is a number')).toBeVisible();

    // Detail of the acked one, then delete its reply: Joker keeps only its status afterwards.
    await page.goto(`/results/${okId}`);
    await expect(page.getByRole('heading', { level: 1, name: `Proc-ID ${okId}` })).toBeVisible();
    await expect(page.getByRole('group', { name: 'The queued request' })).toContainText(good ?? '');
    await expect(page.getByRole('region', { name: 'Caused by' })).toContainText('You');
    await axe(page);
    expect(replyBody(await sandboxDmapi('result-retrieve', { 'proc-id': okId }))).toContain('Request-Type');
    await page.getByRole('button', { name: 'Delete reply' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete reply' }).click();
    await expect(page).toHaveURL(/\/results$/);
    expect(replyBody(await sandboxDmapi('result-retrieve', { 'proc-id': okId }))).not.toContain('Request-Type');

    // The overview says a nack happened and links to it.
    await page.goto('/', { waitUntil: 'commit' });
    await expect(page.getByRole('link', { name: 'Review the refused requests' })).toBeVisible({ timeout: 30_000 });
  });

  test('the account page shows version, TLDs, the key’s requests and properties; the owner changes the autorenew default', async ({ page }) => {
    await signIn(page, { apiKey: 'sandbox-full-key' });
    await page.goto('/account');
    const dmapi = page.getByRole('group', { name: 'DMAPI' });
    await expect(dmapi).toContainText(/Version\s*\d+\.\d+/);
    await expect(page.getByRole('list', { name: 'TLDs this account may use' })).toContainText('.com');
    await page.getByText(/\d+ requests \(query-request-list\)/).click();
    await expect(page.getByRole('list', { name: 'Requests this API key may send' })).toContainText('domain-register');
    await expect(page.getByRole('group', { name: 'Balance' })).toContainText('Available');
    await axe(page);

    const read = async () => /user\.property\.autorenew:\s*(\d)/.exec(await sandboxDmapi('user-get-property', { pname: 'autorenew', ptype: 'property' }))?.[1];
    const before = await read();
    const form = page.getByRole('form', { name: 'Autorenew default' });
    await form.getByRole('button', { name: /Turn the default (on|off)/ }).click();
    await expect(form.getByText(/now default to autorenew (on|off)/)).toBeVisible();
    const after = await read();
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    await form.getByRole('button', { name: /Turn the default (on|off)/ }).click();
    await expect.poll(read).toBe(before);
  });

  test('a read-only key sees the autorenew default but cannot change it', async ({ page }) => {
    await signIn(page, { apiKey: 'sandbox-readonly-key' });
    await page.goto('/account');
    await expect(page.getByRole('form', { name: 'Autorenew default' }).getByRole('button')).toBeDisabled();
  });

  test('orders: filters, totals and the CSV match the sandbox’s orders; a window over 90 days is explained', async ({ page }) => {
    await signIn(page, { apiKey: 'sandbox-full-key' });
    await page.goto('/orders');
    await expect(page.getByRole('heading', { name: /Totals: \d+ orders? in the last 30 days/ })).toBeVisible();
    await axe(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const ours = (await readFile((await (await download).path()) ?? '', 'utf8')).trim().split('\r\n').slice(1).map((l) => l.split(',')[0]);
    const joker = replyBody(await sandboxDmapi('query-order-list', {})).trim().split('\n').filter(Boolean).map((l) => l.split('\t')[0]);
    expect(ours.length).toBeGreaterThan(0);
    expect(ours).toEqual(joker);

    await page.getByLabel('Type').selectOption('renew');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/type=renew/);
    const renewals = replyBody(await sandboxDmapi('query-order-list', { type: 'renew' })).trim().split('\n').filter(Boolean);
    await expect(page.getByRole('heading', { name: new RegExp(`Totals: ${renewals.length} orders? in`) })).toBeVisible();

    await page.goto('/orders?after=2026-01-01&before=2026-06-30');
    await expect(page.getByText('Joker lists at most 90 days at once')).toBeVisible();
  });

  test('orders: a failed read says why with Try again, the filters stay usable, and Try again shows the orders', async ({ page }) => {
    await signIn(page, { apiKey: 'sandbox-full-key' });
    // The read and its one retry fail.
    await injectFault('query-order-list', 'http500', 2);
    await page.goto('/orders');
    await expect(page.getByRole('heading', { name: 'Orders', level: 1 })).toBeVisible();
    const failure = page.getByRole('alert').filter({ hasText: /Joker|DMAPI/ });
    await expect(failure).toBeVisible();
    await expect(page.getByLabel('Type')).toBeEnabled();
    await failure.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { name: /Totals: \d+ orders? in the last 30 days/ })).toBeVisible();
    await expect(failure).toHaveCount(0);
  });

  test('prices: a promotion TLD shows its promo price beside the standard one', async ({ page }) => {
    await signIn(page, { apiKey: 'sandbox-full-key' });
    await page.goto('/prices');
    const table = page.getByRole('table', { name: 'Prices per TLD' });
    const promoRow = table.getByRole('row').filter({ has: page.getByText('promo', { exact: true }) }).first();
    await expect(promoRow).toBeVisible();
    // The cell reads ".compromo": the TLD, then its badge.
    const tld = /^\.([a-z0-9.-]+?)promo$/.exec(((await promoRow.getByRole('cell').first().textContent()) ?? '').trim())?.[1] ?? '';
    expect(tld).not.toBe('');
    expect(replyBody(await sandboxDmapi('query-promos-list', { type: 'all' }))).toContain(tld);
    const promos = page.getByRole('region', { name: /(Running|Coming) promotions/ }).filter({ hasText: `.${tld}` });
    await expect(promos.first()).toContainText(/Flex|Exact/);
    await axe(page);
  });
});
