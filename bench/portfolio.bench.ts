/**
 * The domain list at 100,000 domains, in headless Chromium against a built panel with its own sandbox:
 * navigation → interactive list, filter keystroke → repaint, JS heap, and GET /api/domains against the raw
 * sandbox `query-domain-list` (same flags) as a ratio. Needs a production build (`npm run build`).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import type { BenchFigure } from './run';
import { freePort, waitForHttp } from '../test/net';

const DOMAINS = Number(process.env.BENCH_DOMAINS ?? 100_000);

export async function startPanel(domains: number, dataDir: string): Promise<{ base: string; sandbox: string; child: ChildProcess }> {
  const [port, sandboxPort] = [await freePort(), await freePort()];
  rmSync(dataDir, { recursive: true, force: true });
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    detached: true,
    stdio: 'ignore',
    env: {
      ...process.env,
      PORT: String(port),
      SANDBOX_PORT: String(sandboxPort),
      SANDBOX_ARGS: `--memory --domains ${domains}`,
      DMAPI_URL: '',
      DATABASE_URL: '',
      DATA_DIR: dataDir,
    },
  });
  const base = `http://127.0.0.1:${port}`;
  await waitForHttp(`${base}/api/health`, 240_000);
  return { base, sandbox: `http://127.0.0.1:${sandboxPort}`, child };
}

export function stopPanel(child: ChildProcess): void {
  // The start script's own process group: the panel and the sandbox go with it.
  if (child.pid) process.kill(-child.pid, 'SIGTERM');
}

async function signIn(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/login`);
  await page.waitForLoadState('networkidle');
  await page.getByRole('tab', { name: 'API key' }).click();
  await page.getByRole('textbox', { name: 'API key' }).fill('sandbox-full-key');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: /^Account menu:/ }).waitFor({ timeout: 60_000 });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function timed(n: number, work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await work();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** Sets the filter box as a keystroke would and waits for the frame after React's render. */
async function keystrokeMs(page: Page, value: string): Promise<number> {
  return page.evaluate(async (v) => {
    const input = document.querySelector<HTMLInputElement>('input[type="search"]');
    if (!input) throw new Error('no filter box');
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    const t0 = performance.now();
    setter?.call(input, v);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t0;
  }, value);
}

export async function run(): Promise<BenchFigure[]> {
  const { base, sandbox, child } = await startPanel(DOMAINS, '.data/bench-portfolio');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await signIn(page, base);
    const count = `${DOMAINS.toLocaleString('en')} domains`;

    // Median of three navigations: the figure is noisy on a shared two-core machine.
    const navigations: number[] = [];
    for (let n = 0; n < 3; n++) {
      const t0 = Date.now();
      await page.goto(`${base}/domains`);
      await page.getByRole('status').filter({ hasText: count }).waitFor({ timeout: 120_000 });
      await page.getByRole('row').nth(1).waitFor();
      navigations.push(Date.now() - t0);
    }
    const interactive = median(navigations);

    const keys: number[] = [];
    for (const value of ['a', 'al', 'alp', 'alpi', 'alpin', 'alpine', 'alpine-', 'b', '*.de', 'a*.com', '']) keys.push(await keystrokeMs(page, value));

    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024;

    const cookie = (await context.cookies(base)).map((c) => `${c.name}=${c.value}`).join('; ');
    const headers = { cookie, 'accept-encoding': 'identity' };
    const login = await fetch(`${sandbox}/request/login?api-key=sandbox-full-key`).then((r) => r.text());
    const sid = /^Auth-Sid: (\S+)/m.exec(login)?.[1] ?? '';
    const rawUrl = `${sandbox}/request/query-domain-list?auth-sid=${sid}&showstatus=1&showgrants=1&showprivacy=1`;
    // Warm both paths once (the sandbox builds its list once per state change; the panel's client logs in once).
    await fetch(rawUrl).then((r) => r.text());
    await fetch(`${base}/api/domains`, { headers }).then((r) => r.text());
    // Interleaved pairs, so that load from elsewhere on the machine hits both sides alike.
    const raws: number[] = [];
    const routes: number[] = [];
    for (let n = 0; n < 11; n++) {
      raws.push(await timed(1, () => fetch(rawUrl).then((r) => r.text())));
      routes.push(await timed(1, () => fetch(`${base}/api/domains`, { headers }).then((r) => r.text())));
    }
    const [raw, route] = [median(raws), median(routes)];

    return [
      { name: `navigation → interactive list (${count}, median of 3)`, value: interactive, unit: 'ms', target: { max: 2000 } },
      { name: 'filter keystroke → repaint (median)', value: median(keys), unit: 'ms', target: { max: 50 } },
      { name: 'filter keystroke → repaint (max of 11)', value: Math.max(...keys), unit: 'ms' },
      { name: 'JS heap used after GC', value: heap, unit: 'MB', target: { max: 300 } },
      { name: 'raw sandbox query-domain-list (median of 11)', value: raw, unit: 'ms' },
      { name: 'GET /api/domains (median of 11, interleaved)', value: route, unit: 'ms' },
      { name: 'GET /api/domains ÷ raw sandbox request', value: route / raw, unit: '×', target: { max: 1.3 } },
    ];
  } finally {
    await browser.close();
    stopPanel(child);
  }
}
