import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect as baseExpect, signIn, test } from './helpers/fixtures';
import { sandboxURL } from '../playwright.config';
import { lastLogId, replyBody, sandboxDmapi, sandboxLog } from './helpers/sandbox';
import { resellerZones } from './zones-helpers';

/** The kit through real pages: the DataTable on the zones list, the form kit on the new-host form. */
const expect = baseExpect.configure({ timeout: 30_000 });

async function noSeriousAxe(page: Page) {
  const result = await new AxeBuilder({ page }).include('main').analyze();
  expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
}

/** The zones named on the table's current page, in order (ASCII, from each row's link). */
async function zonesOnPage(table: Locator): Promise<string[]> {
  const hrefs = await table.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => decodeURIComponent(h.replace(/^\/zones\//, '')));
}

test.describe('the data table on the zones list', () => {
  test.setTimeout(120_000);

  test('sorts by a column both ways, pages, says when a search matches nothing, and selects rows', async ({ page }) => {
    const all = await resellerZones();
    expect(all.length, 'the seed serves more zones than one page holds').toBeGreaterThan(150);
    await signIn(page, { apiKey: 'sandbox-full-key' });
    // The server searches, sorts and pages the whole list: the page's HTML (markup and the data handed to the
    // browser alike) names one page of zones, not a zone from far down the list. "Read again now" (refresh=1) reads
    // the list from Joker.com whatever the panel holds.
    const beforeRead = await lastLogId();
    const html = await (await page.request.get('/zones?refresh=1')).text();
    expect((await sandboxLog(beforeRead)).filter((e) => e.request === 'dns-zone-list')).toHaveLength(1);
    expect(html).toContain(`/zones/${encodeURIComponent(all[0]!)}`);
    const far = all[149]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(html).not.toMatch(new RegExp(`(?<![\\w.-])${far}(?![\\w.-])`));
    await page.goto('/zones');
    // Sorting, paging and searching use the list the panel holds for the account (a minute at most): no new read.
    const heldSince = await lastLogId();
    await expect(page.getByText(/zones · read from Joker\.com/)).toBeVisible();
    const table = page.getByRole('table', { name: 'Zones' });
    const zoneHeader = table.getByRole('columnheader', { name: 'Zone' });
    const pager = page.getByRole('navigation', { name: 'Zones pages' });
    await expect(zoneHeader).toHaveAttribute('aria-sort', 'ascending');
    await expect(table.getByRole('link')).toHaveCount(50);
    const ascending = await zonesOnPage(table);
    expect(ascending[0]! < ascending[49]!).toBe(true);
    await expect(pager).toContainText(/page 1 of \d+/);
    await noSeriousAxe(page);

    // Sort: the header's button turns the order of the whole list round (retried until the page has hydrated).
    await expect(async () => {
      await zoneHeader.getByRole('button').click();
      await baseExpect(zoneHeader).toHaveAttribute('aria-sort', 'descending', { timeout: 1_000 });
    }).toPass();
    await expect.poll(async () => (await zonesOnPage(table))[0]).not.toBe(ascending[0]);
    const descending = await zonesOnPage(table);
    expect(descending[0]! > descending[49]!).toBe(true);
    expect(ascending).not.toContain(descending[0]);
    await expect(page).toHaveURL(/[?&]sort=-zone\b/);
    // A list sorted by the server always has an order: the next click turns it back.
    await zoneHeader.getByRole('button').click();
    await expect(zoneHeader).toHaveAttribute('aria-sort', 'ascending');
    await expect.poll(() => zonesOnPage(table)).toEqual(ascending);

    // Paging: Next shows the following rows, Previous comes back.
    await expect(pager.getByRole('button', { name: 'Previous' })).toBeDisabled();
    await pager.getByRole('button', { name: 'Next' }).click();
    await expect(pager).toContainText(/page 2 of \d+/);
    await expect(pager.getByRole('button', { name: 'Previous' })).toBeEnabled();
    const second = await zonesOnPage(table);
    expect(second.length).toBeGreaterThan(0);
    expect(second.filter((z) => ascending.includes(z))).toEqual([]);

    // Selection: two rows on this page, then every row of the page; the bulk change counts them.
    const [one, two] = second as [string, string];
    await table.getByRole('checkbox', { name: `Select ${one}` }).check();
    await table.getByRole('checkbox', { name: `Select ${two}` }).check();
    await expect(page.getByRole('heading', { name: 'Change the selected zones (2)' })).toBeVisible();
    await expect(table.getByRole('row').filter({ has: page.getByRole('checkbox', { name: `Select ${one}`, checked: true }) })).toHaveAttribute('aria-selected', 'true');
    await expect(table.getByRole('checkbox', { name: 'Select all rows on this page' })).not.toBeChecked();
    await table.getByRole('checkbox', { name: 'Select all rows on this page' }).check();
    await expect(page.getByRole('heading', { name: `Change the selected zones (${second.length})` })).toBeVisible();
    await pager.getByRole('button', { name: 'Previous' }).click();
    await expect(pager).toContainText(/page 1 of \d+/);
    await expect(table.getByRole('checkbox', { name: 'Select all rows on this page' })).not.toBeChecked();

    // A search with no match: the table says so (not "no zones"), and the count is zero.
    await page.getByRole('searchbox', { name: 'Search zones' }).fill('no-such-zone-anywhere');
    await expect(table.getByRole('cell', { name: 'Nothing matches “no-such-zone-anywhere”.' })).toBeVisible();
    await expect(table.getByRole('link')).toHaveCount(0);
    await expect(pager).toContainText('0 in all');
    await expect(page).toHaveURL(/[?&]q=no-such-zone-anywhere\b/);
    await expect(page.getByText('Joker.com serves no zone for this account.')).toHaveCount(0);
    // The selection survives the search: it is what the bulk change acts on.
    await expect(page.getByRole('heading', { name: `Change the selected zones (${second.length})` })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search zones' }).fill(one);
    await expect.poll(() => zonesOnPage(table)).toContain(one);
    // The search covers the whole list, not the page on screen: a zone from far down is found from page 1.
    await page.getByRole('searchbox', { name: 'Search zones' }).fill(all[149]!);
    await expect.poll(() => zonesOnPage(table)).toContain(all[149]!);
    // Back leaves the searches (they replace the history entry) for the page before them: the box follows the URL.
    await page.goBack();
    await expect(page).not.toHaveURL(/[?&]q=/);
    await expect(page.getByRole('searchbox', { name: 'Search zones' })).toHaveValue('');
    await expect(table.getByRole('link')).toHaveCount(50);
    expect((await sandboxLog(heldSince)).filter((e) => e.request === 'dns-zone-list')).toEqual([]);

    // "Read again now" reads the list once and stays on the page shown; the next page is from the list read, and its
    // URL asks for no new read.
    const shown = Number(/page (\d+) of/.exec(await pager.innerText())?.[1]);
    await page.getByRole('link', { name: 'Read again now' }).click();
    await expect(page).toHaveURL(/[?&]refresh=1\b/);
    await expect.poll(async () => (await sandboxLog(heldSince)).filter((e) => e.request === 'dns-zone-list').length).toBe(1);
    await expect(pager).toContainText(`page ${shown} of`);
    await pager.getByRole('button', { name: 'Next' }).click();
    await expect(pager).toContainText(`page ${shown + 1} of`);
    await expect(page).not.toHaveURL(/refresh=/);
    expect((await sandboxLog(heldSince)).filter((e) => e.request === 'dns-zone-list')).toHaveLength(1);
  });
});

/** A .com domain of the reseller's portfolio, so that a host under it is one Joker accepts. */
async function portfolioDomain(): Promise<string> {
  const body = replyBody(await sandboxDmapi('query-domain-list', { pattern: '*.com' }));
  const name = body.split('\n').map((l) => l.split(/\s+/)[0] ?? '').find((n) => n.endsWith('.com') && !n.startsWith('xn--'));
  if (!name) throw new Error('no seeded .com domain');
  return name;
}

test.describe('the form kit on the new-host form', () => {
  test.setTimeout(120_000);

  test('focus goes to the first field in error, errors are tied to their fields, a DMAPI Error: line shows at its field and at the top, and what was typed stays', async ({ page }) => {
    const stamp = Date.now().toString(36);
    await signIn(page, { apiKey: 'sandbox-full-key' });
    await page.goto('/hosts/new');
    const form = page.getByRole('form', { name: 'New host' });
    await expect(form).toHaveAttribute('data-ready', '');
    const host = form.getByRole('textbox', { name: 'Host name' });
    const ip1 = form.getByRole('textbox', { name: 'IPv4 address 1' });
    const ip2 = form.getByRole('textbox', { name: 'IPv4 address 2' });

    // Checked in the browser: the host is fine, the second address is not; focus skips the good fields to the bad one.
    const domain = await portfolioDomain();
    await host.fill(`ns-kit-${stamp}.${domain}`);
    await ip1.fill('185.10.20.50');
    await ip2.fill('1.2.3');
    const before = await lastLogId();
    // Leaving the field marks it (validation on blur). Wait for that before clicking: the error line it adds moves the
    // button, and a click whose press and release land on different spots is no click.
    await ip2.press('Tab');
    await expect(ip2).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByRole('button', { name: 'Create host' })).toBeInViewport();
    await form.getByRole('button', { name: 'Create host' }).click();
    await expect(ip2).toBeFocused();
    await expect(ip2).toHaveAttribute('aria-invalid', 'true');
    await expect(ip2).toHaveAccessibleDescription(/invalid IPv4 address: 1\.2\.3/i);
    await expect(ip1).not.toHaveAttribute('aria-invalid', 'true');
    await expect(host).not.toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByRole('alert').first()).toContainText('Some values need attention.');
    expect((await sandboxLog(before)).map((e) => e.request)).not.toContain('ns-create');
    await noSeriousAxe(page);

    // Refused only by Joker: a host under a domain not in this account. The Error: line lands at its field and at the top.
    const foreign = `ns1.not-ours-${stamp}.com`;
    await host.fill(foreign);
    await ip2.fill('');
    await ip1.focus();
    await form.getByRole('button', { name: 'Create host' }).click();
    const top = form.getByRole('alert').filter({ hasText: 'not under a domain of your portfolio' });
    await expect(top.getByRole('list', { name: 'Joker.com said' })).toContainText(`host: ${foreign} is not under a domain of your portfolio`);
    await expect(host).toBeFocused();
    await expect(host).toHaveAttribute('aria-invalid', 'true');
    await expect(host).toHaveAccessibleDescription(/A name under a domain of this account.*is not under a domain of your portfolio/);
    await expect(host).toHaveValue(foreign);
    await expect(ip1).toHaveValue('185.10.20.50');
    await expect(ip1).not.toHaveAttribute('aria-invalid', 'true');
    const sent = (await sandboxLog(before)).filter((e) => e.request === 'ns-create');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.statusCode).not.toBe(0);
    expect(replyBody(await sandboxDmapi('query-ns-list', { pattern: foreign }))).not.toContain(foreign);
    await noSeriousAxe(page);
  });
});

/** Holds the page's scripts back until the returned function lets them through (the page stays as served). */
async function holdScripts(page: Page): Promise<() => void> {
  let release!: () => void;
  const scripts = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/**/*.js', async (route) => {
    await scripts;
    await route.continue();
  });
  return release;
}

test.describe('the form kit before the page is hydrated', () => {
  test.setTimeout(120_000);

  test('a served form shows its saved values, keeps what was typed before hydration, and the browser never submits it itself', async ({ page }) => {
    await signIn(page, { apiKey: 'sandbox-full-key' });
    const domain = await portfolioDomain();
    // The page's scripts are held back until the test lets them through: what follows happens on the served HTML.
    const release = await holdScripts(page);
    const submissions: string[] = [];
    page.on('request', (request) => {
      if (request.isNavigationRequest() && request.method() !== 'GET') submissions.push(`${request.method()} ${request.url()}`);
    });
    await page.goto(`/domains/${domain}`, { waitUntil: 'commit' });

    // Served with the saved values, not empty fields and each select's first option.
    const renew = page.getByRole('form', { name: `Renew ${domain}` });
    const year = renew.getByLabel('New expiration year');
    await expect(year).toHaveValue(/^\d{4}$/);
    await expect(renew).not.toHaveAttribute('data-ready', '');
    const until = await year.inputValue();
    await expect(renew.getByLabel('Renew', { exact: true })).toHaveValue('expyear');
    const nameservers = page.getByRole('form', { name: `Name servers of ${domain}` }).getByLabel('Name servers, one per line');
    await expect(nameservers).toHaveValue(/\S/);
    const saved = await nameservers.inputValue();

    // Enter in the renewal's only text field: no submit by the browser (it would post the form to the page).
    await year.press('Enter');
    // Chosen and typed before hydration.
    await renew.getByLabel('Renew', { exact: true }).selectOption('years');
    await nameservers.fill('ns1.typed-before-hydration.example\nns2.typed-before-hydration.example');

    release();
    await expect(renew).toHaveAttribute('data-ready', '');
    // The form took the choice: the years select replaces the year field, and the confirmation computes from it.
    await expect(renew.getByLabel('Renew', { exact: true })).toHaveValue('years');
    await expect(renew.getByLabel('Years', { exact: true })).toHaveValue('1');
    await expect(renew.getByLabel('New expiration year')).toHaveCount(0);
    await expect(nameservers).toHaveValue('ns1.typed-before-hydration.example\nns2.typed-before-hydration.example');
    await renew.getByRole('button', { name: 'Renew…' }).click();
    const dialog = page.getByRole('dialog', { name: `Renew ${domain}?` });
    await expect(dialog).toContainText(`Renew ${domain} by 1 year, until ${until}.`);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(submissions).toEqual([]);
    expect(new URL(page.url()).search).toBe('');

    // Nothing was saved: the served values come back.
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.reload();
    await expect(nameservers).toHaveValue(saved);
  });

  test('the domain list keeps what was typed and chosen in its filters before hydration', async ({ page }) => {
    await signIn(page, { apiKey: 'sandbox-full-key' });
    const release = await holdScripts(page);
    await page.goto('/domains', { waitUntil: 'commit' });
    const box = page.getByLabel('Name or pattern');
    const lock = page.getByRole('combobox', { name: 'Lock', exact: true });
    await expect(box).toBeVisible();
    await expect(box).not.toHaveAttribute('data-ready', '');
    await box.fill('a*.de');
    await lock.selectOption('yes');

    release();
    await expect(box).toHaveAttribute('data-ready', '');
    await expect(box).toHaveValue('a*.de');
    await expect(lock).toHaveValue('yes');
    await expect(page.locator('#domain-count')).toHaveText(/^[\d,]+ of [\d,]+ domains$/);
    const names = await page.getByRole('grid').getByRole('link').allInnerTexts();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(/^a.*\.de$/);
    await expect.poll(() => new URL(page.url()).searchParams.get('locked')).toBe('yes');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('a*.de');
  });

  test('data the server started reading streams in and hydrates into the HTML it was served (no mismatch)', async ({ page, hydration }) => {
    // The header's balance, the navigation's pending count and the results inbox are read by the server without
    // waiting (lib/query/server.tsx). With the DMAPI slow the page is served before their answers, which then stream
    // in; the scripts run only once the whole page is in, when the browser already holds every answer. Read with
    // useQuery, the server rendered "loading" and the browser's first render the data: React threw the page away.
    await signIn(page, { apiKey: 'sandbox-full-key' });
    const latency = (ms: number) => fetch(`${sandboxURL}/_sandbox/latency`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ms, jitter: 0 }) });
    expect((await latency(400)).ok).toBe(true);
    try {
      for (const path of ['/', '/results', '/domains']) {
        const release = await holdScripts(page);
        const response = await page.goto(path, { waitUntil: 'commit' });
        // While the answers are out, the served page shows neither the balance nor the figures that need them.
        if (path === '/results') await expect(page.getByText('Reading result-list…')).toBeVisible();
        expect(await response?.finished()).toBeNull();
        release();
        await expect(page.getByRole('button', { name: /^Account menu:/ })).toHaveAttribute('data-ready', '', { timeout: 30_000 });
        await expect(page.getByTestId('header-balance')).toHaveText(/\d/);
        if (path === '/results') await expect(page.getByText(/requests? received in the last 90 days/)).toBeVisible();
        await page.waitForLoadState('networkidle');
        await page.unrouteAll({ behavior: 'ignoreErrors' });
      }
    } finally {
      await latency(0);
    }
    // The hydration fixture has recorded every mismatch so far (and fails any test after it, too).
    expect(hydration).toEqual([]);
  });
});
