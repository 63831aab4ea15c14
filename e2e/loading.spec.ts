import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
// The hydration check's `test` without the leak scan: this spec runs its own panel (3,000 domains, above the size
// the list embeds whole).
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './helpers/hydration';
import { freePort, waitForHttp } from '../test/net';

/**
 * How the first views load, counted in the sandbox's request log: no DMAPI read is made twice for one view, the
 * list's first screen comes with the page and the whole list is fetched once (the preload), and a slow section of
 * the overview does not hold up its fast ones.
 */
const DATA_DIR = '.data/e2e-loading';
const DOMAINS = 3000;
let child: ChildProcess | undefined;
let base = '';
let sandbox = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const [port, sandboxPort] = [await freePort(), await freePort()];
  base = `http://127.0.0.1:${port}`;
  sandbox = `http://127.0.0.1:${sandboxPort}`;
  rmSync(DATA_DIR, { recursive: true, force: true });
  child = spawn(process.execPath, ['scripts/start.mjs'], {
    detached: true,
    stdio: 'ignore',
    env: {
      ...process.env,
      PORT: String(port),
      SANDBOX_PORT: String(sandboxPort),
      SANDBOX_ARGS: `--memory --domains ${DOMAINS}`,
      DMAPI_URL: '',
      DATABASE_URL: '',
      DATA_DIR,
      // A read the sandbox never answers (the fault below) gives up after 6 s instead of 30.
      DMAPI_TIMEOUT_MS: '6000',
    },
  });
  await waitForHttp(`${base}/api/health`, 200_000);
});

test.afterAll(() => {
  if (child?.pid) process.kill(-child.pid, 'SIGTERM');
});

async function lastLogId(): Promise<number> {
  const res = await fetch(`${sandbox}/_sandbox/log`);
  return ((await res.json()) as { entries: { id: number }[] }).entries.at(-1)?.id ?? 0;
}

/** A DMAPI request as the sandbox logged it: its name and a digest of its parameters (without the Auth-Sid). */
type Read = { request: string; params: string };

/**
 * The DMAPI requests since `since`, by name, once the log has been quiet for half a second. The reads themselves
 * (name and parameters) are kept beside the counts for expectEachOnce: `result-list count-only=1` and
 * `result-list limit=12` are two reads, one request name.
 */
async function readsSince(since: number): Promise<Record<string, number>> {
  let seen = -1;
  let quietSince = Date.now();
  for (;;) {
    const res = await fetch(`${sandbox}/_sandbox/log?since=${since}`);
    const entries = ((await res.json()) as { entries: Read[] }).entries;
    if (entries.length !== seen) [seen, quietSince] = [entries.length, Date.now()];
    else if (Date.now() - quietSince >= 500) {
      const counts: Record<string, number> = {};
      for (const e of entries) counts[e.request] = (counts[e.request] ?? 0) + 1;
      readsOf.set(counts, entries);
      return counts;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

const readsOf = new WeakMap<Record<string, number>, Read[]>();

/** No read (the same request with the same parameters) was made twice. */
function expectEachOnce(counts: Record<string, number>): void {
  const byRead = new Map<string, number>();
  for (const e of readsOf.get(counts) ?? []) byRead.set(`${e.request} ${e.params}`, (byRead.get(`${e.request} ${e.params}`) ?? 0) + 1);
  const twice = [...byRead].filter(([, n]) => n > 1);
  expect(twice, `DMAPI reads made more than once: ${JSON.stringify(counts)}`).toEqual([]);
}

async function signIn(page: Page): Promise<void> {
  await page.goto(`${base}/login`);
  await page.waitForLoadState('networkidle');
  await page.getByRole('tab', { name: 'API key' }).click();
  await page.getByRole('textbox', { name: 'API key', exact: true }).fill('sandbox-full-key');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: /^Account menu:/ })).toBeVisible();
}

/** Every streamed section of the page has arrived. */
async function allStreamed(page: Page): Promise<void> {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
}

/** The name of the domain list's first row (the list opened, the held copy of the list read). */
async function readDomainName(page: Page): Promise<string> {
  await page.goto(`${base}/domains`);
  await expect(page.getByRole('grid', { name: 'Domains' })).toHaveAttribute('aria-busy', 'false');
  return (await page.getByRole('row').nth(1).getByRole('link').innerText()).trim();
}

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** Every DMAPI call of the sandbox takes `ms` from now on (no jitter); 0 puts it back. */
async function setLatency(ms: number): Promise<void> {
  const res = await fetch(`${sandbox}/_sandbox/latency`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ms, jitter: 0 }) });
  expect(res.ok).toBe(true);
}

// React streams a boundary that was not ready with the first bytes as a placeholder (<template id="B:…">) in the page
// and its content later in a hidden <div id="S:…">.
const firstPlaceholder = (html: string) => html.indexOf('<template id="B:');
const firstStreamed = (html: string) => html.indexOf('<div hidden id="S:');

test('the overview shows the balance and the counts while its slowest read is still out', async ({ browser }) => {
  // The price list (needed only by the renewal forecast) gets no answer until the panel's DMAPI timeout.
  const fault = await fetch(`${sandbox}/_sandbox/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ request: 'query-price-list', mode: 'timeout', count: 1 }),
  });
  expect(fault.ok).toBe(true);
  const page = await newPage(browser);
  await signIn(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Account balance' })).toBeVisible();
  await expect(page.getByRole('link', { name: `Domains: ${DOMAINS}` })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Loading the renewal forecast' })).toBeVisible();
  // Then the forecast arrives without prices rather than never.
  await expect(page.getByRole('heading', { name: 'Autorenew against the balance' })).toBeVisible({ timeout: 20_000 });
  await page.context().close();
});

test('signing in reads each DMAPI request once', async ({ browser }) => {
  const page = await newPage(browser);
  await page.goto(`${base}/login`);
  await page.waitForLoadState('networkidle');
  const since = await lastLogId();
  await page.getByRole('tab', { name: 'API key' }).click();
  await page.getByRole('textbox', { name: 'API key', exact: true }).fill('sandbox-full-key');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await allStreamed(page);
  const counts = await readsSince(since);
  expect(counts.login).toBe(1);
  expectEachOnce(counts);
  await page.context().close();
});

test('the overview, the domain list and a domain page read each DMAPI request once', async ({ browser }) => {
  const page = await newPage(browser);
  await signIn(page);
  await allStreamed(page);

  let since = await lastLogId();
  await page.goto(`${base}/`);
  await allStreamed(page);
  const overview = await readsSince(since);
  expect(overview['query-account-balance']).toBe(1);
  expectEachOnce(overview);

  since = await lastLogId();
  const listRequests: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/api/domains') listRequests.push(r.url());
  });
  await page.goto(`${base}/domains`);
  await expect(page.getByRole('grid', { name: 'Domains' })).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator('#domain-count')).toHaveText(`${DOMAINS.toLocaleString('en')} domains`);
  expectEachOnce(await readsSince(since));
  // The page asked the browser to preload the list and the list's fetch took that answer: one request.
  expect(listRequests).toHaveLength(1);

  const name = (await page.getByRole('row').nth(1).getByRole('link').innerText()).trim();
  since = await lastLogId();
  await page.goto(`${base}/domains/${encodeURIComponent(name)}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await allStreamed(page);
  const domainPage = await readsSince(since);
  expectEachOnce(domainPage);
  // The row came from the account's held copy of the list (no list read); every other read is made once. The page's
  // own reads: whois (with its internal variant when privacy hides the owner), grants, the domain's properties, and the
  // renewal offer (domain-check, the TLD, the balance) and its 6-hour rule (result-list).
  expect(domainPage['query-domain-list']).toBeUndefined();
  expect(domainPage['grants-list']).toBe(1);
  expect(domainPage['query-whois']).toBeGreaterThanOrEqual(1);
  // The first domain page of its TLD in this account reads the TLD's inquiry (the next test: no other one does).
  expect(domainPage['inquire-tld']).toBe(1);
  await expect(page.getByRole('region', { name: 'Overview' })).toBeVisible();

  // Refresh reads the list again, once.
  await page.goto(`${base}/domains`);
  await expect(page.getByRole('grid', { name: 'Domains' })).toHaveAttribute('aria-busy', 'false');
  await page.waitForTimeout(2_100);
  since = await lastLogId();
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByText('Domain list read again from Joker.com')).toBeVisible();
  expect(await readsSince(since)).toEqual({ 'query-domain-list': 1 });
  await page.context().close();
});

test('a TLD’s inquiry is read once per account: the next domain page of that TLD shows the registry’s DNSSEC form without asking', async ({ browser }) => {
  const page = await newPage(browser);
  await signIn(page);
  // The list's first domain was opened by the test before, which read its TLD's inquiry; here another of that TLD.
  const first = await readDomainName(page);
  const tld = first.slice(first.lastIndexOf('.') + 1);
  await page.goto(`${base}/domains?tld=${encodeURIComponent(tld)}`);
  await expect(page.getByRole('grid', { name: 'Domains' })).toHaveAttribute('aria-busy', 'false');
  const second = (await page.getByRole('row').nth(2).getByRole('link').innerText()).trim();
  expect(second).not.toBe(first);
  expect(second.endsWith(`.${tld}`)).toBe(true);

  const dnssecSaid = async (name: string) => {
    await page.goto(`${base}/domains/${encodeURIComponent(name)}`);
    await allStreamed(page);
    return (await page.getByRole('region', { name: 'DNSSEC' }).getByText(/The registry (takes|of this TLD does not take)/).innerText()).replace(/^DNSSEC is \w+\. /, '');
  };
  const fromFirst = await dnssecSaid(first);
  const since = await lastLogId();
  const fromSecond = await dnssecSaid(second);
  const reads = await readsSince(since);
  expectEachOnce(reads);
  expect(reads['inquire-tld']).toBeUndefined();
  expect(reads['query-whois']).toBeGreaterThanOrEqual(1);
  expect(fromSecond).toBe(fromFirst);
  expect(fromSecond).toMatch(/^The registry takes (DS|DNSKEY) records/);
  await page.context().close();
});

test('the results inbox reads its page of result-list once: the browser does not ask again for what the server just read', async ({ browser }) => {
  const page = await newPage(browser);
  await signIn(page);
  await allStreamed(page);
  const since = await lastLogId();
  await page.goto(`${base}/results`);
  await expect(page.getByText(/requests? received in the last 90 days/)).toBeVisible();
  await expect(page.getByRole('button', { name: /^Account menu:/ })).toHaveAttribute('data-ready', '');
  const reads = await readsSince(since);
  expectEachOnce(reads);
  expect(reads['result-list']).toBeGreaterThanOrEqual(1);
  await page.context().close();
});

test('a domain page opened from the list asks for the data of its sections together with its whois: one link of DMAPI calls', async ({ browser }) => {
  const page = await newPage(browser);
  await signIn(page);
  // A domain of a TLD no earlier test opened, so that the TLD's inquiry (kept per account and TLD) is read here too.
  const opened = await readDomainName(page);
  const openedTld = opened.slice(opened.lastIndexOf('.'));
  const names = (await page.getByRole('row').getByRole('link').allInnerTexts()).map((n) => n.trim());
  const name = names.find((n) => !n.endsWith(openedTld));
  if (!name) throw new Error(`the list's first screen has no domain outside ${openedTld}`);
  // Each DMAPI call takes 400 ms: a read made only after the whois answered is logged 400 ms after it.
  await setLatency(400);
  try {
    const since = await lastLogId();
    await page.goto(`${base}/domains/${encodeURIComponent(name)}`);
    await allStreamed(page);
    await readsSince(since);
    const res = await fetch(`${sandbox}/_sandbox/log?since=${since}`);
    const entries = ((await res.json()) as { entries: { request: string; at: string }[] }).entries;
    const at = (request: string) => Date.parse(entries.find((e) => e.request === request)?.at ?? '');
    const whois = at('query-whois');
    expect(Number.isFinite(whois)).toBe(true);
    for (const request of ['domain-get-property', 'grants-list', 'inquire-tld', 'domain-check', 'query-account-balance', 'result-list']) {
      const when = at(request);
      expect(Math.abs(when - whois), `${request} started ${when - whois} ms after the whois`).toBeLessThan(200);
    }
    // The core's read goes out first: a fast DMAPI answers the sections' reads after it, not before.
    const first = (request: string) => entries.findIndex((e) => e.request === request);
    for (const request of ['domain-get-property', 'grants-list', 'inquire-tld', 'domain-check']) {
      expect(first('query-whois'), `query-whois logged after ${request}`).toBeLessThan(first(request));
    }
  } finally {
    await setLatency(0);
  }
  await page.context().close();
});

test('the overview and a domain page send their heading first: what lies below renders after the first bytes are out', async ({ browser }) => {
  const page = await newPage(browser);
  await signIn(page);
  const name = await readDomainName(page);
  // Rendered after the first bytes, the lower parts are never in the first part, however fast the DMAPI answers (here
  // at once).

  const domain = await (await page.request.get(`${base}/domains/${encodeURIComponent(name)}`)).text();
  expect(domain.indexOf('<h1')).toBeGreaterThan(0);
  expect(domain.indexOf('id="overview"')).toBeLessThan(firstPlaceholder(domain));
  for (const section of ['id="nameservers"', 'id="contacts"', 'id="delete"']) {
    expect(domain.indexOf(section), section).toBeGreaterThan(firstStreamed(domain));
  }

  const overview = await (await page.request.get(`${base}/`)).text();
  expect(overview.indexOf('>Overview</h1>')).toBeGreaterThan(0);
  expect(overview.indexOf('>Overview</h1>')).toBeLessThan(firstPlaceholder(overview));
  expect(overview.indexOf('aria-label="Account balance"')).toBeGreaterThan(firstStreamed(overview));
  await page.context().close();
});

test('a domain page from the list sends its heading and the list’s facts before its whois answers', async ({ browser }) => {
  const page = await newPage(browser);
  await signIn(page);
  const name = await readDomainName(page);
  // Each DMAPI call takes 400 ms; the list's row comes from the account's held copy (read by the list above).
  await setLatency(400);
  try {
    const html = await (await page.request.get(`${base}/domains/${encodeURIComponent(name)}`)).text();
    expect(firstPlaceholder(html)).toBeGreaterThan(0);
    // With the first bytes: the heading and what the list knows (status, expiry, privacy, grants).
    for (const part of ['<h1', '>Status</dt>', '>Expiration</dt>', '>Grants</dt>']) {
      expect(html.indexOf(part), part).toBeGreaterThan(0);
      expect(html.indexOf(part), part).toBeLessThan(firstPlaceholder(html));
    }
    // When the whois has answered: its part of the overview.
    for (const part of ['>Owner</dt>', '>Name servers</dt>', '>Created</dt>']) expect(html.indexOf(part), part).toBeGreaterThan(firstStreamed(html));
  } finally {
    await setLatency(0);
  }
  await page.context().close();
});

test('a zone page sends its heading while the zone is read; the editor streams in when Joker.com has answered', async ({ browser }) => {
  const page = await newPage(browser);
  await signIn(page);
  const name = await readDomainName(page);
  await setLatency(400);
  try {
    const html = await (await page.request.get(`${base}/zones/${encodeURIComponent(name)}`)).text();
    expect(html.indexOf('<h1')).toBeGreaterThan(0);
    expect(html.indexOf('<h1')).toBeLessThan(firstPlaceholder(html));
    expect(html.indexOf('aria-label="Loading the zone"')).toBeGreaterThan(firstPlaceholder(html));
    // The editor (its records and the panel's history of the zone) arrives in the streamed part, after dns-zone-get.
    for (const part of ['id="zone-records-h"', 'id="zone-history-h"']) expect(html.indexOf(part), part).toBeGreaterThan(firstStreamed(html));
  } finally {
    await setLatency(0);
  }
  await page.context().close();
});

test('the list sends its first screen with the page, before any script runs', async ({ browser }) => {
  const page = await newPage(browser);
  await signIn(page);
  const html = await (await page.request.get(`${base}/domains?sort=domain`)).text();
  const rows = html.match(/role="row"[^>]*aria-rowindex="\d+"/g) ?? [];
  expect(rows.length).toBeGreaterThan(20);
  expect(html).toContain('aria-busy="true"');
  await page.context().close();
});

test('a page load asks the server for nothing it will not show: no router prefetch of the navigation or its links', async ({ browser }) => {
  const page = await newPage(browser);
  await signIn(page);
  const prefetches: string[] = [];
  page.on('request', (r) => {
    if (r.headers()['next-router-prefetch']) prefetches.push(new URL(r.url()).pathname);
  });
  for (const path of ['/', '/domains', '/account']) {
    await page.goto(`${base}${path}`);
    await page.waitForLoadState('networkidle');
  }
  // The navigation (and the overview's figures) link to a dozen dynamic pages: links in view are not fetched ahead.
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link')).not.toHaveCount(0);
  expect(prefetches).toEqual([]);
  // A click still navigates, with one request for the page.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Domains' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Domains' })).toBeVisible();
  await page.context().close();
});

test('a page asks the server for no data once it has loaded: a form’s choices are read when the user turns to the form', async ({ browser }) => {
  const page = await newPage(browser);
  await signIn(page);
  const name = await readDomainName(page);
  const asked: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.origin === base && r.resourceType() !== 'document' && !url.pathname.startsWith('/_next/static') && url.pathname !== '/icon.svg') asked.push(`${url.pathname}${url.search}`);
  });
  // Every page of the navigation, and a domain's page and zone. Not the domain list: its HTML itself starts the
  // request for the whole list (a preload), which can finish after load.
  const pages = ['/', `/domains/${encodeURIComponent(name)}`, `/zones/${encodeURIComponent(name)}`, '/results', '/transfers', '/register', '/contacts', '/grants', '/verification', '/orders', '/prices', '/jobs', '/settings', '/account'];
  for (const path of pages) {
    asked.length = 0;
    await page.goto(`${base}${path}`);
    await allStreamed(page);
    await page.waitForLoadState('networkidle');
    expect(asked, `${path} asked for data after it loaded`).toEqual([]);
  }
  // On the domain page: the contacts form lists the TLD's handles once a field has focus.
  await page.goto(`${base}/domains/${encodeURIComponent(name)}`);
  await allStreamed(page);
  await page.waitForLoadState('networkidle');
  const form = page.getByRole('form', { name: `Contacts of ${name}` });
  await expect(form).toContainText('Choose a field to list the handles');
  asked.length = 0;
  const since = await lastLogId();
  await form.getByRole('combobox', { name: 'Admin (admin-c)' }).focus();
  await expect(form).toContainText(/Handles that may be used for \.\w+ domains\./);
  expect(asked.filter((a) => a.startsWith('/api/register/handles'))).toHaveLength(1);
  expect(await readsSince(since)).toEqual({ 'query-contact-list': 1 });
  await page.context().close();
});
