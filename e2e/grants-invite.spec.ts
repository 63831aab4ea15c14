import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { baseURL } from '../playwright.config';
import { saveZone, zoneLines } from './zones-helpers';
import { expect, signIn, test } from './helpers/fixtures';
import { replyBody, sandboxDmapi } from './helpers/sandbox';

/** The domain's grants-list lines as the sandbox holds them: [kind, role, e-mail]. */
async function grantsOf(domain: string): Promise<string[][]> {
  const body = replyBody(await sandboxDmapi('grants-list', { domain }));
  return body
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const f = line.split(/\s+/);
      const at = f.indexOf('domain', 3);
      return [f[0]!, f[at + 2]!, f[at + 7]!];
    });
}

/** Production domains of the reseller that nobody holds a role on yet (the sandbox seeds a few grants). */
async function freeDomains(count: number, skip: string[] = []): Promise<string[]> {
  const body = replyBody(await sandboxDmapi('query-domain-list', { showstatus: '1' }));
  const out: string[] = [];
  for (const line of body.split('\n')) {
    const [name, , status] = line.split(/\s+/);
    if (!name || name.startsWith('xn--') || skip.includes(name) || !(status ?? '').includes('production')) continue;
    if ((await grantsOf(name)).length === 0) out.push(name);
    if (out.length === count) break;
  }
  if (out.length < count) throw new Error('not enough free domains in the seed');
  return out;
}

async function noSeriousAxe(page: Page) {
  const axe = await new AxeBuilder({ page }).include('main').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
}

/** On the domain page, invites an address to a role; returns the panel landing link shown. */
async function invite(page: Page, domain: string, email: string, role = '@tech'): Promise<string> {
  await page.goto(`/domains/${domain}`);
  const form = page.getByRole('form', { name: `Invite someone to a role on ${domain}` });
  await form.getByLabel('E-mail address').fill(email);
  await form.getByLabel('Role').selectOption(role);
  await form.getByRole('button', { name: 'Invite' }).click();
  const link = page.getByRole('textbox', { name: `panel link for ${email}`, exact: true });
  await expect(link).toHaveValue(/\/invite\/[A-Za-z0-9_-]{43}$/);
  return new URL(await link.inputValue()).pathname;
}

/**
 * The customer's own browser. The reseller stays signed in in theirs: no service credential is designated in this
 * run, so Accept acts through a live panel session of the reseller account (lib/grants/reseller-client.ts; the
 * service credential's path is tested in lib/grants/grants.db.test.ts).
 */
async function customerPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  return context.newPage();
}

async function signInOnLanding(page: Page, apiKey: string) {
  const form = page.getByRole('form', { name: 'Sign in to accept' });
  await form.getByRole('tab', { name: 'API key' }).click();
  await form.getByRole('textbox', { name: 'API key', exact: true }).fill(apiKey);
  await form.getByRole('button', { name: 'Sign in with Joker.com' }).click();
}

test.describe('grants: invitations accepted in the panel', () => {
  test.setTimeout(180_000);

  test('the reseller invites the customer as @tech; the customer accepts on the landing page; the grant is active', async ({ page: reseller, browser }) => {
    const [domain] = await freeDomains(1);
    await signIn(reseller, { apiKey: 'sandbox-full-key' });
    const path = await invite(reseller, domain!, 'customer@sandbox.test');
    expect(await grantsOf(domain!)).toEqual([['invitation', '@tech', 'customer@sandbox.test']]);
    const section = reseller.getByRole('region', { name: 'Grants' });
    await expect(section.getByRole('cell', { name: 'customer@sandbox.test' }).first()).toBeVisible();
    await noSeriousAxe(reseller);

    const page = await customerPage(browser);

    await page.goto(path);
    await expect(page.getByRole('heading', { name: `Invitation to ${domain}` })).toBeVisible();
    await expect(page.getByText('may edit the DNS zone and change the name servers')).toBeVisible();
    await noSeriousAxe(page);
    await signInOnLanding(page, 'sandbox-customer-key');
    await expect(page.getByText('You are signed in as customer@sandbox.test.')).toBeVisible();
    await page.getByRole('button', { name: 'Accept the invitation' }).click();
    await expect(page.getByText(`Accepted: you now hold @tech on ${domain}`)).toBeVisible();
    expect(await grantsOf(domain!)).toEqual([['grant', '@tech', 'customer@sandbox.test']]);

    // The customer's area: the domain with @tech, the zone editor linked, renewing refused in words.
    await page.getByRole('link', { name: 'Go to My domains' }).click();
    const row = page.getByRole('row').filter({ hasText: domain! });
    await expect(row.getByRole('cell', { name: '@tech', exact: true })).toBeVisible();
    await expect(row.getByRole('link', { name: `Edit the zone of ${domain}` })).toHaveAttribute('href', `/zones/${domain}`);
    await expect(row.getByText('Renew: needs @billing')).toBeVisible();
    await noSeriousAxe(page);

    // The customer edits that domain's zone with their @tech role: a TXT record, saved and held by the sandbox.
    await row.getByRole('link', { name: `Edit the zone of ${domain}` }).click();
    await expect(page.getByRole('heading', { name: `Zone ${domain}` })).toBeVisible({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Add record' }).click();
    const form = page.getByRole('form', { name: 'Add this record' });
    await form.getByLabel('Type').selectOption('TXT');
    await form.getByLabel('Name', { exact: true }).fill('customer-check');
    await form.getByLabel('Value', { exact: true }).fill('edited-by-customer');
    await form.getByRole('button', { name: 'Add this record' }).click();
    await saveZone(page, domain!, 'customer edit');
    expect((await zoneLines(domain!)).some((l) => l.startsWith('customer-check TXT') && l.includes('edited-by-customer'))).toBe(true);

    // The used link says so; the reseller sees the active grant and no pending invitation.
    await page.goto(path);
    await expect(page.getByText(/already been used/)).toBeVisible();
    await reseller.goto(`/domains/${domain}`);
    const grants = reseller.getByRole('region', { name: 'Grants' });
    await expect(grants.getByRole('button', { name: `Revoke @tech of customer@sandbox.test on ${domain}` })).toBeVisible();
    await expect(grants.getByRole('button', { name: /^Withdraw / })).toHaveCount(0);
    await page.context().close();
  });

  test('a mismatched account is refused with its reason; a withdrawn invitation’s link says so', async ({ page: reseller, browser }) => {
    const [domain] = await freeDomains(1);
    await signIn(reseller, { apiKey: 'sandbox-full-key' });
    const path = await invite(reseller, domain!, 'someone@example.com');
    const page = await customerPage(browser);
    await page.goto(path);
    await signInOnLanding(page, 'sandbox-customer-key');
    await expect(page.getByRole('alert').filter({ hasText: 'This invitation is for' })).toContainText('This invitation is for someone@example.com, but you are signed in as customer@sandbox.test.');
    await expect(page.getByRole('button', { name: 'Accept the invitation' })).toHaveCount(0);
    // Signing out here also forgets the zone edits this browser keeps (as the account menu's sign-out does).
    const switchAccount = page.getByRole('button', { name: 'Sign out and use another account' });
    await expect(switchAccount).toHaveAttribute('data-ready', '', { timeout: 30_000 });
    await page.evaluate(() => localStorage.setItem('zone-draft:example.com', JSON.stringify({ baseVersion: 'v', baseText: '', text: 'x' })));
    await switchAccount.click();
    await expect(page.getByRole('form', { name: 'Sign in to accept' })).toBeVisible();
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('zone-draft:')))).toEqual([]);
    expect(await grantsOf(domain!)).toEqual([['invitation', '@tech', 'someone@example.com']]);

    await reseller.goto(`/domains/${domain}`);
    // The kit's form carries data-ready once hydrated: a click before it would open no dialog.
    await expect(reseller.getByRole('form', { name: `Withdraw @tech of someone@example.com on ${domain}` })).toHaveAttribute('data-ready', '', { timeout: 30_000 });
    await reseller.getByRole('button', { name: `Withdraw @tech of someone@example.com on ${domain}` }).click();
    await reseller.getByRole('dialog').getByRole('button', { name: 'Withdraw' }).click();
    await expect(reseller.getByText(`The invitation of someone@example.com to @tech on ${domain} is withdrawn.`)).toBeVisible();
    // The refresh after the last revoke turns the table into its one sentence; what was said stays beside it.
    await expect(reseller.getByText('Nobody holds a role on this domain and nobody is invited.')).toBeVisible();
    await expect(reseller.getByText(`The invitation of someone@example.com to @tech on ${domain} is withdrawn.`)).toBeVisible();
    expect(await grantsOf(domain!)).toEqual([]);
    await page.goto(path);
    await expect(page.getByText(/was withdrawn .* and can no longer be accepted/)).toBeVisible();
    await page.context().close();
  });

  test('an unknown link reveals nothing', async ({ page }) => {
    await page.goto(`/invite/${'A'.repeat(43)}`);
    await expect(page.getByRole('heading', { name: 'Invitation not found' })).toBeVisible();
    await noSeriousAxe(page);
  });

  test('@creator asks for the typed domain name, then moves the domain to the customer on Accept', async ({ page: reseller, browser }) => {
    const [domain] = await freeDomains(1);
    await signIn(reseller, { apiKey: 'sandbox-full-key' });
    await reseller.goto(`/domains/${domain}`);
    const form = reseller.getByRole('form', { name: `Invite someone to a role on ${domain}` });
    await form.getByLabel('E-mail address').fill('customer@sandbox.test');
    await form.getByLabel('Role').selectOption('@creator');
    await form.getByRole('button', { name: 'Invite' }).click();
    const dialog = reseller.getByRole('dialog', { name: `Hand ${domain} over?` });
    await expect(dialog.getByRole('button', { name: 'Hand over' })).toBeDisabled();
    await dialog.getByRole('textbox').fill(domain!);
    await dialog.getByRole('button', { name: 'Hand over' }).click();
    const link = reseller.getByRole('textbox', { name: 'panel link for customer@sandbox.test', exact: true });
    await expect(link).toHaveValue(/\/invite\//);
    const path = new URL(await link.inputValue()).pathname;
    const page = await customerPage(browser);
    await page.goto(path);
    await expect(page.getByText(`Accepting moves ${domain} into your Joker.com account`)).toBeVisible();
    await signInOnLanding(page, 'sandbox-customer-key');
    await page.getByRole('button', { name: 'Accept the invitation' }).click();
    await expect(page.getByText(`Accepted: you now hold @creator on ${domain}`)).toBeVisible();
    expect(replyBody(await sandboxDmapi('query-domain-list', { pattern: domain! }))).not.toContain(domain);
    expect(replyBody(await sandboxDmapi('query-domain-list', { pattern: domain! }, 'sandbox-customer-key'))).toContain(domain);
    await page.context().close();
  });
});
