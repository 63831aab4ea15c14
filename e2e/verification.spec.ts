import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { baseURL, sandboxURL } from '../playwright.config';
import { expect, signIn, signOut, test } from './helpers/fixtures';
import { advanceClock, replyBody, sandboxDmapi } from './helpers/sandbox';

/**
 * The whois verification workspace (staff with the `verification` role) and the public /verify and /cor pages
 * (owners from e-mail), against the sandbox: its pending list, its outbox and its clock.
 */
interface Mail {
  id: number;
  to: string;
  kind: string;
  key?: string;
  domain?: string;
  links?: string[];
}

async function outbox(): Promise<Mail[]> {
  const res = await fetch(`${sandboxURL}/outbox`, { headers: { accept: 'application/json' } });
  return ((await res.json()) as { mails: Mail[] }).mails;
}

/** The sandbox's pending verifications, one address per entry, nearest deadline first (as wa-email-list gives them). */
async function pendingEmails(): Promise<string[]> {
  const out: string[] = [];
  for (const line of replyBody(await sandboxDmapi('wa-email-list')).split('\n')) {
    const email = line.split('\t')[0]?.toLowerCase();
    if (email && !out.includes(email)) out.push(email);
  }
  return out;
}

async function emailStatus(email: string): Promise<string> {
  return replyBody(await sandboxDmapi('wa-email-query-status', { email })).trim();
}

async function axeClean(page: Page, scope = 'main'): Promise<void> {
  const axe = await new AxeBuilder({ page }).include(scope).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
}

const STAFF_KEY = 'sandbox-modify-key';

async function staffPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, { apiKey: STAFF_KEY });
  return page;
}

test.describe.configure({ mode: 'serial' });

test.describe('whois verification', () => {
  test.setTimeout(240_000);

  // Back to the sandbox default for the other specs: the modify-only key signs in as Support again.
  test.afterAll(async ({ browser }) => {
    const page = await (await browser.newContext()).newPage();
    await signIn(page, { apiKey: 'sandbox-full-key' });
    await page.goto('/settings');
    await page.getByLabel('Role of Wanda Workspace', { exact: true }).selectOption('support');
    await page.getByRole('button', { name: 'Save role of Wanda Workspace' }).click();
    await expect(page.getByRole('row', { name: /Wanda Workspace/ }).getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
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
    await identity.getByRole('button', { name: 'Save identity' }).click();
    await expect(identity.getByRole('status')).toContainText('Saved');

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
    const nav = staff.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Verification' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Domains' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'Overview' })).toHaveCount(0);
    await staff.goto('/domains');
    await expect(staff.getByText(/cannot view domains/).first()).toBeVisible();

    // The list is the sandbox's pending list, one row per address, nearest deadline first.
    await staff.goto('/verification?refresh=1');
    const expected = (await pendingEmails()).slice(0, 50);
    const table = staff.getByRole('table', { name: 'Owner e-mails waiting for verification' });
    const shown = (await table.getByRole('row').locator('a[href^="/verification/email/"]').allTextContents()).map((t) => t.trim().toLowerCase());
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
    await owner.goto(mail?.links?.[0] ?? '/verify');
    await expect(owner.getByText('Example Domains GmbH').first()).toBeVisible();
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
    const [, email] = await pendingEmails();
    if (!email) throw new Error('the sandbox seed has too few pending verifications');
    const mail = (await outbox()).find((m) => m.kind === 'verification' && m.to.toLowerCase() === email);
    const owner = await (await browser.newContext()).newPage();
    await owner.goto(`/verify?key=${mail?.key ?? ''}`);
    await owner.getByRole('button', { name: 'No, this is not correct' }).click();
    await owner.getByRole('button', { name: 'Yes, it is not correct' }).click();
    await expect(owner.getByText('Recorded: the address is not correct')).toBeVisible();
    expect(await emailStatus(email)).toBe('invalid');

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

  test('an owner change sends COR keys; /cor confirms it and the domain has a new owner; a reused key is refused', async ({ page }) => {
    const list = replyBody(await sandboxDmapi('query-domain-list', { showstatus: '1' })).split('\n');
    const candidates = list.map((l) => l.split(/\s+/)).filter(([name, , status]) => name?.endsWith('.com') && (status ?? '').includes('production')).map(([name]) => name as string);
    const before = (await outbox())[0]?.id ?? 0;
    const newOwner = {
      fname: 'Nina',
      lname: 'Neuhaus',
      email: 'nina.neuhaus@example.test',
      'address-1': 'Am Markt 1',
      city: 'Bremen',
      'postal-code': '28195',
      country: 'DE',
      phone: '+49.4211234567',
    };
    // The first .com domain without an owner change already waiting takes the change.
    let domain = '';
    for (const name of candidates) {
      if (/^Proc-ID: \d+/m.test(await sandboxDmapi('domain-owner-change', { domain: name, ...newOwner }))) {
        domain = name;
        break;
      }
    }
    expect(domain).not.toBe('');
    const handleOf = async () => /^domain\.handle: (\S+)/m.exec(replyBody(await sandboxDmapi('query-whois', { domain })))?.[1];
    const ownerBefore = await handleOf();
    const mails = (await outbox()).filter((m) => m.id > before && m.kind === 'cor' && m.domain === domain);
    expect(mails).toHaveLength(2);
    const link = mails[0]?.links?.[0] ?? '';
    expect(link).toMatch(/^\/cor\?key=/);

    const owner = page;
    await owner.goto(link);
    await expect(owner.getByText(/60 days/).first()).toBeVisible();
    await axeClean(owner, 'body');
    await owner.getByRole('button', { name: 'Confirm the change' }).click();
    await owner.getByRole('button', { name: 'Yes, confirm' }).click();
    await expect(owner.getByText('Thank you: the change is confirmed')).toBeVisible();
    const ownerAfter = await handleOf();
    expect(ownerAfter).toBeTruthy();
    expect(ownerAfter).not.toBe(ownerBefore);

    // The other key of the same change is spent now: refused in words.
    await owner.goto(mails[1]?.links?.[0] ?? '/cor');
    const confirm = owner.getByRole('button', { name: 'Confirm the change' });
    if (await confirm.count()) {
      await confirm.click();
      await owner.getByRole('button', { name: 'Yes, confirm' }).click();
    }
    await expect(owner.getByText(/This key was not accepted|This key is unknown/).first()).toBeVisible();
  });

  test('a deadline passing on the sandbox clock shows the address as lapsed', async ({ page }) => {
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
  });
});
