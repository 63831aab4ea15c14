import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
// The hydration check's `test` without the leak scan: the shared leak-scan fixture watches the main panel's port, which this spec does not use.
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './helpers/hydration';
import { freePort, waitForHttp } from '../test/net';

/**
 * Kill the panel in the middle of a bulk job and start it again: the job finishes and the sandbox's request log shows
 * no domain sent twice. This spec runs its own sandbox and panel (built with `next build`) on free ports, so the
 * panel can die while the sandbox and the panel's PGlite directory live on.
 */
const DATA_DIR = '.data/e2e-restart';

function launch(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, args, { detached: true, stdio: 'ignore', env: { ...process.env, ...env } });
}

const kill = (child: ChildProcess | undefined, signal: NodeJS.Signals) => {
  if (child?.pid) {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  }
};

type Progress = { job: { state: string; counts: Record<string, number> }; items: { domain: string; state: string; error: string | null }[] };

async function progress(request: APIRequestContext, url: string): Promise<Progress> {
  const res = await request.get(url);
  expect(res.ok()).toBe(true);
  return (await res.json()) as Progress;
}

async function signInAt(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/login`);
  await page.waitForLoadState('networkidle');
  await page.getByRole('tab', { name: 'API key' }).click();
  await page.getByRole('textbox', { name: 'API key' }).fill('sandbox-full-key');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: /^Account menu:/ })).toBeVisible();
}

test('a bulk job survives a killed panel and sends no item twice', async ({ page }) => {
  test.setTimeout(240_000);
  const [port, sandboxPort] = [await freePort(), await freePort()];
  const base = `http://127.0.0.1:${port}`;
  const sandbox = `http://127.0.0.1:${sandboxPort}`;
  rmSync(DATA_DIR, { recursive: true, force: true });
  const panelEnv = { PORT: String(port), SANDBOX_PORT: String(sandboxPort), DMAPI_URL: '', DATABASE_URL: '', DATA_DIR, JOB_CONCURRENCY: '2' };
  const startPanel = () => launch(['scripts/server.mjs'], panelEnv);
  const sandboxProcess = launch(
    ['--conditions=react-server', '--import', 'tsx', 'lib/sandbox/cli.ts', '--port', String(sandboxPort), '--memory', '--domains', '1500'],
    {},
  );
  let panel: ChildProcess | undefined;
  try {
    await waitForHttp(`${sandbox}/_sandbox/log`, 120_000);
    panel = startPanel();
    await waitForHttp(`${base}/api/health`, 120_000);
    await signInAt(page, base);

    await page.goto(`${base}/domains?autorenew=off&sort=domain`);
    await expect(page.locator('#domain-count')).toContainText('of 1,500 domains');
    await page.getByRole('checkbox', { name: 'Select all filtered domains' }).check();
    await page.getByRole('button', { name: 'Bulk action' }).click();
    await page.getByRole('menuitem', { name: 'Autorenew on', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Summary' })).toContainText('one request each');
    const logStart = ((await (await fetch(`${sandbox}/_sandbox/log`)).json()) as { entries: { id: number }[] }).entries.at(-1)?.id ?? 0;
    await page.getByRole('button', { name: /^Run on/ }).click();
    await expect(page).toHaveURL(/\/jobs\/\d+$/);
    const api = `${base}/api/jobs/${page.url().split('/').pop()}`;

    // Kill the panel (SIGKILL: no clean shutdown) once some items are done and others still wait.
    let atKill: Progress | undefined;
    for (let i = 0; i < 400 && !atKill; i++) {
      const p = await progress(page.request, api);
      if (p.job.counts.done! >= 20) atKill = p;
      else await new Promise((r) => setTimeout(r, 100));
    }
    kill(panel, 'SIGKILL');
    expect(atKill, 'the job made progress before the kill').toBeDefined();
    expect(atKill!.job.counts.pending, 'items were still waiting when the panel died').toBeGreaterThan(0);
    const total = atKill!.job.counts.total!;

    panel = startPanel();
    await waitForHttp(`${base}/api/health`, 120_000);
    let final: Progress | undefined;
    for (let i = 0; i < 240; i++) {
      const p = await progress(page.request, api);
      if (p.job.state === 'done') {
        final = p;
        break;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(final?.job.state).toBe('done');
    expect(final!.job.counts.done! + final!.job.counts.failed!).toBe(total);

    // Every item's outcome, page by page.
    const items: Progress['items'] = [];
    for (let offset = 0; offset < total; offset += 500) items.push(...(await progress(page.request, `${api}?offset=${offset}`)).items);
    expect(items).toHaveLength(total);
    for (const item of items.filter((i) => i.state === 'failed')) expect(item.error).toMatch(/^Unknown/);

    // The sandbox saw each domain at most once, and every item marked done reached it.
    const log = ((await (await fetch(`${sandbox}/_sandbox/log?since=${logStart}`)).json()) as { entries: { request: string; object: string | null }[] }).entries;
    const sent = log.filter((e) => e.request === 'domain-set-property').map((e) => e.object);
    expect(new Set(sent).size).toBe(sent.length);
    const sentSet = new Set(sent);
    for (const item of items.filter((i) => i.state === 'done')) expect(sentSet.has(item.domain), item.domain).toBe(true);
    expect(sent.length).toBeLessThanOrEqual(total);
  } finally {
    kill(panel, 'SIGTERM');
    kill(sandboxProcess, 'SIGTERM');
  }
});
