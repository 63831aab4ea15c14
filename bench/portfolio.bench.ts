/**
 * The panel's first views in headless Chromium against a built panel with its own sandbox, at 1,000, 10,000 and
 * 100,000 domains (BENCH_SIZES): navigation → first row of the list, navigation → content of a domain page (with,
 * from the same navigations, when the panel's first byte arrived and when the new document was committed), sign-in
 * submit → first page painted, find a domain by name, back to the list from a domain, filter keystroke →
 * repaint, and the DMAPI requests each view causes (from the sandbox log). At the largest size also the JS heap and
 * GET /api/domains against the raw sandbox `query-domain-list`. Needs a production build (`npm run build`).
 */
import type { Page } from '@playwright/test';
import type { BenchFigure } from './run';
import {
  keystrokeMs,
  lastLogId,
  launchChromium,
  mark,
  median,
  newBenchContext,
  type Panel,
  requestCounts,
  resetMarks,
  sandboxLog,
  startPanel,
  stopPanel,
} from './panel';
import { routeFigures } from './route';

export { startPanel, stopPanel } from './panel';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number).filter((n) => n > 0);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const SIGN_INS = Number(process.env.BENCH_SIGN_INS ?? 5);

/** Waits until the sandbox log has been quiet for 400 ms (streamed sections and the list read are done). */
async function settled(panel: Panel, since: number): Promise<ReturnType<typeof requestCounts>> {
  let seen = -1;
  let quietSince = Date.now();
  for (;;) {
    const entries = await sandboxLog(panel.sandbox, since);
    if (entries.length !== seen) {
      seen = entries.length;
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= 400) {
      return requestCounts(entries);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

interface Views {
  signIn: number[];
  signInRequests: string;
  signInMaxSame: number;
  list: number[];
  listReady: number[];
  listRequests: string;
  listMaxSame: number;
  domain: number[];
  /** Of the same navigations (Navigation Timing): the panel's first byte, and the new document's commit. */
  domainFirstByte: number[];
  domainCommit: number[];
  domainRequests: string;
  domainMaxSame: number;
  open: number[];
  back: number[];
  find: number[];
  keys: number[];
}

async function measureSignIns(panel: Panel, page: Page, views: Views): Promise<void> {
  await page.goto(`${panel.base}/login`);
  await page.waitForLoadState('networkidle');
  await page.getByRole('tab', { name: 'API key' }).click();
  await page.getByRole('textbox', { name: 'API key' }).fill('sandbox-full-key');
  const before = await lastLogId(panel.sandbox);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const painted = await mark(page, 'h1:Overview');
  const submitted = Number(await page.evaluate(() => sessionStorage.getItem('benchSubmitAt')));
  views.signIn.push(painted.epoch - submitted);
  const counts = await settled(panel, before);
  if (!views.signInRequests) views.signInRequests = `${counts.total}: ${counts.text}`;
  views.signInMaxSame = Math.max(views.signInMaxSame, counts.maxSame);
}

async function measureRound(panel: Panel, page: Page, total: number, views: Views): Promise<void> {
  const count = `${total.toLocaleString('en')} domains`;
  let since = await lastLogId(panel.sandbox);
  const t0 = Date.now();
  await page.goto(`${panel.base}/domains`);
  views.list.push((await mark(page, 'firstRow')).perf);
  await page.getByRole('status').filter({ hasText: count }).waitFor({ timeout: 120_000 });
  await page.locator('[role="grid"]:not([aria-busy="true"])').waitFor({ timeout: 120_000 });
  views.listReady.push(Date.now() - t0);
  let counts = await settled(panel, since);
  if (!views.listRequests) views.listRequests = `${counts.total}: ${counts.text || 'none'}`;
  views.listMaxSame = Math.max(views.listMaxSame, counts.maxSame);

  // Open the second row from the list (client navigation), then Back.
  const link = page.getByRole('row').nth(2).getByRole('link');
  const name = (await link.innerText()).trim();
  await resetMarks(page);
  const clickAt = await page.evaluate(() => performance.now());
  await link.click();
  views.open.push((await mark(page, `h1:${name}`)).perf - clickAt);
  await resetMarks(page);
  const backAt = await page.evaluate(() => {
    const at = performance.now();
    history.back();
    return at;
  });
  views.back.push((await mark(page, 'firstRow')).perf - backAt);
  await page.getByRole('status').filter({ hasText: count }).waitFor();

  // Find the domain by its full name.
  views.find.push(await keystrokeMs(page, name));
  await keystrokeMs(page, '');

  // The domain page by URL (a new document).
  since = await lastLogId(panel.sandbox);
  await page.goto(`${panel.base}/domains/${encodeURIComponent(name)}`);
  views.domain.push((await mark(page, `h1:${name}`)).perf);
  // Where the time went: the first byte of the answer, and the commit (when the new document replaced the list; the
  // previous document's unload starts then, with no unload handler of the panel's).
  const timing = await page.evaluate(() => {
    const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { firstByte: entry.responseStart, commit: entry.unloadEventStart };
  });
  views.domainFirstByte.push(timing.firstByte);
  views.domainCommit.push(timing.commit);
  counts = await settled(panel, since);
  if (!views.domainRequests) views.domainRequests = `${counts.total}: ${counts.text || 'none'}`;
  views.domainMaxSame = Math.max(views.domainMaxSame, counts.maxSame);
}

async function measureSize(domains: number, largest: boolean, cwd?: string): Promise<BenchFigure[]> {
  const panel = await startPanel(domains, `.data/bench-views-${domains}`, cwd);
  const browser = await launchChromium();
  const views: Views = {
    signIn: [], signInRequests: '', signInMaxSame: 0, list: [], listReady: [], listRequests: '', listMaxSame: 0,
    domain: [], domainFirstByte: [], domainCommit: [], domainRequests: '', domainMaxSame: 0, open: [], back: [], find: [], keys: [],
  };
  const extra: BenchFigure[] = [];
  try {
    let context = await newBenchContext(browser);
    let page = await context.newPage();
    const watch = (p: Page) => {
      if (process.env.BENCH_DEBUG) p.on('pageerror', (e) => console.log('  page error:', e.message));
    };
    watch(page);
    for (let n = 0; n < SIGN_INS; n++) {
      if (n > 0) {
        await context.close();
        context = await newBenchContext(browser);
        page = await context.newPage();
        watch(page);
      }
      await measureSignIns(panel, page, views);
    }
    for (let n = 0; n < ROUNDS; n++) await measureRound(panel, page, domains, views);
    await page.goto(`${panel.base}/domains`);
    await page.locator('[role="grid"]:not([aria-busy="true"])').waitFor({ timeout: 120_000 });
    await page.getByRole('status').filter({ hasText: `${domains.toLocaleString('en')} domains` }).waitFor({ timeout: 120_000 });
    for (const value of ['a', 'al', 'alp', 'alpi', 'alpin', 'alpine', 'alpine-', 'b', '*.de', 'a*.com', '']) views.keys.push(await keystrokeMs(page, value));
    if (largest) extra.push(...(await routeFigures(panel, context, page)));
  } finally {
    await browser.close();
    stopPanel(panel.child);
  }
  const k = `${domains.toLocaleString('en')} domains`;
  const big = domains >= 100_000;
  const signInLine = `${views.signInRequests} (max ${views.signInMaxSame} of one request)`;
  return [
    { name: `[${k}] list: navigation → first row (median of ${ROUNDS})`, value: median(views.list), unit: 'ms', target: { max: big ? 400 : 150 } },
    { name: `[${k}] list: navigation → whole list interactive`, value: median(views.listReady), unit: 'ms' },
    { name: `[${k}] domain page by URL: navigation → content`, value: median(views.domain), unit: 'ms', target: { max: 100 } },
    { name: `[${k}] domain page by URL: navigation → panel's first byte`, value: median(views.domainFirstByte), unit: 'ms' },
    { name: `[${k}] domain page by URL: navigation → new document committed`, value: median(views.domainCommit), unit: 'ms' },
    { name: `[${k}] sign-in: submit → first page painted (median of ${SIGN_INS})`, value: median(views.signIn), unit: 'ms', target: { max: 200 } },
    { name: `[${k}] find a domain by name`, value: median(views.find), unit: 'ms', target: { max: 50 } },
    { name: `[${k}] open a domain from the list`, value: median(views.open), unit: 'ms' },
    { name: `[${k}] back to the list from a domain`, value: median(views.back), unit: 'ms', target: { max: 100 } },
    { name: `[${k}] filter keystroke → repaint (median of 11)`, value: median(views.keys), unit: 'ms', target: { max: 25 } },
    { name: `[${k}] DMAPI requests, sign-in + overview — ${signInLine}`, value: views.signInMaxSame, unit: 'max same', target: { max: 1 } },
    { name: `[${k}] DMAPI requests, domain list — ${views.listRequests}`, value: views.listMaxSame, unit: 'max same', target: { max: 1 } },
    { name: `[${k}] DMAPI requests, domain page — ${views.domainRequests}`, value: views.domainMaxSame, unit: 'max same', target: { max: 1 } },
    ...extra,
  ];
}

export async function run(): Promise<BenchFigure[]> {
  const out: BenchFigure[] = [];
  const largest = Math.max(...SIZES);
  // BENCH_COMPARE=<dir of another checkout with its build>: each size is measured there first, then here, so that
  // both face the same load on a shared machine.
  const other = process.env.BENCH_COMPARE;
  for (const size of SIZES) {
    if (other) out.push(...(await measureSize(size, false, other)).map((f) => ({ ...f, name: `(compared) ${f.name}`, target: undefined })));
    out.push(...(await measureSize(size, size === largest)));
    // Printed as each size finishes: the whole run takes minutes.
    console.log(`  (${size.toLocaleString('en')} domains measured)`);
  }
  return out;
}
