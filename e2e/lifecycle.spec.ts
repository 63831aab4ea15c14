import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import net from 'node:net';
// The hydration check's `test` without the leak scan: the shared leak-scan fixture watches the main panel's port, which this spec does not use.
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './helpers/hydration';
import { freePort, waitForHttp } from '../test/net';

/**
 * Stopping the panel the polite way (SIGTERM, Ctrl-C, a rolling restart) while a bulk job runs: the panel stops
 * claiming, lets the items in flight finish, hands back the rest, and exits; the next start finishes the job with no
 * item sent twice and none left "unknown". And `npm start` (scripts/start.mjs) stops everything it started.
 */
const DATA_DIR = '.data/e2e-lifecycle';

function launch(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, args, { detached: true, stdio: 'ignore', env: { ...process.env, ...env } });
}

function exited(child: ChildProcess, timeoutMs: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    const timer = setTimeout(() => reject(new Error(`still running after ${timeoutMs / 1000} s`)), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

type Progress = { job: { state: string; counts: Record<string, number> }; items: { domain: string; state: string; error: string | null }[] };

async function progress(request: APIRequestContext, url: string): Promise<Progress> {
  const res = await request.get(url);
  expect(res.ok()).toBe(true);
  return (await res.json()) as Progress;
}

async function signInAt(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/login`);
  await page.getByRole('tab', { name: 'API key' }).click();
  await page.getByRole('textbox', { name: 'API key' }).fill('sandbox-full-key');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: /^Account menu:/ })).toBeVisible();
}

test('SIGTERM during a bulk job: items in flight finish, the rest is handed back, the next start finishes it', async ({ page }) => {
  test.setTimeout(300_000);
  const [port, sandboxPort] = [await freePort(), await freePort()];
  const base = `http://127.0.0.1:${port}`;
  const sandbox = `http://127.0.0.1:${sandboxPort}`;
  rmSync(DATA_DIR, { recursive: true, force: true });
  const panelEnv = { PORT: String(port), SANDBOX_PORT: String(sandboxPort), DMAPI_URL: '', DATABASE_URL: '', DATA_DIR, JOB_CONCURRENCY: '4' };
  const startPanel = () => launch(['scripts/server.mjs'], panelEnv);
  // A DMAPI across the internet: every request takes ~300 ms, so items are in flight when the signal comes.
  const sandboxProcess = launch(
    ['--conditions=react-server', '--import', 'tsx', 'lib/sandbox/cli.ts', '--port', String(sandboxPort), '--memory', '--domains', '400', '--latency', '300'],
    {},
  );
  let panel: ChildProcess | undefined;
  try {
    await waitForHttp(`${sandbox}/_sandbox/log`, 120_000);
    panel = startPanel();
    await waitForHttp(`${base}/api/health`, 120_000);
    await signInAt(page, base);

    await page.goto(`${base}/domains?autorenew=off&sort=domain`);
    await expect(page.locator('#domain-count')).toContainText('domains');
    await page.getByRole('checkbox', { name: 'Select all filtered domains' }).check();
    await page.getByRole('button', { name: 'Bulk action' }).click();
    await page.getByRole('menuitem', { name: 'Autorenew on', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Summary' })).toContainText('one request each');
    const logStart = ((await (await fetch(`${sandbox}/_sandbox/log`)).json()) as { entries: { id: number }[] }).entries.at(-1)?.id ?? 0;
    await page.getByRole('button', { name: /^Run on/ }).click();
    await expect(page).toHaveURL(/\/jobs\/\d+$/);
    const api = `${base}/api/jobs/${page.url().split('/').pop()}`;

    let atStop: Progress | undefined;
    for (let i = 0; i < 600 && !atStop; i++) {
      const p = await progress(page.request, api);
      if (p.job.counts.done! >= 12) atStop = p;
      else await new Promise((r) => setTimeout(r, 100));
    }
    expect(atStop, 'the job made progress before the stop').toBeDefined();
    const stoppedAt = Date.now();
    panel.kill('SIGTERM');
    expect(await exited(panel, 40_000), 'a clean exit').toBe(0);
    expect(Date.now() - stoppedAt, 'it did not wait out its leases').toBeLessThan(25_000);
    expect(await listening(port)).toBe(false);

    panel = startPanel();
    await waitForHttp(`${base}/api/health`, 120_000);
    let final: Progress | undefined;
    for (let i = 0; i < 300; i++) {
      const p = await progress(page.request, api);
      if (p.job.state === 'done') {
        final = p;
        break;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(final?.job.state).toBe('done');
    const total = final!.job.counts.total!;
    // A graceful stop leaves no item whose outcome is unknown: each one finished before the exit or was handed back.
    expect(final!.job.counts.failed).toBe(0);
    expect(final!.job.counts.done).toBe(total);

    const log = ((await (await fetch(`${sandbox}/_sandbox/log?since=${logStart}`)).json()) as { entries: { request: string; object: string | null }[] }).entries;
    const sent = log.filter((e) => e.request === 'domain-set-property').map((e) => e.object);
    expect(new Set(sent).size, 'no domain sent twice').toBe(sent.length);
    expect(sent.length).toBe(total);
  } finally {
    panel?.kill('SIGKILL');
    if (sandboxProcess.pid) process.kill(-sandboxProcess.pid, 'SIGTERM');
  }
});

test('npm start stops what it started: the panel first, then its sandbox', async () => {
  test.setTimeout(180_000);
  const [port, sandboxPort] = [await freePort(), await freePort()];
  const start = launch(['scripts/start.mjs'], {
    PORT: String(port), SANDBOX_PORT: String(sandboxPort), SANDBOX_ARGS: '--memory --domains 20', DMAPI_URL: '', DATABASE_URL: '', DATA_DIR: `${DATA_DIR}-start`,
  });
  try {
    await waitForHttp(`http://127.0.0.1:${port}/api/health`, 150_000);
    expect(await listening(sandboxPort)).toBe(true);
    start.kill('SIGTERM');
    expect(await exited(start, 45_000)).toBe(0);
    expect(await listening(port)).toBe(false);
    expect(await listening(sandboxPort)).toBe(false);
  } finally {
    if (start.pid) {
      try {
        process.kill(-start.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
});
