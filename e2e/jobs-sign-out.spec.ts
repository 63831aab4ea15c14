import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
// The hydration check's `test` without the leak scan: the shared leak-scan fixture watches the main panel's port, which this spec does not use.
import type { Page } from '@playwright/test';
import { expect, test } from './helpers/hydration';
import { freePort, waitForHttp } from '../test/net';

/**
 * Signing out while a bulk job runs: the sign-out control warns with the job's progress and asks to confirm; the job
 * then pauses (nothing more reaches the DMAPI, no login), shows why, and goes on after the same key signs in again.
 * Its own panel (one item at a time) and a 2,000-domain sandbox, so the job is still running when the user leaves.
 */
const DATA_DIR = '.data/e2e-jobs-sign-out';

function launch(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, args, { detached: true, stdio: 'ignore', env: { ...process.env, ...env } });
}

const kill = (child: ChildProcess | undefined) => {
  if (!child?.pid) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
};

type LogEntry = { id: number; request: string; statusCode: number };

async function signInAt(page: Page, base: string, apiKey: string): Promise<void> {
  await page.goto(`${base}/login`);
  await page.waitForLoadState('networkidle');
  await page.getByRole('tab', { name: 'API key' }).click();
  await page.getByRole('textbox', { name: 'API key' }).fill(apiKey);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: /^Account menu:/ })).toBeVisible();
}

test('signing out pauses a running bulk job after a warning; the next sign-in resumes it', async ({ page }) => {
  test.setTimeout(300_000);
  const [port, sandboxPort] = [await freePort(), await freePort()];
  const base = `http://127.0.0.1:${port}`;
  const sandbox = `http://127.0.0.1:${sandboxPort}`;
  const log = async (since: number): Promise<LogEntry[]> =>
    ((await (await fetch(`${sandbox}/_sandbox/log?since=${since}`)).json()) as { entries: LogEntry[] }).entries;
  const lastLogId = async () => (await log(0)).at(-1)?.id ?? 0;
  rmSync(DATA_DIR, { recursive: true, force: true });
  const sandboxProcess = launch(
    ['--conditions=react-server', '--import', 'tsx', 'lib/sandbox/cli.ts', '--port', String(sandboxPort), '--memory', '--domains', '2000'],
    {},
  );
  let panel: ChildProcess | undefined;
  try {
    await waitForHttp(`${sandbox}/_sandbox/log`, 120_000);
    panel = launch(['node_modules/next/dist/bin/next', 'start', '-p', String(port)], {
      PORT: String(port),
      SANDBOX_PORT: String(sandboxPort),
      DMAPI_URL: '',
      DATABASE_URL: '',
      DATA_DIR,
      JOB_CONCURRENCY: '1',
    });
    await waitForHttp(`${base}/api/health`, 120_000);
    await signInAt(page, base, 'sandbox-full-key');

    await page.goto(`${base}/domains?autorenew=off&sort=domain`);
    await expect(page.locator('#domain-count')).toContainText('of 2,000 domains');
    await page.getByRole('checkbox', { name: 'Select all filtered domains' }).check();
    await page.getByRole('button', { name: 'Bulk action' }).click();
    await page.getByRole('menuitem', { name: 'Autorenew on', exact: true }).click();
    await page.getByRole('button', { name: /^Run on/ }).click();
    await expect(page).toHaveURL(/\/jobs\/\d+$/);
    const jobUrl = page.url();
    await expect(page.getByTestId('job-state')).toHaveText('running');
    await expect(page.getByTestId('job-counts')).toContainText(/^([5-9]|\d\d+) of/, { timeout: 60_000 });

    // The warning names the job's progress and waits for confirmation.
    await page.getByRole('button', { name: /^Account menu:/ }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    const warning = page.getByRole('dialog', { name: 'Sign out?' });
    await expect(warning).toContainText(/1 bulk job is running \([\d,]+ \/ [\d,]+\)\. Signing out pauses it until you sign in again\./);
    await expect(warning.getByRole('list', { name: 'Running bulk jobs' })).toContainText('Autorenew on');
    await warning.getByRole('button', { name: 'Stay signed in' }).click();
    await expect(warning).toBeHidden();
    await expect(page.getByTestId('job-state')).toHaveText('running');
    await page.getByRole('button', { name: /^Account menu:/ }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.getByRole('dialog', { name: 'Sign out?' }).getByRole('button', { name: 'Sign out and pause' }).click();
    await expect(page).toHaveURL(/\/login\?reason=signed-out/);

    // Signed out: within a moment nothing more is carried out and nobody logs in again.
    await new Promise((r) => setTimeout(r, 1500));
    const quiet = await lastLogId();
    await new Promise((r) => setTimeout(r, 4000));
    expect((await log(quiet)).filter((e) => e.request === 'login' || (e.request === 'domain-set-property' && e.statusCode === 0))).toEqual([]);

    // A colleague sees the job paused with the reason; their sign-in does not resume it, and their sign-out (no
    // running jobs of theirs) asks nothing.
    await signInAt(page, base, 'sandbox-modify-key');
    await page.goto(jobUrl);
    await expect(page.getByTestId('job-state')).toHaveText('paused');
    await expect(page.getByTestId('job-state-reason')).toContainText('signed out. It goes on when');
    const pausedCounts = await page.getByTestId('job-counts').innerText();
    await page.getByRole('button', { name: /^Account menu:/ }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login\?reason=signed-out/);

    // The creator signs in again: the job goes on.
    await signInAt(page, base, 'sandbox-full-key');
    await page.goto(jobUrl);
    await expect(page.getByTestId('job-state')).toHaveText('running', { timeout: 20_000 });
    await expect(page.getByTestId('job-state-reason')).toBeHidden();
    await expect(page.getByTestId('job-counts')).not.toHaveText(pausedCounts, { timeout: 20_000 });
    expect((await log(quiet)).filter((e) => e.request === 'domain-set-property' && e.statusCode === 0).length).toBeGreaterThan(0);
  } finally {
    kill(panel);
    kill(sandboxProcess);
  }
});
