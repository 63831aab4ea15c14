import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, rememberAuthSid, test } from './helpers/fixtures';
import { sandboxURL } from '../playwright.config';
import { lastLogId, replyBody, sandboxDmapi, sandboxLog } from './helpers/sandbox';

/**
 * Signs in with the full key (as helpers/fixtures signIn, with more patience: these flows render large forms and the
 * machine running the suite may be busy) and waits until the page has hydrated.
 */
async function signInFull(page: Page): Promise<void> {
  await open(page, '/login');
  await page.getByRole('tab', { name: 'API key' }).click();
  await page.getByRole('textbox', { name: 'API key', exact: true }).fill('sandbox-full-key');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: /^Account menu:/ })).toBeVisible({ timeout: 60_000 });
  await rememberAuthSid();
}

/** Opens a page and waits until its scripts have run (a select changed before hydration would be reset). */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  // The kit's forms carry data-ready once hydrated (components/form/action-form.tsx).
  const forms = page.locator('form[aria-busy]');
  if ((await forms.count()) > 0) await expect(forms.first()).toHaveAttribute('data-ready', '', { timeout: 30_000 });
}

/** The generic contact fields by their labels (the label text starts with the name; a hint may follow). */
const LABELS: Record<string, RegExp> = {
  name: /^Full name/,
  fname: /^First name/,
  lname: /^Last name/,
  organization: /^Organisation/,
  email: /^E-mail/,
  'address-1': /^Street address/,
  city: /^City/,
  'postal-code': /^Postal code/,
  country: /^Country/,
  phone: /^Phone/,
  state: /^State/,
};

/**
 * Types each field and leaves it (phone and country are tidied on blur). Typing may start before the page has
 * hydrated, which resets controlled inputs: the values are checked afterwards and typed again until they hold.
 */
async function fillContact(form: Locator, fields: Record<string, string>): Promise<void> {
  await form.page().waitForLoadState('networkidle');
  await expect(async () => {
    for (const [name, value] of Object.entries(fields)) {
      const input = form.getByLabel(LABELS[name] ?? new RegExp(`^${name}`));
      if (name !== 'phone' && (await input.inputValue()) === value) continue;
      await input.fill(value);
      await input.press('Tab');
    }
    for (const [name, value] of Object.entries(fields)) {
      if (name !== 'phone') await expect(form.getByLabel(LABELS[name] ?? new RegExp(`^${name}`))).toHaveValue(value, { timeout: 500 });
    }
  }).toPass({ timeout: 30_000 });
}

/** What the sandbox holds for a contact (query-whois contact=…), as field → value. */
async function storedContact(handle: string): Promise<Record<string, string>> {
  const body = replyBody(await sandboxDmapi('query-whois', { contact: handle }));
  return Object.fromEntries(
    body
      .split('\n')
      .map((line) => /^contact\.([\w.-]+): ?(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1] ?? '', m[2] ?? '']),
  );
}

/** Submits the empty form and checks that every message shows and that nothing reached the DMAPI. */
async function refusedBeforeSubmit(page: Page, form: Locator, messages: string[]): Promise<void> {
  const before = await lastLogId();
  await form.getByRole('button', { name: 'Create contact' }).click();
  for (const message of messages) await expect(form.getByText(message, { exact: true }).first()).toBeVisible();
  expect((await sandboxLog(before)).map((e) => e.request).filter((r) => /contact/.test(r))).toEqual([]);
  await expectNoSeriousAxe(page);
}

async function expectNoSeriousAxe(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).include('main').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
}

/** Submits a filled create form and returns the new handle (shown at once: /v2/contact/create). */
async function created(form: Locator): Promise<string> {
  await form.getByRole('button', { name: 'Create contact' }).click();
  const done = form.getByText(/^Created contact \S+\.$/);
  await expect(done).toBeVisible({ timeout: 60_000 });
  const handle = /Created contact (\S+)\./.exec((await done.textContent()) ?? '')?.[1] ?? '';
  expect(handle).not.toBe('');
  return handle;
}

/** A domain of the reseller's portfolio with the given TLD (the seed decides which ones exist). */
async function seededDomain(tld: string): Promise<string> {
  const body = replyBody(await sandboxDmapi('query-domain-list', { pattern: `*.${tld}` }));
  const name = body.split('\n').map((l) => l.split(/\s+/)[0] ?? '').find((n) => n.endsWith(`.${tld}`) && !n.startsWith('xn--'));
  if (!name) throw new Error(`no seeded .${tld} domain`);
  return name;
}

test.describe('contacts with TLD rules', () => {
  test.setTimeout(240_000);

  test('.us: refused before submit, phone converted, created with app purpose and nexus; modify leaves the fixed fields alone', async ({ page }) => {
    await signInFull(page);
    await open(page, '/contacts/new?tld=us');
    const form = page.getByRole('form', { name: 'New .us contact' });
    await refusedBeforeSubmit(page, form, [
      'e-mail address is required',
      'street address is required',
      'city is required',
      'postal code is required',
      'country is required',
      'phone number is required',
      'application purpose is required for .us contacts',
      'nexus category is required for .us contacts',
      'nexus country is required for .us contacts',
    ]);

    await fillContact(form, {
      name: 'Jane Roe', email: 'jane@example.org', 'address-1': '1600 Pennsylvania Ave NW', city: 'Washington',
      state: 'DC', 'postal-code': '20500', country: 'US', phone: '+1 202 555 0100',
    });
    await expect(form.getByLabel(/^Phone/)).toHaveValue('+1.2025550100');
    await form.getByLabel(/^Application purpose/).selectOption('P3');
    await form.getByLabel(/^Nexus category/).selectOption('C11');
    await form.getByLabel(/^Nexus country/).fill('US');
    await form.getByLabel(/^Nexus country/).press('Tab');
    const handle = await created(form);
    expect(await storedContact(handle)).toMatchObject({ name: 'Jane Roe', phone: '+1.2025550100', 'app-purpose': 'P3', 'nexus-category': 'C11', 'nexus-category-country': 'US' });

    // Modify: the .us fields are read-only with the reason; only the changed city travels.
    await open(page, `/contacts/${handle}?tld=us`);
    const edit = page.getByRole('form', { name: `Modify ${handle}` });
    await expect(edit.getByLabel(/^Application purpose/)).toHaveAttribute('readonly', '');
    await expect(edit.getByText(/keeps it from creation on/).first()).toBeVisible();
    await expectNoSeriousAxe(page);
    await edit.getByLabel(/^City/).fill('Arlington');
    const before = await lastLogId();
    await edit.getByRole('button', { name: 'Save changes' }).click();
    const status = edit.getByRole('status').filter({ hasText: `Modify ${handle}` });
    await expect(status).toContainText('done — Joker.com confirmed it (ack)', { timeout: 90_000 });
    expect(await storedContact(handle)).toMatchObject({ city: 'Arlington', 'app-purpose': 'P3', 'nexus-category': 'C11', name: 'Jane Roe' });
    expect((await sandboxLog(before)).map((e) => e.request)).toContain('contact-modify');
  });

  test('.uk company: the company number appears for LTD and is required', async ({ page }) => {
    await signInFull(page);
    await open(page, '/contacts/new?tld=co.uk');
    const form = page.getByRole('form', { name: 'New .co.uk contact' });
    await expect(form.getByLabel(/^Company number/)).toHaveCount(0);
    await form.getByLabel(/^Account type/).selectOption('LTD');
    await expect(form.getByLabel(/^Company number/)).toBeVisible();
    await fillContact(form, {
      name: 'Jane Smith', organization: 'Example Trading Ltd', email: 'jane@example.co.uk', 'address-1': '10 Downing Street',
      city: 'London', 'postal-code': 'SW1A 1AA', country: 'GB', phone: '+44 20 7123 4567',
    });
    await refusedBeforeSubmit(page, form, ['company number is required for account type LTD']);
    await form.getByLabel(/^Company number/).fill('01234567');
    const handle = await created(form);
    expect(await storedContact(handle)).toMatchObject({ 'account-type': 'LTD', 'company-number': '01234567', organization: 'Example Trading Ltd', phone: '+44.2071234567' });
  });

  test('.fi Finnish person: first and last name, and the identity number only once the holder is a Finnish person', async ({ page }) => {
    await signInFull(page);
    await open(page, '/contacts/new?tld=fi');
    const form = page.getByRole('form', { name: 'New .fi contact' });
    await refusedBeforeSubmit(page, form, [
      'first name is required when no full name is given',
      'last name is required when no full name is given',
      'contact type is required for .fi contacts',
      'yes or no is required for .fi contacts',
    ]);
    await expect(form.getByLabel(/^Finnish identity number/)).toHaveCount(0);
    await form.getByLabel(/^Contact type/).selectOption('privateperson');
    await form.getByLabel(/^Finnish person or company/).selectOption('yes');
    await expect(form.getByLabel(/^Finnish identity number/)).toBeVisible();
    await expect(form.getByLabel(/^Register number/)).toHaveCount(0);
    await fillContact(form, {
      fname: 'Matti', lname: 'Meikäläinen', email: 'matti@example.fi', 'address-1': 'Mannerheimintie 1', city: 'Helsinki',
      'postal-code': '00100', country: 'FI', phone: '+358 9 12345678',
    });
    await refusedBeforeSubmit(page, form, ['identity number is required for Finnish private persons']);
    await form.getByLabel(/^Finnish identity number/).fill('131052-308T');
    const handle = await created(form);
    expect(await storedContact(handle)).toMatchObject({ fname: 'Matti', lname: 'Meikäläinen', 'x-ficora-type': 'privateperson', 'x-ficora-is-finnish': 'yes', 'x-ficora-identity': '131052-308T' });
  });

  test('.se: orgid checked (Luhn) before submit, then created', async ({ page }) => {
    await signInFull(page);
    await open(page, '/contacts/new?tld=se');
    const form = page.getByRole('form', { name: 'New .se contact' });
    await fillContact(form, {
      name: 'Sven Svensson', email: 'sven@example.se', 'address-1': 'Drottninggatan 1', city: 'Stockholm',
      'postal-code': '111 22', country: 'SE', phone: '+46 8 12345678',
    });
    await refusedBeforeSubmit(page, form, ['orgid is required for .se/.nu contacts']);
    await form.getByLabel(/^Personal or organisation number/).fill('[SE]811228-9875');
    await refusedBeforeSubmit(page, form, ['must be a valid Swedish personal or organisational number (6 digits, dash, 4 digits)']);
    await form.getByLabel(/^Personal or organisation number/).fill('[SE]811228-9874');
    const handle = await created(form);
    expect(await storedContact(handle)).toMatchObject({ name: 'Sven Svensson', orgid: '[SE]811228-9874' });
  });

  test('a contact in use cannot be deleted: the refusal names the domain; the list finds it by pattern', async ({ page }) => {
    await signInFull(page);
    await open(page, '/contacts/new?tld=com');
    const form = page.getByRole('form', { name: 'New .com contact' });
    await fillContact(form, {
      name: 'Ada Admin', email: 'ada@example.com', 'address-1': 'Smartroad 1', city: 'Smalltown', 'postal-code': '40122', country: 'US', phone: '+1 422 8001',
    });
    const handle = await created(form);
    const domain = await seededDomain('com');
    expect(await sandboxDmapi('domain-modify', { domain, 'admin-c': handle })).toMatch(/^Proc-ID: \d+/m);

    await open(page, `/contacts?tld=com&q=${handle}`);
    await expect(page.getByRole('link', { name: handle })).toBeVisible();
    await expectNoSeriousAxe(page);
    await page.getByRole('link', { name: handle }).click();
    await page.getByRole('button', { name: 'Delete contact…' }).click();
    const dialog = page.getByRole('dialog', { name: `Delete ${handle}?` });
    await dialog.getByRole('textbox').fill(handle);
    await dialog.getByRole('button', { name: 'Delete contact' }).click();
    await expect(page.getByRole('region', { name: 'Delete' }).getByRole('alert')).toContainText(`${handle} is still a contact of these domains: ${domain}`);
    expect((await storedContact(handle)).handle).toBe(handle);
  });
});

test.describe('name server hosts', () => {
  test.setTimeout(240_000);

  test('create with two IPv4 and one IPv6, reserved address refused first, modify, delete refused while used', async ({ page }) => {
    const domain = await seededDomain('com');
    const host = `ns7.${domain}`;
    await signInFull(page);
    await open(page, '/hosts/new');
    const form = page.getByRole('form', { name: 'New host' });
    await form.getByLabel('Host name').fill(host);
    await form.getByRole('textbox', { name: 'IPv4 address 1' }).fill('185.10.20.30');
    await form.getByRole('textbox', { name: 'IPv4 address 2' }).fill('10.0.0.1');
    await form.getByRole('textbox', { name: 'IPv6 address 1' }).fill('2a01:4f8::53');
    const before = await lastLogId();
    await form.getByRole('button', { name: 'Create host' }).click();
    await expect(form.getByText(/reserved/i).first()).toBeVisible();
    expect((await sandboxLog(before)).map((e) => e.request)).not.toContain('ns-create');
    await expectNoSeriousAxe(page);

    await form.getByRole('textbox', { name: 'IPv4 address 2' }).fill('185.10.20.31');
    await form.getByRole('button', { name: 'Create host' }).click();
    await expect(page).toHaveURL(new RegExp(`/hosts/${host.replace(/\./g, '\\.')}$`), { timeout: 30_000 });
    let whois = replyBody(await sandboxDmapi('query-ns-list', { pattern: host, full: '1' }));
    expect(whois).toContain('185.10.20.30');
    expect(whois).toContain('185.10.20.31');
    expect(whois).toContain('2a01:4f8::53');

    const edit = page.getByRole('form', { name: `Addresses of ${host}` });
    await expect(edit.getByRole('textbox', { name: 'IPv4 address 2' })).toHaveValue('185.10.20.31');
    await expectNoSeriousAxe(page);
    await edit.getByRole('button', { name: 'Remove IPv4 address 2' }).click();
    await edit.getByRole('textbox', { name: 'IPv6 address 1' }).fill('2a01:4f8:0:0::54');
    await edit.getByRole('button', { name: 'Save addresses' }).click();
    await expect(edit.getByRole('status').filter({ hasText: `Modify ${host}` })).toContainText('done — Joker.com confirmed it (ack)', { timeout: 90_000 });
    whois = replyBody(await sandboxDmapi('query-ns-list', { pattern: host, full: '1' }));
    expect(whois).toContain('185.10.20.30');
    expect(whois).not.toContain('185.10.20.31');
    expect(whois).toContain('\t2a01:4f8::54'); // typed as 2a01:4f8:0:0::54, sent in short form

    // A domain delegated to the host: Joker.com refuses the delete, and the panel says which domain.
    expect(await sandboxDmapi('domain-modify', { domain, 'ns-list': `${host}:a.ns.joker.com` })).toMatch(/^Proc-ID: \d+/m);
    await page.getByRole('button', { name: 'Delete host…' }).click();
    const dialog = page.getByRole('dialog', { name: `Delete ${host}?` });
    await dialog.getByRole('textbox').fill(host);
    await dialog.getByRole('button', { name: 'Delete host' }).click();
    await expect(page.getByRole('region', { name: 'Delete' }).getByRole('alert')).toContainText(`${host} is still a name server of these domains: ${domain}`);
    expect(replyBody(await sandboxDmapi('query-ns-list', { pattern: host }))).toContain(host);

    await open(page, '/hosts');
    await expect(page.getByRole('link', { name: host })).toBeVisible();
    await expectNoSeriousAxe(page);
  });
});

test.describe('owner change on the domain page', () => {
  test.setTimeout(240_000);

  test('the new owner is checked by the TLD rules, lock-opt-out explained, sent after a confirmation and followed to ack', async ({ page }) => {
    const body = replyBody(await sandboxDmapi('query-domain-list', { pattern: '*.com', showstatus: '1' }));
    const domain = body
      .split('\n')
      .map((l) => l.split(/\s+/))
      .filter(([n, , s]) => n?.endsWith('.com') && !n.startsWith('xn--') && (s ?? '').includes('production'))
      .map(([n]) => n ?? '')
      .at(-1);
    expect(domain).toBeTruthy();
    await signInFull(page);
    await open(page, `/domains/${domain}`);
    const owner = page.getByRole('region', { name: 'Owner' });
    await owner.getByRole('button', { name: 'Change owner…' }).click();
    const form = owner.getByRole('form', { name: `New owner of ${domain}` });
    await expect(form.getByText(/locks the domain against moving to another registrar for 60 days/)).toBeVisible();
    await form.getByLabel(/^E-mail/).fill('');
    await form.getByRole('button', { name: 'Change owner…' }).click();
    await expect(form.getByText('e-mail address is required', { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expectNoSeriousAxe(page);

    await fillContact(form, {
      name: 'Nina Newowner', email: 'nina@example.org', 'address-1': 'Smartroad 2', city: 'Smalltown', 'postal-code': '40122', country: 'US', phone: '+1 422 8002',
    });
    await form.getByRole('button', { name: 'Change owner…' }).click();
    const dialog = page.getByRole('dialog', { name: `Change the owner of ${domain}?` });
    await dialog.getByRole('button', { name: 'Send the owner change' }).click();
    const status = owner.getByRole('status').filter({ hasText: `Change the owner of ${domain}` });
    await expect(status).toContainText(/Proc-ID \d+/, { timeout: 20_000 });

    const outbox = (await (await fetch(`${sandboxURL}/outbox`, { headers: { accept: 'application/json' } })).json()) as {
      mails: Array<{ kind: string; domain: string; to: string; key?: string }>;
    };
    const mail = outbox.mails.find((m) => m.kind === 'cor' && m.domain === domain && m.to === 'nina@example.org');
    expect(mail?.key).toBeTruthy();
    expect(await sandboxDmapi('cor-verify', { key: mail?.key ?? '', answer: 'yes' })).toMatch(/Result: ACK/);
    await expect(status).toContainText('done — Joker.com confirmed it (ack)', { timeout: 90_000 });
    expect(replyBody(await sandboxDmapi('query-whois', { domain: domain ?? '' }))).toContain('Nina Newowner');
  });
});
