import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, signIn, signOut, test } from './helpers/fixtures';
import { replyBody, sandboxDmapi } from './helpers/sandbox';
import { openZone, pressSave, putZone, reloadZone, resellerZones, saveZone, zoneLines } from './zones-helpers';

/** Each test works on its own zone (the bulk test takes the first 20). */
async function zoneFor(n: number): Promise<string> {
  const zones = await resellerZones();
  const zone = zones[20 + n];
  if (!zone) throw new Error('the seed has too few zones');
  return zone;
}

async function expectAccessible(page: Page) {
  const axe = await new AxeBuilder({ page }).include('main').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
}

type Fill = Record<string, string>;
const ONE_OF_EACH: [string, Fill][] = [
  ['A', { Name: 'www', Value: '192.0.2.10' }],
  ['AAAA', { Name: 'www', Value: '2001:db8::10' }],
  ['MX', { Name: '@', Preference: '10', Value: 'mail.example.com.' }],
  ['CNAME', { Name: 'blog', Value: 'www' }],
  ['TXT', { Name: '@', Value: 'v=spf1 mx -all' }],
  ['SRV', { Name: '_sip._tcp', Priority: '10', Weight: '100', Value: 'sip.example.com:5060' }],
  ['NAPTR', { Name: 'e164', Order: '10', Preference: '100', Value: '.', Flags: 'U', Service: 'E2U+sip', Regex: '!^.*$!sip:info@example.com!' }],
  ['CAA', { Name: '@', Value: 'letsencrypt.org' }],
  ['URL', { Name: 'go', Value: 'https://www.example.com/landing' }],
  ['FRAME', { Name: 'shop', Value: 'https://shop.example.net/', 'HTTP headers': 'X-Robots-Tag: noindex', 'HTML head': '<meta name=robots content=noindex>', Title: 'Our shop', 'Body (noframes)': 'Visit our shop' }],
  ['MAILFW', { Mailbox: 'info', Value: 'owner@example.net', 'Spam filter (0/1)': '1' }],
  ['DYNA', { Name: 'home', Value: '192.0.2.77' }],
  ['DYNAAAA', { Name: 'home', Value: '2001:db8:1::77' }],
];

/** Every zone edit this browser keeps, as stored. */
async function storedDrafts(page: Page): Promise<string> {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('zone-draft:')).map((k) => localStorage.getItem(k)).join('\n'));
}

async function addRecord(page: Page, type: string, fill: Fill) {
  await page.getByRole('button', { name: 'Add record' }).click();
  const form = page.getByRole('form', { name: 'Add this record' });
  await form.getByLabel('Type').selectOption(type);
  for (const [label, value] of Object.entries(fill)) await form.getByLabel(label, { exact: true }).fill(value);
  await form.getByRole('button', { name: 'Add this record' }).click();
  await expect(form).toBeHidden();
}

test.describe('zone editor', () => {
  test.setTimeout(120_000);

  test('adds one record of each type through the forms and saves them; the sandbox holds each', async ({ page }) => {
    const domain = await zoneFor(0);
    await putZone(domain, []);
    await signIn(page, { apiKey: 'sandbox-full-key' });
    await openZone(page, domain);
    await expect(page.getByRole('heading', { name: `Zone ${domain}` })).toBeVisible();
    await expectAccessible(page);
    for (const [type, fill] of ONE_OF_EACH) await addRecord(page, type, fill);
    await expect(page.getByRole('heading', { name: `Records (${ONE_OF_EACH.length})` })).toBeVisible();
    await expectAccessible(page);
    await saveZone(page, domain, 'one of each');
    const lines = await zoneLines(domain);
    for (const [type] of ONE_OF_EACH) expect(lines.some((l) => l.split(/\s+/)[1] === type), type).toBe(true);
    expect(lines).toContain('@ MX 10 mail.example.com. 86400');
    expect(lines).toContain('info MAILFW 0 owner@example.net 86400 0 0 1');
    expect(lines).toContain('shop FRAME 0 https://shop.example.net/ 86400 0 0 "X-Robots-Tag: noindex" "<meta name=robots content=noindex>" "Our shop" "Visit our shop"');
  });

  test('a large save or an apex MX change waits for the typed zone name', async ({ page }) => {
    const domain = await zoneFor(7);
    const hosts = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
    await putZone(domain, ['@ MX 10 mail.example.net. 3600', ...hosts.map((h, i) => `${h} A 0 192.0.2.${i + 1} 3600`)]);
    await signIn(page, { apiKey: 'sandbox-full-key' });
    await openZone(page, domain);
    const review = page.getByRole('region', { name: 'Review and save' });
    const save = review.getByRole('button', { name: 'Save zone' });
    const confirm = review.getByLabel(`Type ${domain} to confirm`);

    // Four of ten records (40 %), selected in the grid and deleted together.
    const grid = page.getByRole('grid', { name: 'Records' });
    for (const h of ['a', 'b', 'c', 'd']) await grid.getByRole('checkbox', { name: new RegExp(`^Select ${h} A `) }).check();
    await page.getByRole('button', { name: 'Delete selected (4)' }).click();
    await expect(review).toContainText('This save changes 4 of 10 records (40 %).');
    await expect(save).toBeDisabled();
    await confirm.fill('not-the-zone.example');
    await expect(save).toBeDisabled();
    await confirm.fill(domain);
    await expect(save).toBeEnabled();
    await saveZone(page, domain);
    expect(await zoneLines(domain)).toEqual(['@ MX 10 mail.example.net. 3600', ...hosts.slice(4).map((h, i) => `${h} A 0 192.0.2.${i + 5} 3600`)]);

    // One change of ten, but to the apex MX.
    await page.getByRole('button', { name: 'Edit @ MX mail.example.net.' }).click();
    const form = page.getByRole('form', { name: 'Update this record' });
    await form.getByLabel('Preference').fill('20');
    await form.getByRole('button', { name: 'Update this record' }).click();
    await expect(review).toContainText('It changes the apex MX or NS records');
    await expect(save).toBeDisabled();
    await confirm.fill(domain);
    await saveZone(page, domain);
    // The first save's "confirmed" line is still on screen: wait for the sandbox to hold the second save.
    await expect.poll(() => zoneLines(domain), { timeout: 30_000 }).toContain('@ MX 20 mail.example.net. 3600');
  });

  test('DynDNS is switched on with a user and a password that is never shown back, and kept on the next save', async ({ page }) => {
    const domain = await zoneFor(8);
    await putZone(domain, ['home DYNA 0 192.0.2.7 60']);
    await signIn(page, { apiKey: 'sandbox-full-key' });
    await openZone(page, domain);
    const dyn = page.getByRole('form', { name: 'DynDNS' });
    await expect(page.getByRole('grid', { name: 'Records' })).toContainText('DYNA has no effect while DynDNS is off');
    await dyn.getByLabel(/DynDNS on/).check();
    await dyn.getByLabel('DynDNS user').fill('dynuser');
    await dyn.getByRole('button', { name: 'Apply DynDNS settings' }).click();
    await expect(dyn.getByRole('alert')).toHaveText('DynDNS needs a user and a password.');
    await dyn.getByLabel('DynDNS password').fill('E2e-Secret-42');
    await dyn.getByRole('button', { name: 'Apply DynDNS settings' }).click();
    await expect(dyn.getByLabel('DynDNS password')).toHaveValue('');
    await expect(page.getByRole('grid', { name: 'Records' })).not.toContainText('DynDNS is off');
    // The unsaved edit is kept in the browser's storage, without the password.
    await expect.poll(() => storedDrafts(page)).toContain('$dyndns=yes:dynuser:(unchanged)');
    expect(await storedDrafts(page)).not.toContain('E2e-Secret-42');
    await saveZone(page, domain);
    expect(replyBody(await sandboxDmapi('dns-zone-get', { domain }))).toMatch(/^\$dyndns=yes:dynuser:E2e-Secret-42$/m);

    await reloadZone(page);
    await expect(dyn.getByLabel('DynDNS password')).toHaveValue('');
    await expect(dyn).toContainText('A password is set; leave this empty to keep it.');
    await expect(page.getByLabel(/The zone in the DMAPI format/)).toHaveValue(/\$dyndns=yes:dynuser:\(unchanged\)/);
    expect(await page.content()).not.toContain('E2e-Secret-42');
    await dyn.getByLabel('DynDNS user').fill('dynuser2');
    await dyn.getByRole('button', { name: 'Apply DynDNS settings' }).click();
    await saveZone(page, domain);
    expect(replyBody(await sandboxDmapi('dns-zone-get', { domain }))).toMatch(/^\$dyndns=yes:dynuser2:E2e-Secret-42$/m);
    await expectAccessible(page);
  });

  test('edits and deletes records; a CNAME beside an A is refused before save', async ({ page }) => {
    const domain = await zoneFor(1);
    await putZone(domain, ['www A 0 192.0.2.1 3600', 'mail A 0 192.0.2.2 3600', 'old TXT 0 "x" 3600']);
    await signIn(page, { apiKey: 'sandbox-full-key' });
    await openZone(page, domain);
    await page.getByRole('button', { name: 'Edit www A 192.0.2.1' }).click();
    const form = page.getByRole('form', { name: 'Update this record' });
    await form.getByLabel('Value', { exact: true }).fill('192.0.2.9');
    await form.getByRole('button', { name: 'Update this record' }).click();
    await page.getByRole('button', { name: 'Delete old TXT x' }).click();

    await addRecord(page, 'CNAME', { Name: 'mail', Value: 'www' });
    const records = page.getByRole('grid', { name: 'Records' });
    await expect(records).toContainText('A CNAME cannot share its name with other records ("mail" also has A)');
    const review = page.getByRole('region', { name: 'Review and save' });
    await expect(review.getByRole('button', { name: 'Save zone' })).toBeDisabled();
    await expect(page.getByRole('list', { name: 'Problems in the text' })).toContainText(/Line \d+: A CNAME cannot share/);
    await page.getByRole('button', { name: 'Delete mail CNAME www' }).click();

    await expect(review.getByRole('list', { name: 'Changes to save' })).toContainText('− old TXT 0 "x" 3600');
    await saveZone(page, domain);
    expect(await zoneLines(domain)).toEqual(['www A 0 192.0.2.9 3600', 'mail A 0 192.0.2.2 3600']);
  });

  test('the records grid works from the keyboard: move, select, edit and delete the active record', async ({ page }) => {
    const domain = await zoneFor(11);
    await putZone(domain, ['a A 0 192.0.2.1 3600', 'b A 0 192.0.2.2 3600', 'c A 0 192.0.2.3 3600']);
    await signIn(page, { apiKey: 'sandbox-full-key' });
    await openZone(page, domain);
    const grid = page.getByRole('grid', { name: 'Records' });
    await grid.focus();
    await page.keyboard.press('End');
    await expect(grid).toHaveAttribute('aria-activedescendant', 'record-row-2');
    await page.keyboard.press('Home');
    await expect(grid).toHaveAttribute('aria-activedescendant', 'record-row-0');
    await page.keyboard.press('ArrowDown');
    await expect(grid).toHaveAttribute('aria-activedescendant', 'record-row-1');

    const second = page.locator('#record-row-1');
    const value = /192\.0\.2\.\d/.exec(await second.innerText())?.[0];
    expect(value).toBeDefined();
    await page.keyboard.press(' ');
    await expect(second).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: 'Update this record' });
    await expect(form.getByLabel('Value', { exact: true })).toHaveValue(value!);
    await form.getByRole('button', { name: 'Cancel' }).click();

    await grid.focus();
    await page.keyboard.press('Delete');
    await expect(grid).not.toContainText(value!);
    await expect(grid.getByRole('row')).toHaveCount(3);
    const review = page.getByRole('region', { name: 'Review and save' });
    await expect(review.getByRole('list', { name: 'Changes to save' })).toContainText(`− ${value === '192.0.2.2' ? 'b' : value === '192.0.2.1' ? 'a' : 'c'} A 0 ${value} 3600`);
  });

  test('the text view round-trips, shows a bad line by number, and saves', async ({ page }) => {
    const domain = await zoneFor(2);
    await putZone(domain, ['www A 0 192.0.2.1 3600', 'txt TXT 0 "hello world" 3600']);
    await signIn(page, { apiKey: 'sandbox-full-key' });
    await openZone(page, domain);
    const text = page.getByLabel(/The zone in the DMAPI format/);
    await expect(text).toHaveValue('$dnssec=no\n$dyndns=no::\nwww A 0 192.0.2.1 3600\ntxt TXT 0 "hello world" 3600\n');
    await text.fill('$dnssec=no\n$dyndns=no::\nwww A 0 192.0.2.1 3600\ntxt TXT 0 "hello world" 3600\nbad A 0 300.1.1.1 3600\n');
    await expect(page.getByRole('list', { name: 'Problems in the text' })).toContainText('Line 5:');
    await text.fill('$dnssec=no\n$dyndns=no::\nwww A 0 192.0.2.1 3600\ntxt TXT 0 "hello world" 3600\napi A 0 192.0.2.5 600\n');
    await expect(page.getByRole('grid', { name: 'Records' })).toContainText('192.0.2.5');
    await saveZone(page, domain);
    expect(await zoneLines(domain)).toEqual(['www A 0 192.0.2.1 3600', 'txt TXT 0 "hello world" 3600', 'api A 0 192.0.2.5 600']);
    await reloadZone(page);
    await expect(page.getByLabel(/The zone in the DMAPI format/)).toHaveValue(
      '$dnssec=no\n$dyndns=no::\nwww A 0 192.0.2.1 3600\ntxt TXT 0 "hello world" 3600\napi A 0 192.0.2.5 600\n',
    );
  });

  test('a 2 MB zone file is refused with its size and the limit; a pasted one too; the editor is unchanged', async ({ page }) => {
    const domain = await zoneFor(3);
    await signIn(page, { apiKey: 'sandbox-full-key' });
    await openZone(page, domain);
    const before = await page.getByRole('grid', { name: 'Records' }).getByRole('row').count();
    const line = 'txt IN TXT "' + 'x'.repeat(180) + '"\n';
    const big = line.repeat(Math.ceil(2_000_000 / line.length));
    await page.getByLabel('Choose a BIND zone file').setInputFiles({ name: 'big.zone', mimeType: 'text/plain', buffer: Buffer.from(big) });
    const alert = page.getByRole('alert').filter({ hasText: 'This zone file is 2.0 MB' });
    await expect(alert).toContainText('at most 1.5 MB can be imported');
    await expect(page.getByLabel('BIND zone file to import')).toHaveValue('');
    // Pasted rather than uploaded: the same limit, said the same way (set as one paste would, not typed key by key).
    await page.getByLabel('BIND zone file to import').evaluate((el, text) => {
      const area = el as HTMLTextAreaElement;
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(area, text);
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, big);
    await page.getByRole('button', { name: /^Import/ }).click();
    await expect(alert).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'imported into the editor' })).toHaveCount(0);
    await expect(page.getByRole('grid', { name: 'Records' }).getByRole('row')).toHaveCount(before);
  });

  test('imports a BIND zone file (what Joker cannot hold is listed) and exports BIND and the DMAPI format', async ({ page }) => {
    const domain = await zoneFor(3);
    await putZone(domain, ['go URL 0 https://www.example.com/ 60']);
    await signIn(page, { apiKey: 'sandbox-full-key' });
    await openZone(page, domain);
    const bindDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export as BIND' }).click();
    const bind = await (await bindDownload).createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of bind) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).toString()).toContain('; joker: go URL');
    const dmapiDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export in the DMAPI format' }).click();
    expect((await dmapiDownload).suggestedFilename()).toBe(`${domain}.dmapi.txt`);

    const file = [
      `$ORIGIN ${domain}.`,
      '$TTL 3600',
      `@ IN SOA ns1.example.net. hostmaster.example.net. 1 7200 3600 1209600 3600`,
      'www IN A 192.0.2.20',
      '@ IN MX 10 mail.example.net.',
      'ptr IN PTR host.example.net.',
    ].join('\n');
    await page.getByLabel('BIND zone file to import').fill(file);
    await page.getByRole('button', { name: /^Import/ }).click();
    const notes = page.getByRole('status').filter({ hasText: 'imported into the editor' });
    await expect(notes).toContainText('Joker.com writes the zone’s SOA record itself.');
    await expect(notes).toContainText('PTR');
    await saveZone(page, domain);
    const lines = await zoneLines(domain);
    expect(lines).toContain('www A 0 192.0.2.20 3600');
    expect(lines).toContain('@ MX 10 mail.example.net. 3600');
    expect(lines.some((l) => l.includes('PTR') || l.includes('SOA'))).toBe(false);
  });

  test('a change made elsewhere between load and save is detected and merged with ours', async ({ page }) => {
    const domain = await zoneFor(4);
    await putZone(domain, ['www A 0 192.0.2.1 3600']);
    await signIn(page, { apiKey: 'sandbox-full-key' });
    await openZone(page, domain);
    await addRecord(page, 'A', { Name: 'ours', Value: '192.0.2.40' });
    await putZone(domain, ['www A 0 192.0.2.1 3600', 'theirs A 0 192.0.2.50 3600']);

    const review = page.getByRole('region', { name: 'Review and save' });
    await pressSave(page, domain);
    const conflict = page.getByRole('alert', { name: 'Conflict' });
    await expect(conflict).toContainText('The zone changed since you loaded it');
    await expect(conflict.getByRole('list', { name: 'Their change' })).toContainText('+ theirs A 0 192.0.2.50 3600');
    expect(await zoneLines(domain)).toEqual(['www A 0 192.0.2.1 3600', 'theirs A 0 192.0.2.50 3600']);
    await expect(review.getByRole('list', { name: 'Changes to save' })).toHaveText('+ ours A 0 192.0.2.40 86400');
    await saveZone(page, domain);
    expect(await zoneLines(domain)).toEqual(['www A 0 192.0.2.1 3600', 'theirs A 0 192.0.2.50 3600', 'ours A 0 192.0.2.40 86400']);
  });

  test('a line the sandbox refuses is shown on its record, and the edit survives a reload', async ({ page }) => {
    const domain = await zoneFor(5);
    await putZone(domain, ['www A 0 192.0.2.1 3600']);
    await signIn(page, { apiKey: 'sandbox-full-key' });
    await openZone(page, domain);
    await addRecord(page, 'URL', { Name: 'bad', Value: 'https://phishing.test/login' });
    await pressSave(page, domain);
    const records = page.getByRole('grid', { name: 'Records' });
    await expect(records.getByRole('row').filter({ hasText: 'phishing.test/login' })).toContainText('refused by the Joker.com redirect service');
    expect(await zoneLines(domain)).toEqual(['www A 0 192.0.2.1 3600']);

    await reloadZone(page);
    await expect(page.getByText('Your unsaved edit of this zone was kept in this browser')).toBeVisible();
    await expect(page.getByRole('grid', { name: 'Records' })).toContainText('https://phishing.test/login');
    await page.getByRole('button', { name: 'Delete bad URL https://phishing.test/login' }).click();
    await expect(page.getByText('Your unsaved edit of this zone was kept')).toBeVisible();
  });

  test('an unsaved edit comes back after a reload without its DynDNS password, and is forgotten at sign-out', async ({ page }) => {
    const domain = await zoneFor(9);
    await putZone(domain, ['home DYNA 0 192.0.2.7 60']);
    await signIn(page, { apiKey: 'sandbox-full-key' });
    await openZone(page, domain);
    const dyn = page.getByRole('form', { name: 'DynDNS' });
    await dyn.getByLabel(/DynDNS on/).check();
    await dyn.getByLabel('DynDNS user').fill('keptuser');
    await dyn.getByLabel('DynDNS password').fill('Never-Stored-7');
    await dyn.getByRole('button', { name: 'Apply DynDNS settings' }).click();
    await expect.poll(() => storedDrafts(page)).toContain('keptuser');

    await reloadZone(page);
    const kept = page.getByRole('status').filter({ hasText: 'Your unsaved edit of this zone was kept in this browser' });
    await expect(kept).toContainText('The DynDNS password typed in it was not kept');
    await expect(dyn.getByLabel('DynDNS user')).toHaveValue('keptuser');
    expect(await page.content()).not.toContain('Never-Stored-7');
    // The zone has no password yet: the save says so, and nothing is sent.
    await pressSave(page, domain);
    await expect(page.getByRole('region', { name: 'Review and save' }).getByRole('alert')).toContainText('DynDNS needs a password');
    expect(replyBody(await sandboxDmapi('dns-zone-get', { domain }))).toMatch(/^\$dyndns=no::$/m);
    await dyn.getByLabel('DynDNS password').fill('Typed-Again-8');
    await dyn.getByRole('button', { name: 'Apply DynDNS settings' }).click();
    await expect(kept).not.toContainText('The DynDNS password typed in it was not kept');

    await signOut(page);
    expect(await storedDrafts(page)).toBe('');
    await signIn(page, { apiKey: 'sandbox-full-key' });
    await openZone(page, domain);
    await expect(page.getByText('Your unsaved edit of this zone was kept')).toHaveCount(0);
    await expect(dyn.getByLabel('DynDNS user')).toHaveValue('');
  });

  test('an edit left by a session that ended without sign-out comes back to its own user only', async ({ page }) => {
    const domain = await zoneFor(10);
    await putZone(domain, ['www A 0 192.0.2.1 3600']);
    await signIn(page, { apiKey: 'sandbox-full-key' });
    await openZone(page, domain);
    await addRecord(page, 'A', { Name: 'left', Value: '192.0.2.61' });
    await expect.poll(() => storedDrafts(page)).toContain('192.0.2.61');

    // The session ends without a sign-out (idle expiry, a closed browser): the draft stays in this browser.
    await page.context().clearCookies();
    // Another user of the same account: the reseller's password login (its role is the same in every run).
    await signIn(page, { username: 'reseller@sandbox.test', password: 'sandbox-reseller' });
    await openZone(page, domain);
    await expect(page.getByRole('grid', { name: 'Records' })).toContainText('192.0.2.1');
    await expect(page.getByText('Your unsaved edit of this zone was kept')).toHaveCount(0);
    await expect(page.getByRole('grid', { name: 'Records' })).not.toContainText('192.0.2.61');
    expect(await storedDrafts(page)).toContain('192.0.2.61');

    await page.context().clearCookies();
    await signIn(page, { apiKey: 'sandbox-full-key' });
    await openZone(page, domain);
    await expect(page.getByText('Your unsaved edit of this zone was kept in this browser')).toBeVisible();
    await expect(page.getByRole('grid', { name: 'Records' })).toContainText('192.0.2.61');
    expect(await zoneLines(domain)).toEqual(['www A 0 192.0.2.1 3600']);
  });

  test('restores a previous version from the history', async ({ page }) => {
    const domain = await zoneFor(6);
    await putZone(domain, ['www A 0 192.0.2.1 3600', 'mail A 0 192.0.2.2 3600']);
    await signIn(page, { apiKey: 'sandbox-full-key' });
    await openZone(page, domain);
    await page.getByRole('button', { name: 'Delete mail A 192.0.2.2' }).click();
    await saveZone(page, domain, 'drop mail');
    expect(await zoneLines(domain)).toEqual(['www A 0 192.0.2.1 3600']);

    await reloadZone(page);
    const history = page.getByRole('list', { name: 'Zone history' });
    await expect(history).toContainText('drop mail');
    await history.getByRole('button', { name: 'Show changes' }).first().click();
    await expect(history).toContainText('− mail A 0 192.0.2.2 3600');
    await history.getByRole('button', { name: /Restore the version before the save/ }).first().click();
    await expect(page.getByRole('region', { name: 'Review and save' }).getByRole('list', { name: 'Changes to save' })).toContainText('+ mail A 0 192.0.2.2 3600');
    await saveZone(page, domain);
    expect(await zoneLines(domain)).toEqual(['www A 0 192.0.2.1 3600', 'mail A 0 192.0.2.2 3600']);
  });

  test('applies one SPF change to 20 zones as a bulk job, previewed per zone', async ({ page }) => {
    test.setTimeout(240_000);
    const zones = (await resellerZones()).slice(0, 20);
    for (const z of zones) await putZone(z, ['www A 0 192.0.2.1 3600', '@ TXT 0 "v=spf1 -all" 3600']);
    await signIn(page, { apiKey: 'sandbox-full-key' });
    await page.goto('/zones');
    await expectAccessible(page);
    const search = page.getByLabel('Search zones');
    for (const z of zones) {
      await search.fill(z);
      await page.getByRole('checkbox', { name: `Select ${z}`, exact: true }).check();
    }
    await search.fill('');
    await expect(page.getByRole('heading', { name: 'Change the selected zones (20)' })).toBeVisible();
    const bulk = page.getByRole('region', { name: 'Change the selected zones (20)' });
    await bulk.getByLabel('Value', { exact: true }).fill('v=spf1 include:_spf.example.net -all');
    await bulk.getByLabel('TTL').fill('3600');
    await bulk.getByRole('button', { name: 'Preview the change' }).click();
    await expect(bulk.getByRole('list', { name: 'Preview per zone' })).toContainText('~ @ TXT 0 "v=spf1 -all" 3600 → @ TXT 0 "v=spf1 include:_spf.example.net -all" 3600');
    await expectAccessible(page);
    await bulk.getByRole('button', { name: 'Change 20 zones' }).click();
    await page.waitForURL(/\/jobs\/\d+/);
    for (const z of zones) {
      await expect.poll(() => zoneLines(z), { timeout: 120_000 }).toEqual(['www A 0 192.0.2.1 3600', '@ TXT 0 "v=spf1 include:_spf.example.net -all" 3600']);
    }
  });
});
