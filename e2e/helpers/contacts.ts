import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, rememberAuthSid } from './fixtures';
import { lastLogId, replyBody, sandboxDmapi, sandboxLog } from './sandbox';

/** Shared steps of the contacts and hosts specs (e2e/contacts-*.spec.ts). */

/**
 * Signs in with the full key (as helpers/fixtures signIn, with more patience: these flows render large forms and the
 * machine running the suite may be busy) and waits until the page has hydrated.
 */
export async function signInFull(page: Page): Promise<void> {
  await open(page, '/login');
  await page.getByRole('tab', { name: 'API key' }).click();
  await page.getByRole('textbox', { name: 'API key', exact: true }).fill('sandbox-full-key');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: /^Account menu:/ })).toBeVisible({ timeout: 60_000 });
  await rememberAuthSid();
}

/** Opens a page and waits until its scripts have run (a kit form cannot be submitted before). */
export async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  // The kit's forms carry data-ready once hydrated (components/form/action-form.tsx).
  const forms = page.locator('form[aria-busy]');
  if ((await forms.count()) > 0) await expect(forms.first()).toHaveAttribute('data-ready', '', { timeout: 30_000 });
}

/** The generic contact fields by their labels (the label text starts with the name; a hint may follow). */
export const LABELS: Record<string, RegExp> = {
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
export async function fillContact(form: Locator, fields: Record<string, string>): Promise<void> {
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
export async function storedContact(handle: string): Promise<Record<string, string>> {
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
export async function refusedBeforeSubmit(page: Page, form: Locator, messages: string[]): Promise<void> {
  const before = await lastLogId();
  await form.getByRole('button', { name: 'Create contact' }).click();
  for (const message of messages) await expect(form.getByText(message, { exact: true }).first()).toBeVisible();
  expect((await sandboxLog(before)).map((e) => e.request).filter((r) => /contact/.test(r))).toEqual([]);
  await expectNoSeriousAxe(page);
}

/** No serious or critical axe violation in `scope` (the page's main region, or e.g. an open dialog, which portals out of it). */
export async function expectNoSeriousAxe(page: Page, scope = 'main'): Promise<void> {
  const axe = await new AxeBuilder({ page }).include(scope).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
}

/** Submits a filled create form and returns the new handle (shown at once: /v2/contact/create). */
export async function created(form: Locator): Promise<string> {
  await form.getByRole('button', { name: 'Create contact' }).click();
  const done = form.getByText(/^Created contact \S+\.$/);
  await expect(done).toBeVisible({ timeout: 60_000 });
  const handle = /Created contact (\S+)\./.exec((await done.textContent()) ?? '')?.[1] ?? '';
  expect(handle).not.toBe('');
  return handle;
}

/** A domain of the reseller's portfolio with the given TLD (the seed decides which ones exist). */
export async function seededDomain(tld: string): Promise<string> {
  const body = replyBody(await sandboxDmapi('query-domain-list', { pattern: `*.${tld}` }));
  const name = body.split('\n').map((l) => l.split(/\s+/)[0] ?? '').find((n) => n.endsWith(`.${tld}`) && !n.startsWith('xn--'));
  if (!name) throw new Error(`no seeded .${tld} domain`);
  return name;
}

/**
 * Removes a TLD's contact defaults in Settings when they are there. Called from `finally` by the specs that set
 * defaults, so a failed run leaves none behind for later specs' order forms of that TLD.
 */
export async function removeContactDefaults(page: Page, tld: string): Promise<void> {
  await open(page, '/settings');
  const remove = page.getByRole('button', { name: `Remove the defaults of .${tld}` });
  if ((await remove.count()) === 0) return;
  await remove.click();
  // A confirmation first; Cancel keeps the defaults.
  const dialog = page.getByRole('dialog', { name: `Remove the contact defaults of .${tld}?` });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(remove).toHaveCount(1);
  await remove.click();
  await dialog.getByRole('button', { name: 'Remove defaults' }).click();
  await expect(page.getByText(`Removed the defaults of .${tld}.`)).toBeVisible({ timeout: 30_000 });
  await expect(remove).toHaveCount(0);
}
