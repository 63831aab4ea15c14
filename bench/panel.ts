/**
 * Shared by the browser benchmarks: a built panel with its own in-memory sandbox, Chromium, and in-page marks.
 * Times are taken inside the page (a MutationObserver notes when an element enters the DOM), not by polling from
 * Node, so a figure does not include Playwright's polling interval. BENCH_DEBUG=1 shows the panel's and the
 * sandbox's output.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from '@playwright/test';
import { freePort, waitForHttp } from '../test/net';

export interface Panel {
  base: string;
  sandbox: string;
  child: ChildProcess;
}

/** `cwd`: another checkout with its own build, to measure an older version under the same conditions. */
export async function startPanel(domains: number, dataDir: string, cwd = process.cwd()): Promise<Panel> {
  const [port, sandboxPort] = [await freePort(), await freePort()];
  rmSync(`${cwd}/${dataDir}`, { recursive: true, force: true });
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd,
    detached: true,
    stdio: process.env.BENCH_DEBUG ? 'inherit' : 'ignore',
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

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
}

/**
 * Runs in every document before its own scripts: notes when the first data row of the domain grid and each `h1`
 * (by text) enter the DOM, as `performance.now()` (from the navigation's start) and as epoch ms (to span a
 * navigation, e.g. sign-in submit → overview). The sign-in form's submit is noted in sessionStorage. A string, not a
 * function: tsx's compiled functions call a helper that does not exist in the page.
 */
const INSTALL_MARKS = `
  window.__marks = {};
  window.__resetMarks = () => { window.__marks = {}; };
  const note = (name) => {
    if (!window.__marks[name]) window.__marks[name] = { perf: performance.now(), epoch: Date.now() };
  };
  const scan = () => {
    if (document.querySelector('[role="row"][aria-rowindex="2"]')) note('firstRow');
    for (const h of document.querySelectorAll('main h1')) note('h1:' + (h.textContent || '').trim());
  };
  new MutationObserver(scan).observe(document, { childList: true, subtree: true, characterData: true });
  document.addEventListener('submit', () => sessionStorage.setItem('benchSubmitAt', String(Date.now())), true);
`;

export async function newBenchContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(INSTALL_MARKS);
  return context;
}

export interface Mark {
  perf: number;
  epoch: number;
}

/** Waits (up to `timeoutMs`) until the page has noted mark `name`, and returns it. */
export async function mark(page: Page, name: string, timeoutMs = 120_000): Promise<Mark> {
  const handle = await page.waitForFunction((n) => (window as unknown as { __marks?: Record<string, Mark> }).__marks?.[n], name, {
    timeout: timeoutMs,
    polling: 20,
  });
  return (await handle.jsonValue()) as Mark;
}

export async function resetMarks(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __resetMarks: () => void }).__resetMarks());
}

export interface LogEntry {
  id: number;
  request: string;
  /** The sandbox's digest of the parameters: one read is one request name with one set of parameters. */
  params?: string;
}

export async function sandboxLog(sandbox: string, since = 0): Promise<LogEntry[]> {
  const res = await fetch(`${sandbox}/_sandbox/log?since=${since}`);
  return ((await res.json()) as { entries: LogEntry[] }).entries;
}

export async function lastLogId(sandbox: string): Promise<number> {
  return (await sandboxLog(sandbox)).at(-1)?.id ?? 0;
}

/** DMAPI requests by name, and the highest count of any one read (name and parameters; 1 means none was made twice). */
export function requestCounts(entries: LogEntry[]): { total: number; maxSame: number; text: string } {
  const counts = new Map<string, number>();
  const reads = new Map<string, number>();
  for (const e of entries) {
    counts.set(e.request, (counts.get(e.request) ?? 0) + 1);
    reads.set(`${e.request} ${e.params ?? ''}`, (reads.get(`${e.request} ${e.params ?? ''}`) ?? 0) + 1);
  }
  const text = [...counts].map(([name, n]) => (n > 1 ? `${name}×${n}` : name)).join(', ');
  return { total: entries.length, maxSame: Math.max(0, ...reads.values()), text };
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Sets the filter box as a keystroke would and waits for the frame after React's render. */
export async function keystrokeMs(page: Page, value: string): Promise<number> {
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
