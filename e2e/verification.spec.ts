import type { Browser, Page } from '@playwright/test';
import { baseURL, sandboxURL } from '../playwright.config';
import { expect, signIn, signOut, test } from './helpers/fixtures';
import { advanceClock, replyBody, sandboxDmapi } from './helpers/sandbox';
import { axeClean, domainsForOwnerChange, emailStatus, fillContact, outbox, ownerHandle, pendingEmails, singleVerificationEmail, verificationKey } from './helpers/verification';

/**
 * The whois verification workspace (staff with the `verification` role) and the public /verify and /cor pages
 * (owners from e-mail), against the sandbox: its pending list, its outbox and its clock.
 */
const STAFF_KEY = 'sandbox-modify-key';

async function staffPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, { apiKey: STAFF_KEY });
  return page;
}

/** The owner changes a domain's owner through the domain page's owner section, as a person does. */
async function changeOwner(page: Page, domain: string, who: { name: string; email: string }): Promise<void> {
  await signIn(page, { apiKey: 'sandbox-full-key' });
  await page.goto(`/domains/${domain}`);
  const section = page.getByRole('region', { name: 'Owner' });
  await section.getByRole('button', { name: 'Change owner…' }).click();
  const form = section.getByRole('form', { name: `New owner of ${domain}` });
  await fillContact(form, { ...who, 'address-1': 'Am Markt 1', city: 'Bremen', 'postal-code': '28195', country: 'DE', phone: '+49 421 1234567' });
  await form.getByRole('button', { name: 'Change owner…' }).click();
  await page.getByRole('dialog', { name: `Change the owner of ${domain}?` }).getByRole('button', { name: 'Send the owner change' }).click();
  await expect(section.getByRole('status').filter({ hasText: `Change the owner of ${domain}` })).toContainText(/Proc-ID \d+/, { timeout: 30_000 });
  await signOut(page);
}

test.describe.configure({ mode: 'serial' });

test.describe('whois verification', () => {
  // Long flows (sign-ins as three people, a domain page with its owner form) on a machine shared with other runs.
  test.setTimeout(360_000);

  // Back to the sandbox default for the other specs: the modify-only key signs in as Support again.
  test.afterAll(async ({ browser }) => {
    const page = await (await browser.newContext()).newPage();
    await signIn(page, { apiKey: 'sandbox-full-key' });
    await page.goto('/settings');
    // The save button works once the form is hydrated.
    await expect(page.getByRole('form', { name: 'Change the role of Wanda Workspace' })).toHaveAttribute('data-ready', '', { timeout: 30_000 });
    await page.getByLabel('Role of Wanda Workspace', { exact: true }).selectOption('support');
    await page.getByRole('button', { name: 'Save role of Wanda Workspace' }).click();
    await expect(page.getByRole('row', { name: /Wanda Workspace/ }).getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Role of Wanda Workspace', { exact: true })).toHaveValue('support');
    await page.context().close();
  });

  test('the owner sets up the public pages and a verification staff member; the staff member sees only the workspace', async ({ page, browser }) => {
    await signIn(page, { apiKey: 'sandbox-full-key' });
    await page.goto('/settings');
    const section = page.getByRole('region', { name: 'Public pages' });
    await expect(section.getByText(`${baseURL}/verify?key=`)).toBeVisible();
    await expect(section.getByText(`${baseURL}/cor?key=`)).toBeVisible();

    const identity = section.getByRole('form', { name: 'Public identity' });
    await identity.getByLabel('Business name').fill('Example Domains GmbH');
    // The panel's own icon stands in for the reseller's logo (the sandbox may fetch from this machine).
    await identity.getByLabel('Logo address (optional)').fill(`${baseURL}/icon-192.png`);
    await identity.getByRole('button', { name: 'Save identity' }).click();
    await expect(identity.getByRole('status')).toContainText('Saved; the logo (image/png');

    const credential = section.getByRole('form', { name: 'Service credential' });
    // A key of no account is refused in words, and nothing is stored. (A rerun on a kept database finds a key set.)
    const keyField = credential.getByLabel(/^(API key for the public pages|Replace with another API key)$/);
    const keyButton = credential.getByRole('button', { name: /^(Use this key|Replace key)$/ });
    await keyField.fill('not-a-real-key');
    await keyButton.click();
    await expect(credential.getByText('Joker.com did not accept this API key.').first()).toBeVisible();
    await keyField.fill('sandbox-full-key');
    await keyButton.click();
    await expect(section.getByText(/In use: a key of .* \(@full\)/)).toBeVisible();
    await expect(section.getByLabel('Replace with another API key')).toHaveValue('');
    // Removing the key says so after the refresh that takes the button away; the key is then set again for the flows below.
    await section.getByRole('button', { name: 'Remove key' }).click();
    await page.getByRole('dialog', { name: 'Remove the service credential?' }).getByRole('button', { name: 'Remove key' }).click();
    await expect(section.getByText(/^None: the public pages/)).toBeVisible();
    await expect(section.getByRole('status').filter({ hasText: /^Removed\.$/ })).toBeVisible();
    await keyField.fill('sandbox-full-key');
    await keyButton.click();
    await expect(section.getByText(/In use: a key of .* \(@full\)/)).toBeVisible();
    await expect(section.getByRole('status').filter({ hasText: /^Removed\.$/ })).toHaveCount(0);
    await axeClean(page);

    const register = page.getByRole('form', { name: 'Register a staff member' });
    await register.getByLabel('Name').fill('Wanda Workspace');
    await register.getByLabel('Role').selectOption('verification');
    await register.getByLabel('API key').fill(STAFF_KEY);
    await register.getByRole('button', { name: 'Register' }).click();
    await expect(register.getByRole('status')).toHaveText('Registered Wanda Workspace.');
    await signOut(page);

    const staff = await staffPage(browser);
    await expect(staff).toHaveURL(/\/verification$/);
    // The navigation is the workspace alone; the account menu has the role and sign-out.
    const nav = staff.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Verification' })).toBeVisible();
    expect((await nav.getByRole('link').allInnerTexts()).map((t) => t.trim())).toEqual(['Verification']);
    await staff.getByRole('button', { name: /^Account menu:/ }).click();
    await expect(staff.getByRole('menu')).toContainText('Role: Verification');
    await expect(staff.getByRole('menuitem', { name: 'Sign out' })).toBeVisible();
    await staff.keyboard.press('Escape');
    // Every other area is refused, pages and the routes behind them alike.
    for (const [path, reason] of [
      ['/domains', 'cannot view domains'],
      ['/results', 'cannot view results'],
      ['/settings', 'cannot view the audit log'],
    ] as const) {
      await staff.goto(path);
      await expect(staff).toHaveURL(/\/denied\?area=/);
      await expect(staff.getByText(reason).first()).toBeVisible();
    }
    await staff.goto('/');
    await expect(staff).toHaveURL(/\/verification$/);
    expect((await staff.request.get('/api/results')).status()).toBe(403);

    // The list is the sandbox's pending list, one row per address, nearest deadline first.
    await staff.goto('/verification?refresh=1');
    const expected = (await pendingEmails()).slice(0, 50);
    const table = staff.getByRole('table', { name: 'Owner e-mails waiting for verification' });
    // The list streams in after the page's shell: wait for its rows before reading them.
    const addresses = table.getByRole('row').locator('a[href^="/verification/email/"]');
    await expect(addresses).toHaveCount(expected.length);
    const shown = (await addresses.allTextContents()).map((t) => t.trim().toLowerCase());
    expect(shown).toEqual(expected);
    await axeClean(staff);
    await staff.context().close();
  });

  test('a resend puts the mail in the outbox and the history; the owner answers yes on /verify and the entry leaves the list', async ({ page, browser }) => {
    await signIn(page, { apiKey: STAFF_KEY });
    const staff = page;
    const [email] = await pendingEmails();
    if (!email) throw new Error('the sandbox seed has no pending verification');
    await staff.goto(`/verification/email/${encodeURIComponent(email)}`);
    const before = (await outbox())[0]?.id ?? 0;
    await staff.getByRole('button', { name: 'Resend the verification e-mail' }).first().click();
    await expect(staff.getByText('1 e-mail sent again.').first()).toBeVisible();
    const mail = (await outbox()).find((m) => m.id > before && m.kind === 'verification' && m.to.toLowerCase() === email);
    expect(mail?.links?.[0]).toMatch(/^\/verify\?key=/);
    await staff.reload();
    await expect(staff.getByText(/resent/i).first()).toBeVisible();
    await axeClean(staff);

    // The owner opens the link from the mail (no session), answers yes and confirms.
    const owner = await (await browser.newContext()).newPage();
    const landing = await owner.goto(mail?.links?.[0] ?? '/verify');
    // The key is in the URL: no page of ours hands its path or query on (strict-origin, next.config.mjs).
    expect(landing?.headers()['referrer-policy']).toBe('strict-origin');
    await expect(owner.getByText('Example Domains GmbH').first()).toBeVisible();
    // The logo is the panel's copy, a data: URL: the page loads nothing from the logo's server.
    await expect(owner.getByRole('img', { name: 'Example Domains GmbH logo' })).toHaveAttribute('src', /^data:image\/png;base64,/);
    await expect(owner.getByText(email).first()).toBeVisible();
    await axeClean(owner, 'body');
    await owner.getByRole('button', { name: 'Yes, this is correct' }).click();
    await axeClean(owner, 'body');
    await owner.getByRole('button', { name: 'Confirm', exact: true }).click();
    await expect(owner.getByText('Thank you: your e-mail address is confirmed')).toBeVisible();
    expect(await emailStatus(email)).toBe('verified');
    expect(await pendingEmails()).not.toContain(email);

    // The same link again: it says so, and offers no answer.
    await owner.reload();
    await expect(owner.getByText(/Already confirmed|This key was not accepted|This key is unknown/).first()).toBeVisible();
    await expect(owner.getByRole('button', { name: 'Yes, this is correct' })).toHaveCount(0);
    await owner.context().close();

    await staff.goto('/verification?refresh=1');
    await expect(staff.getByRole('link', { name: email, exact: true })).toHaveCount(0);
    await staff.goto('/verification?state=verified');
    await expect(staff.getByRole('link', { name: email, exact: true })).toBeVisible();
  });

  test('a "no" on /verify marks the address invalid; bad keys are explained', async ({ page, browser }) => {
    const email = await singleVerificationEmail();
    const owner = await (await browser.newContext()).newPage();
    await owner.goto(`/verify?key=${await verificationKey(email)}`);
    await owner.getByRole('button', { name: 'No, this is not correct' }).click();
    await owner.getByRole('button', { name: 'Yes, it is not correct' }).click();
    await expect(owner.getByText('Recorded: the address is not correct')).toBeVisible();
    expect(await emailStatus(email)).toBe('invalid');
    // Opened again, the link says it was answered "no" (an expired one says so in other words: the last test).
    await owner.reload();
    await expect(owner.getByText('Already answered: not correct')).toBeVisible();
    await expect(owner.getByText('This link has expired')).toHaveCount(0);
    await expect(owner.getByRole('button', { name: 'No, this is not correct' })).toHaveCount(0);

    await owner.goto('/verify');
    await expect(owner.getByText('Open the link from your e-mail')).toBeVisible();
    await owner.goto('/verify?key=%3Cscript%3E');
    await expect(owner.getByText('This link is damaged')).toBeVisible();
    await owner.goto(`/verify?key=${'0'.repeat(32)}`);
    await expect(owner.getByText('This key is unknown')).toBeVisible();
    await axeClean(owner, 'body');
    await owner.context().close();

    await signIn(page, { apiKey: STAFF_KEY });
    const staff = page;
    await staff.goto('/verification?refresh=1');
    await expect(staff.getByRole('link', { name: email, exact: true })).toHaveCount(0);
    await staff.goto('/verification?state=refused');
    await expect(staff.getByRole('link', { name: email, exact: true })).toBeVisible();
  });

  test('an owner change on the domain page mails COR keys; the staff list shows it waiting; /cor confirms it and the owner changes', async ({ page, browser }) => {
    const [domain] = await domainsForOwnerChange();
    if (!domain) throw new Error('the sandbox seed has no .com domain for an owner change');
    const ownerBefore = await ownerHandle(domain);
    const before = (await outbox())[0]?.id ?? 0;
    await changeOwner(page, domain, { name: 'Nina Neuhaus', email: 'nina.neuhaus@example.test' });
    const mails = (await outbox()).filter((m) => m.id > before && m.kind === 'cor' && m.domain === domain);
    expect(mails.map((m) => m.to).sort()).toEqual(expect.arrayContaining(['nina.neuhaus@example.test']));
    expect(mails).toHaveLength(2);
    expect(await ownerHandle(domain)).toBe(ownerBefore);

    // The verification staff member sees the pending change in the workspace.
    const staff = await staffPage(browser);
    await staff.goto('/verification/cor');
    const row = staff.getByRole('row').filter({ hasText: domain });
    await expect(row).toContainText('Waiting for the registrants');
    await expect(row).toContainText('Nina Neuhaus');
    await axeClean(staff);

    // The new owner opens the link from the mail, confirms, and the domain has a new owner at the sandbox.
    const owner = await (await browser.newContext()).newPage();
    const link = mails.find((m) => m.to === 'nina.neuhaus@example.test')?.links?.[0] ?? '';
    expect(link).toMatch(/^\/cor\?key=/);
    const landing = await owner.goto(link);
    expect(landing?.headers()['referrer-policy']).toBe('strict-origin');
    await expect(owner.getByText(/60 days/).first()).toBeVisible();
    await axeClean(owner, 'body');
    await owner.getByRole('button', { name: 'Confirm the change' }).click();
    await owner.getByRole('button', { name: 'Yes, confirm' }).click();
    await expect(owner.getByText('Thank you: the change is confirmed')).toBeVisible();
    const ownerAfter = await ownerHandle(domain);
    expect(ownerAfter).toBeTruthy();
    expect(ownerAfter).not.toBe(ownerBefore);
    expect(replyBody(await sandboxDmapi('query-whois', { domain }))).toContain('Nina Neuhaus');

    // The other key of the same change is spent now: refused in words.
    await owner.goto(mails.find((m) => m.to !== 'nina.neuhaus@example.test')?.links?.[0] ?? '/cor');
    await owner.getByRole('button', { name: 'Confirm the change' }).click();
    await owner.getByRole('button', { name: 'Yes, confirm' }).click();
    await expect(owner.getByText('This key was not accepted')).toBeVisible();
    await owner.context().close();

    await staff.reload();
    await expect(staff.getByRole('row').filter({ hasText: domain })).toContainText('Confirmed and carried out');
    await staff.context().close();
  });

  test('a second owner change refused on /cor leaves the owner as it was; the staff list shows it refused', async ({ page, browser }) => {
    const [domain] = await domainsForOwnerChange();
    if (!domain) throw new Error('the sandbox seed has no .com domain for an owner change');
    const ownerBefore = await ownerHandle(domain);
    const before = (await outbox())[0]?.id ?? 0;
    await changeOwner(page, domain, { name: 'Rolf Refused', email: 'rolf.refused@example.test' });
    const mail = (await outbox()).find((m) => m.id > before && m.kind === 'cor' && m.domain === domain && m.to !== 'rolf.refused@example.test');
    expect(mail?.links?.[0]).toMatch(/^\/cor\?key=/);

    // The current owner refuses.
    const owner = await (await browser.newContext()).newPage();
    await owner.goto(mail?.links?.[0] ?? '/cor');
    await owner.getByRole('button', { name: 'Refuse the change' }).click();
    await owner.getByRole('button', { name: 'Yes, refuse' }).click();
    await expect(owner.getByText('The change is refused', { exact: true })).toBeVisible();
    await owner.context().close();
    expect(await ownerHandle(domain)).toBe(ownerBefore);
    expect(replyBody(await sandboxDmapi('query-whois', { domain }))).not.toContain('Rolf Refused');

    const staff = await staffPage(browser);
    await staff.goto('/verification/cor');
    const row = staff.getByRole('row').filter({ hasText: domain });
    await expect(row).toContainText('Refused or expired');
    await expect(row).toContainText('was refused');
    await staff.context().close();
  });

  test('a deadline passing on the sandbox clock shows the address as lapsed, and its link says it has expired', async ({ page, browser }) => {
    const before = await pendingEmails();
    // Past the nearest deadline, until an address has lapsed for good (a transfer completing meanwhile can start a
    // new verification for the same address: it then stays pending, rightly).
    let email = '';
    for (let round = 0; round < 5 && !email; round++) {
      const first = replyBody(await sandboxDmapi('wa-email-list')).split('\n')[0]?.split('\t')[2] ?? '';
      const { now } = (await (await fetch(`${sandboxURL}/_sandbox/clock`)).json()) as { now: string };
      await advanceClock(Math.ceil((Date.parse(first) - Date.parse(now)) / 1000) + 60);
      for (const e of before) if ((await emailStatus(e)) === 'invalid') email ||= e;
    }
    expect(email).not.toBe('');

    await signIn(page, { apiKey: STAFF_KEY });
    const staff = page;
    await staff.goto('/verification?refresh=1');
    await expect(staff.getByRole('link', { name: email, exact: true })).toHaveCount(0);
    await staff.goto('/verification?state=lapsed');
    const row = staff.getByRole('row').filter({ has: staff.getByRole('link', { name: email, exact: true }) });
    await expect(row.getByText('Lapsed: deadline passed unverified')).toBeVisible();

    // The owner's link now says it has expired, not that it was answered "no".
    const owner = await (await browser.newContext()).newPage();
    await owner.goto(`/verify?key=${await verificationKey(email)}`);
    await expect(owner.getByText('This link has expired')).toBeVisible();
    await expect(owner.getByText('Already answered: not correct')).toHaveCount(0);
    await expect(owner.getByRole('button', { name: 'Yes, this is correct' })).toHaveCount(0);
    await owner.context().close();
  });
});
