/**
 * Each page's server time under a real DMAPI's latency (part of `npm run bench`). The sandbox answers every request
 * after exactly 150 ms; a page whose independent reads run in parallel and that waits on nothing it does not need
 * takes about as long as its longest chain of dependent DMAPI calls. Target: at most 1.2 × that chain (the chain is
 * counted from the sandbox's log: calls that start within a latency of each other are one link), and never above
 * 1.2 × 150 ms for a page that makes no DMAPI call at all.
 *
 * The sandbox runs without jitter here (its default is ± a fifth): with it, a link of six parallel calls lasts the
 * longest of six draws, about 171 ms, and one of them up to 180 ms, so the figure would measure the draw against
 * the very margin the 1.2 allows the panel. `npm run bench:load` keeps the jitter.
 *
 * Server time = the whole HTML response, streamed sections included, fetched with a signed-in session cookie (the
 * median of BENCH_LATENCY_ROUNDS, default 5). Needs a build.
 */
import { lastLogId, type LogEntry, median, sandboxLog } from './panel';
import type { BenchFigure } from './run';
import { someDomains, signInUsers, startPanelProcess, startSandbox, stopAll } from './load';

const LATENCY_MS = 150;
const ROUNDS = Number(process.env.BENCH_LATENCY_ROUNDS ?? 5);

/** Links of the chain: calls in order of arrival, a new link whenever one starts a latency or more after the last link began. */
function chainLength(entries: (LogEntry & { at?: string })[]): number {
  const times = entries.map((e) => Date.parse(e.at ?? '')).filter(Number.isFinite).sort((a, b) => a - b);
  let links = 0;
  let linkStart = -Infinity;
  for (const t of times) {
    if (t - linkStart >= LATENCY_MS * 0.8) {
      links++;
      linkStart = t;
    }
  }
  return links;
}

async function timePage(base: string, path: string, cookie: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${base}${path}`, { headers: { cookie }, redirect: 'manual' });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
  return performance.now() - started;
}

export async function run(): Promise<BenchFigure[]> {
  const out: BenchFigure[] = [];
  try {
    const sandbox = await startSandbox(1000, LATENCY_MS, 0);
    const base = await startPanelProcess(sandbox, { DATA_DIR: '.data/bench-latency', DATABASE_URL: '', PANEL_SECRET: 'bench-latency-secret-bench-latency-secret-0123456789' });
    const [cookie] = await signInUsers(base, 1);
    const domain = encodeURIComponent((await someDomains(sandbox))[0]!);
    const pages = ['/', '/domains', '/api/domains', `/domains/${domain}`, '/jobs', '/settings', `/zones/${domain}`, '/results', '/contacts', '/grants', '/verification', '/orders'];
    for (const path of pages) {
      // Once to warm (and to find out whether this build has the page), then measured.
      try {
        await timePage(base, path, cookie!);
      } catch (error) {
        console.log(`  (${path} left out: ${(error as Error).message})`);
        continue;
      }
      const times: number[] = [];
      const chains: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        const since = await lastLogId(sandbox);
        times.push(await timePage(base, path, cookie!));
        chains.push(chainLength(await sandboxLog(sandbox, since)));
      }
      const chain = Math.max(...chains);
      const label = path.replace(domain, ':domain');
      out.push({
        name: `[${LATENCY_MS} ms DMAPI latency] ${label}: server time (longest chain ${chain} call${chain === 1 ? '' : 's'})`,
        value: median(times),
        unit: 'ms',
        target: { max: Math.round(1.2 * LATENCY_MS * Math.max(chain, 1)) },
      });
    }
  } finally {
    stopAll();
  }
  return out;
}
