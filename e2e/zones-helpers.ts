import { expect, type Page } from '@playwright/test';
import { replyBody, sandboxDmapi } from './helpers/sandbox';

/** The reseller's zones as the sandbox lists them, sorted (ASCII names only, so the tests type them as shown). */
export async function resellerZones(): Promise<string[]> {
  const body = replyBody(await sandboxDmapi('dns-zone-list'));
  return body
    .split('\n')
    .map((l) => l.split(/\s+/)[0] ?? '')
    .filter((d) => d && !d.startsWith('xn--'))
    .sort();
}

/** The zone editor's marker, set once the page is hydrated (a click before it would be lost). */
async function editorReady(page: Page): Promise<void> {
  await expect(page.locator('[data-zone-editor]')).toHaveAttribute('data-ready', '', { timeout: 30_000 });
}

/** Opens a zone's editor and waits until it is hydrated. */
export async function openZone(page: Page, domain: string): Promise<void> {
  await page.goto(`/zones/${domain}`);
  await editorReady(page);
}

/** Reloads the zone editor and waits until it is hydrated again. */
export async function reloadZone(page: Page): Promise<void> {
  await page.reload();
  await editorReady(page);
}

/** Put a known zone in place, straight at the sandbox (as someone else would). */
export async function putZone(domain: string, lines: string[]): Promise<void> {
  const reply = await sandboxDmapi('dns-zone-put', { domain, zone: ['$dnssec=no', '$dyndns=no::', ...lines].join('\n') });
  expect(reply).toMatch(/^Status-Code: 0/m);
}

/** The zone's record lines as the sandbox holds them now. */
export async function zoneLines(domain: string): Promise<string[]> {
  const body = replyBody(await sandboxDmapi('dns-zone-get', { domain }));
  // The sandbox pads TXT values on the way out as the live server does (`x TXT 0  "tok " 3600`): compared unpadded.
  return body
    .split('\n')
    .filter((l) => l && !l.startsWith('$'))
    .map((l) => l.replace(/ TXT (\d+) {2}"(.*) " /, ' TXT $1 "$2" '));
}

/** Review and press Save: types the zone name when asked (a large save, or one touching the apex MX/NS). */
export async function pressSave(page: Page, domain: string, comment?: string): Promise<void> {
  const review = page.getByRole('region', { name: 'Review and save' });
  const confirm = review.getByLabel(`Type ${domain} to confirm`);
  const save = review.getByRole('button', { name: 'Save zone' });
  if (comment) await review.getByLabel('Comment (kept in the history)').fill(comment);
  // After typing in the text view the review follows a moment later (a deferred render): the typed confirmation
  // may appear only after the edit that needs it, so look again until Save is enabled.
  await expect(async () => {
    if ((await confirm.isVisible()) && (await confirm.inputValue()) !== domain) await confirm.fill(domain);
    await expect(save).toBeEnabled({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await save.click();
}

/** Review and save, then wait for Joker's ack. */
export async function saveZone(page: Page, domain: string, comment?: string): Promise<void> {
  const review = page.getByRole('region', { name: 'Review and save' });
  await pressSave(page, domain, comment);
  await expect(review.getByRole('status').filter({ hasText: `Save zone ${domain}` })).toContainText('Joker.com confirmed it (ack)', { timeout: 30_000 });
}
