/**
 * The panel's own CPU per page (part of `npm run bench`; `npm run bench -- cpu` alone): one signed-in user asks for
 * each page of `npm run bench:load`'s mix in turn, one request at a time, against a built panel on PGlite and a
 * sandbox with 10,000 domains and no latency. For each page it prints the panel process's CPU per request (user +
 * system from /proc, so garbage collection, the embedded database and the job runner's ticks count too), the HTML's
 * size and the DMAPI requests one view makes. Two light requests are printed beside them for reference: the health
 * route (one database query: the server's floor per request) and the jobs page (a page in the panel's shell with
 * little of its own: the floor of a page).
 *
 * Why it matters: one panel process renders on one thread. The load target (50 users, a page a second each, p95
 * under 500 ms) asks one process for 50 pages a second, so the mix must average under 1,000 / 50 = 20 ms of CPU per
 * page just to keep up, and well under that for the queue in front of the thread to stay short. The mix's average is
 * printed against that bound; each page's own figure shows where a cut would pay.
 *
 * Each page is asked BENCH_CPU_ROUNDS (5) × BENCH_CPU_BLOCK (20) times, in rounds over all pages (/proc counts CPU in
 * 10 ms ticks, so a block of 20 resolves half a millisecond per request).
 * BENCH_CPU_PAGES=/,/results measures only those pages (the average is then theirs); BENCH_DEBUG=1 also lists the
 * DMAPI requests of each page. Linux only (reads /proc). Figures move by 20–30% between runs on a shared machine:
 * compare variants within one run, not across runs. Needs a build.
 */
import type { BenchFigure } from './run';
import { cpuSeconds, signInUsers, someDomains, startPanelProcess, startSandbox, stopAll } from './load';
import { lastLogId, median, sandboxLog } from './panel';

const ROUNDS = Number(process.env.BENCH_CPU_ROUNDS ?? 5);
const BLOCK = Number(process.env.BENCH_CPU_BLOCK ?? 20);
/** The pages of bench:load's mix; `:domain` is a different domain of the portfolio on each request. */
const MIX = (process.env.BENCH_CPU_PAGES ?? '/,/domains,/api/domains,/domains/:domain,/zones/:domain,/results').split(',');
const REFERENCE = process.env.BENCH_CPU_PAGES ? [] : ['/api/health', '/jobs'];
const PAGES_PER_SECOND = 50;

export async function run(): Promise<BenchFigure[]> {
  const out: BenchFigure[] = [];
  try {
    const sandbox = await startSandbox(10_000, 0, 0);
    const base = await startPanelProcess(sandbox, { DATA_DIR: '.data/bench-cpu', DATABASE_URL: '', PANEL_SECRET: 'bench-cpu-secret-bench-cpu-secret-bench-cpu-0123456789' });
    const [cookie] = await signInUsers(base, 1);
    const domains = await someDomains(sandbox);
    let n = 0;
    const get = async (page: string) => {
      const path = page.replace(':domain', encodeURIComponent(domains[n++ % domains.length]!));
      // Uncompressed, as bench:load asks: Next compresses off the main thread, and that is not what is measured here.
      const res = await fetch(`${base}${path}`, { headers: { cookie: cookie!, 'accept-encoding': 'identity' }, redirect: 'manual' });
      const bytes = (await res.arrayBuffer()).byteLength;
      if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
      return bytes;
    };
    // Warm up first: the first views compile the code and fill the account's held copies, and the sign-in's own
    // background reads finish; otherwise the first page measured pays for them.
    const pages = [...MIX, ...REFERENCE];
    for (let round = 0; round < 5; round++) for (const page of pages) await get(page);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    // Then rounds over every page, a block of requests per page per round, so that a drift of the machine or a
    // collection of the old generation falls on every page alike; a page's figure is the median of its blocks.
    const blocks = new Map<string, number[]>(pages.map((p) => [p, []]));
    const totals = new Map<string, { bytes: number; calls: number; requests: Set<string> }>(pages.map((p) => [p, { bytes: 0, calls: 0, requests: new Set() }]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const page of pages) {
        const since = await lastLogId(sandbox);
        const before = cpuSeconds(base);
        let bytes = 0;
        for (let i = 0; i < BLOCK; i++) bytes += await get(page);
        blocks.get(page)!.push(((cpuSeconds(base) - before) * 1000) / BLOCK);
        const log = await sandboxLog(sandbox, since);
        const stats = totals.get(page)!;
        stats.bytes += bytes;
        stats.calls += log.length;
        for (const e of log) stats.requests.add(e.request);
      }
    }
    const figure = (page: string) => median(blocks.get(page)!);
    for (const page of pages) {
      const { bytes, calls, requests } = totals.get(page)!;
      const asked = ROUNDS * BLOCK;
      if (process.env.BENCH_DEBUG) console.log(`  ${page}: ${[...requests].join(', ') || 'no DMAPI request'}`);
      const label = REFERENCE.includes(page) ? 'for reference, ' : '';
      const size = `${Math.round(bytes / asked / 1024)} KB, ${(calls / asked).toFixed(1)} DMAPI requests each`;
      out.push({ name: `[panel CPU, 10,000 domains, one user] ${label}${page}: CPU per request (${size})`, value: figure(page), unit: 'ms' });
    }
    const perPage = MIX.map(figure);
    out.push({
      name: `[panel CPU] the mix's average per page (one process at ${PAGES_PER_SECOND} pages a second has ${1000 / PAGES_PER_SECOND} ms for each)`,
      value: perPage.reduce((a, b) => a + b, 0) / perPage.length,
      unit: 'ms',
      target: { max: 1000 / PAGES_PER_SECOND },
    });
  } finally {
    stopAll();
  }
  return out;
}
