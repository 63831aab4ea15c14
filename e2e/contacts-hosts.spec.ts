import { expect, test } from './helpers/fixtures';
import { sandboxURL } from '../playwright.config';
import { created, expectNoSeriousAxe, fillContact, open, refusedBeforeSubmit, seededDomain, signInFull, storedContact } from './helpers/contacts';
import { injectFault, lastLogId, replyBody, sandboxDmapi, sandboxLog } from './helpers/sandbox';

const COMMON_REQUIRED = [
  'first name is required when no full name is given',
  'last name is required when no full name is given',
  'e-mail address is required',
  'street address is required',
  'city is required',
  'postal code is required',
  'country is required',
  'phone number is required',
];

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

  test('.uk company: the company number appears for LTD; every required field is refused before submit', async ({ page }) => {
    await signInFull(page);
    await open(page, '/contacts/new?tld=co.uk');
    const form = page.getByRole('form', { name: 'New .co.uk contact' });
    await expect(form.getByLabel(/^Company number/)).toHaveCount(0);
    await form.getByLabel(/^Account type/).selectOption('LTD');
    await expect(form.getByLabel(/^Company number/)).toBeVisible();
    // Empty: every required field of a .uk company is refused, the company number with them.
    await refusedBeforeSubmit(page, form, [...COMMON_REQUIRED, 'company number is required for account type LTD']);
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

  test('.se: every required field refused before submit, orgid checked (Luhn), then created', async ({ page }) => {
    await signInFull(page);
    await open(page, '/contacts/new?tld=se');
    const form = page.getByRole('form', { name: 'New .se contact' });
    await refusedBeforeSubmit(page, form, [...COMMON_REQUIRED, 'orgid is required for .se/.nu contacts']);
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
    await expectNoSeriousAxe(page, '[role="dialog"]');
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
    await expectNoSeriousAxe(page, '[role="dialog"]');
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

  /** The sandbox's domains matching `pattern` that are in production, ASCII names only, in the list's order. */
  async function productionDomains(pattern: string): Promise<string[]> {
    return replyBody(await sandboxDmapi('query-domain-list', { pattern, showstatus: '1' }))
      .split('\n')
      .map((l) => l.split(/\s+/))
      .filter(([n, , s]) => n && !n.startsWith('xn--') && (s ?? '').includes('production'))
      .map(([n]) => n ?? '');
  }

  /** A .com domain in production, `fromEnd` from the end of the list (the last one is the full flow's below). */
  async function comDomain(fromEnd: number): Promise<{ domain: string; handle: string }> {
    const domain = (await productionDomains('*.com')).at(-fromEnd);
    if (!domain) throw new Error('the sandbox has no .com domain in production');
    const handle = /^domain\.handle: (\S+)$/m.exec(replyBody(await sandboxDmapi('query-whois', { domain })))?.[1];
    if (!handle) throw new Error(`the whois of ${domain} names no owner handle`);
    return { domain, handle };
  }

  test('the owner contact is read when the change is opened, not with every view of the page; the form starts from it', async ({ page }) => {
    const { domain, handle } = await comDomain(2);
    const stored = await storedContact(handle);
    await signInFull(page);
    const since = await lastLogId();
    await open(page, `/domains/${domain}`);
    const owner = page.getByRole('region', { name: 'Owner' });
    await expect(owner.locator('p').filter({ hasText: /^Current owner:/ })).toContainText(handle);
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
    const contactReads = async (from: number) => (await sandboxLog(from)).filter((e) => e.request === 'query-whois' && e.object === handle);
    expect(await contactReads(since)).toHaveLength(0);

    const opened = await lastLogId();
    await owner.getByRole('button', { name: 'Change owner…' }).click();
    const form = owner.getByRole('form', { name: `New owner of ${domain}` });
    await expect(form.getByLabel(/^E-mail/)).toHaveValue(stored.email ?? '');
    await expect(form.getByLabel(/^City/)).toHaveValue(stored.city ?? '');
    expect(await contactReads(opened)).toHaveLength(1);
    await expect(form.getByRole('alert')).toHaveCount(0);

    // Cancel keeps what was typed: opened again, the form is as it was left and the owner is not read again.
    await form.getByLabel(/^City/).fill('Elsewhere');
    await form.getByRole('button', { name: 'Cancel' }).click();
    await owner.getByRole('button', { name: 'Change owner…' }).click();
    await expect(form.getByLabel(/^City/)).toHaveValue('Elsewhere');
    expect(await contactReads(opened)).toHaveLength(1);
  });

  test('under whois privacy the section names the real owner (the account’s own whois), not the privacy service', async ({ page }) => {
    const names = (await productionDomains('*')).slice(0, 300);
    let found: { domain: string; masked: string; handle: string } | undefined;
    for (const domain of names) {
      const whois = replyBody(await sandboxDmapi('query-whois', { domain }));
      const masked = /^domain\.name: (.+)$/m.exec(whois)?.[1];
      const handle = /^domain\.handle: (\S+)$/m.exec(whois)?.[1];
      if (/^domain\.privacy: pro$/m.test(whois) && masked && handle) {
        found = { domain, masked, handle };
        break;
      }
    }
    if (!found) throw new Error('no domain with whois privacy pro among the sandbox’s first 300');
    const real = (await storedContact(found.handle)).name;
    expect(real).toBeTruthy();
    expect(real).not.toBe(found.masked);
    await signInFull(page);
    await open(page, `/domains/${found.domain}`);
    const summary = page.getByRole('region', { name: 'Owner' }).locator('p').filter({ hasText: /^Current owner:/ });
    await expect(summary).toContainText(real ?? '');
    await expect(summary).not.toContainText(found.masked);
  });

  test('when Joker.com does not answer for the owner, the change opens from the whois lines and says so', async ({ page }) => {
    const { domain } = await comDomain(3);
    const whois = replyBody(await sandboxDmapi('query-whois', { domain }));
    const name = /^domain\.name: (.+)$/m.exec(whois)?.[1];
    expect(name).toBeTruthy();
    await signInFull(page);
    await open(page, `/domains/${domain}`);
    const owner = page.getByRole('region', { name: 'Owner' });
    await expect(owner.locator('p').filter({ hasText: /^Current owner:/ })).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
    // The read and its one retry fail.
    await injectFault('query-whois', 'http500', 2);
    await owner.getByRole('button', { name: 'Change owner…' }).click();
    const form = owner.getByRole('form', { name: `New owner of ${domain}` });
    await expect(form.getByRole('alert')).toContainText('The form starts from the owner lines of the whois: check every field.');
    await expect(form.getByLabel(/^Full name/)).toHaveValue(name ?? '');
    await expectNoSeriousAxe(page);
  });

  test('the new owner is checked by the TLD rules, lock-opt-out explained, sent after a confirmation and followed to ack', async ({ page }) => {
    const { domain } = await comDomain(1);
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
    expect(replyBody(await sandboxDmapi('query-whois', { domain }))).toContain('Nina Newowner');
  });
});
