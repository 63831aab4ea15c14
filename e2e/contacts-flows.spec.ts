import { expect, test } from './helpers/fixtures';
import { created, expectNoSeriousAxe, fillContact, open, removeContactDefaults, signInFull, storedContact } from './helpers/contacts';
import { pickHandle } from './helpers/handles';
import { lastLogId, replyBody, sandboxDmapi, sandboxLog } from './helpers/sandbox';

/**
 * Contacts beyond one TLD's form: the defaults in Settings feeding the register form, the inline "New … contact"
 * dialog handing its handle back, paging the contact list at Joker.com, and clearing an optional field.
 */

/** The reseller's handles usable for a TLD, as Joker.com lists them. */
async function handlesFor(tld: string): Promise<string[]> {
  return replyBody(await sandboxDmapi('query-contact-list', { tld })).split('\n').filter(Boolean);
}

/** An option of the handle picker: the handle, then its name (no digit may follow, CCOM-1 is not CCOM-12). */
const exactHandle = (handle: string) => new RegExp(`^${handle}(?!\\d)`);

test.describe('contacts across flows', () => {
  test.setTimeout(240_000);

  test('the defaults set in Settings pre-fill the register form; "New tech contact…" creates a contact the form then holds', async ({ page }) => {
    // The first handles Joker.com lists: the picker offers the first 25 before anything is typed.
    const [owner, admin] = (await handlesFor('net')).slice(0, 2);
    expect(owner && admin).toBeTruthy();
    await signInFull(page);
    try {
      await open(page, '/settings');
      const defaults = page.getByRole('form', { name: 'Set contact defaults' });
      await defaults.getByLabel('TLD', { exact: true }).selectOption('net');
      await pickHandle(defaults, 'Owner contact', exactHandle(owner ?? ''));
      await pickHandle(defaults, 'Admin contact', exactHandle(admin ?? ''));
      await expectNoSeriousAxe(page);
      await defaults.getByRole('button', { name: 'Save defaults' }).click();
      await expect(defaults.getByText('Saved the contact defaults of .net.')).toBeVisible({ timeout: 30_000 });
      const row = page.getByRole('table', { name: 'Contact defaults per TLD' }).getByRole('row', { name: /^\.net/ });
      await expect(row).toContainText(owner ?? '');
      await expect(row).toContainText(admin ?? '');

      await open(page, '/register');
      const form = page.getByRole('form', { name: 'Register a domain' });
      await form.getByLabel(/^Domain name/).fill(`contact-defaults-${Date.now()}.net`);
      await expect(form.getByRole('combobox', { name: 'Owner (owner-c)' })).toHaveValue(owner ?? '', { timeout: 30_000 });
      await expect(form.getByRole('combobox', { name: 'Admin (admin-c)' })).toHaveValue(admin ?? '');
      await expect(form.getByText('Default from Settings.', { exact: false }).first()).toBeVisible();
      // No default for tech-c: the field stays empty until a contact is chosen or made.
      const tech = form.getByRole('combobox', { name: 'Tech (tech-c)' });
      await expect(tech).toHaveValue('');

      await form.getByRole('button', { name: 'New tech contact…' }).click();
      const dialog = page.getByRole('dialog', { name: 'New .net contact' });
      await expect(dialog).toBeVisible();
      await expectNoSeriousAxe(page, '[role="dialog"]');
      const before = await lastLogId();
      await fillContact(dialog.getByRole('form', { name: 'New .net contact' }), {
        name: 'Tina Tech', email: 'tina@example.net', 'address-1': 'Techweg 3', city: 'Smalltown', 'postal-code': '40122', country: 'DE', phone: '+49 30 1234567',
      });
      await dialog.getByRole('button', { name: 'Create contact' }).click();
      await expect(dialog).toHaveCount(0, { timeout: 60_000 });
      await expect(tech).toHaveValue(/^C\w+-\d+$/);
      const handle = await tech.inputValue();
      expect(await storedContact(handle)).toMatchObject({ name: 'Tina Tech', email: 'tina@example.net', phone: '+49.301234567' });
      // Created with /v2/contact/create, which answers the new handle at once.
      expect((await sandboxLog(before)).map((e) => e.request)).toContain('v2/contact/create');
      // The owner and admin defaults are still in place beside the new handle.
      await expect(form.getByRole('combobox', { name: 'Owner (owner-c)' })).toHaveValue(owner ?? '');
    } finally {
      // Leave no defaults behind for the other specs' .net orders, also when a step above failed.
      await removeContactDefaults(page, 'net');
    }
  });

  test('the contact list pages through Joker.com: next page and back', async ({ page }) => {
    const all = replyBody(await sandboxDmapi('query-contact-list', {})).split('\n').filter(Boolean);
    expect(all.length).toBeGreaterThan(50);
    await signInFull(page);
    await open(page, '/contacts');
    const table = page.getByRole('table', { name: 'Contacts' });
    const pages = page.getByRole('navigation', { name: 'Contacts pages' });
    await expect(pages).toContainText('page 1');
    await expect(table.getByRole('link')).toHaveCount(50);
    await expect(table.getByRole('link').first()).toHaveText(all[0] ?? '');
    await expect(pages.getByRole('button', { name: 'Previous' })).toBeDisabled();

    await pages.getByRole('button', { name: 'Next' }).click();
    await expect(page).toHaveURL(/[?&]page=2(&|$)/);
    await expect(pages).toContainText('page 2');
    // Handles 51 on, in Joker.com's order.
    await expect(table.getByRole('link').first()).toHaveText(all[50] ?? '');
    await expect(table.getByRole('link', { name: all[0] ?? '', exact: true })).toHaveCount(0);

    await pages.getByRole('button', { name: 'Previous' }).click();
    await expect(page).not.toHaveURL(/page=/);
    await expect(table.getByRole('link').first()).toHaveText(all[0] ?? '');
  });

  test('clearing an optional field in modify clears it at Joker.com', async ({ page }) => {
    await signInFull(page);
    await open(page, '/contacts/new?tld=com');
    const form = page.getByRole('form', { name: 'New .com contact' });
    await fillContact(form, {
      name: 'Olga Org', organization: 'Clearable Org', email: 'olga@example.com', 'address-1': 'Smartroad 5', city: 'Smalltown', 'postal-code': '40122', country: 'US', phone: '+1 422 8005',
    });
    const handle = await created(form);
    expect(await storedContact(handle)).toMatchObject({ organization: 'Clearable Org' });

    await open(page, `/contacts/${handle}?tld=com`);
    const edit = page.getByRole('form', { name: `Modify ${handle}` });
    await expect(edit.getByLabel(/^Organisation/)).toHaveValue('Clearable Org');
    await edit.getByLabel(/^Organisation/).fill('');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(edit.getByRole('status').filter({ hasText: `Modify ${handle}` })).toContainText('done — Joker.com confirmed it (ack)', { timeout: 90_000 });
    // An empty value would leave the field as it was (DMAPI documentation, contact-modify): only the clear marker empties it.
    const stored = await storedContact(handle);
    expect(stored.organization ?? '').toBe('');
    expect(stored).toMatchObject({ name: 'Olga Org', city: 'Smalltown' });
  });
});
