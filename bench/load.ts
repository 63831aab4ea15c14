/**
 * `npm run bench:load`: 50 signed-in users for 60 s against the built panel and a sandbox with 10,000 domains and
 * 150 ms of latency per DMAPI request, mixing the overview, the domain list (page and data), domain pages, zone pages
 * and the results inbox. Then the same with two panel processes on one PostgreSQL (each user's requests spread over
 * both), to show that the panel scales out. Prints requests per second, p50/p95/p99 latency, errors, DMAPI requests
 * per user, DMAPI logins and list reads, against their targets.
 *
 * Each phase runs three times. Twice with each user asking for a page a second (LOAD_PAGES_PER_SECOND; faster than a
 * person reads a page), the load the latency target is for: first with every page a new document (as if each were
 * opened by URL or reloaded: the server renders the whole page, shell and all), then as a browser asks when the user
 * moves by the panel's links (one document, the rest Next's router requests for what differs; recorded in Chromium,
 * see browserMix). Each user begins its round at its own step, so that every second brings the whole mix, not 50 of
 * one page. Then with no pause at all and every page a document, which measures capacity: 50 requests are
 * always in flight, so the latency there is the queue in front of the CPU (about 50 ÷ requests per second), printed
 * without a target. DMAPI logins and list reads are counted over each paced run.
 *
 * Needs a build (`npx next build`). LOAD_USERS, LOAD_SECONDS, LOAD_DOMAINS and LOAD_LATENCY_MS change the shape;
 * LOAD_PHASES=one or two runs one phase. Sessions are made by signing in through Chromium, as a user would.
 */
import autocannon from 'autocannon';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { freePort, waitForHttp } from '../test/net';
import { startThrowawayPostgres } from '../scripts/pg-cluster.mjs';
import { SERVER_NODE_FLAGS } from '../scripts/server/node-flags.mjs';
import { launchChromium, type LogEntry, lastLogId, sandboxLog } from './panel';

const USERS = Number(process.env.LOAD_USERS ?? 50);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const DOMAINS = Number(process.env.LOAD_DOMAINS ?? 10_000);
const LATENCY_MS = Number(process.env.LOAD_LATENCY_MS ?? 150);
const PHASES = (process.env.LOAD_PHASES ?? 'one,two').split(',');
/** Pages each user asks for per second in the paced run (autocannon's connectionRate: whole numbers, at least 1). */
const PAGES_PER_SECOND = Math.max(1, Math.round(Number(process.env.LOAD_PAGES_PER_SECOND ?? 1)));
const KEYS = ['sandbox-full-key', 'sandbox-readonly-key'];

interface Figure {
  name: string;
  value: number;
  unit: string;
  target?: { max?: number; min?: number };
}

const children: ChildProcess[] = [];
/** Each started sandbox's and panel's process id, by its URL. */
const pids = new Map<string, number>();

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); 0 where that cannot be read. */
export function cpuSeconds(url: string): number {
  try {
    const stat = readFileSync(`/proc/${pids.get(url)}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}
function launch(args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, args, { detached: true, stdio: process.env.BENCH_DEBUG ? 'inherit' : 'ignore', env: { ...process.env, ...env } });
  children.push(child);
  return child;
}
export function stopAll(): void {
  for (const child of children.splice(0)) if (child.pid) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}
process.on('exit', stopAll);

/** A sandbox of `domains` domains whose replies wait latencyMs ± jitterMs (the sandbox's default jitter: a fifth). */
export async function startSandbox(domains = DOMAINS, latencyMs = LATENCY_MS, jitterMs?: number): Promise<string> {
  const port = await freePort();
  const jitter = jitterMs === undefined ? [] : ['--jitter', String(jitterMs)];
  const child = launch(['--conditions=react-server', '--import', 'tsx', 'lib/sandbox/cli.ts', '--port', String(port), '--memory', '--domains', String(domains), '--latency', String(latencyMs), ...jitter], {});
  const url = `http://127.0.0.1:${port}`;
  if (child.pid) pids.set(url, child.pid);
  await waitForHttp(`${url}/_sandbox/log?since=0`, 240_000);
  return url;
}

/** One panel process (scripts/server.mjs, the built app) on the given sandbox and database. */
export async function startPanelProcess(sandbox: string, env: Record<string, string>): Promise<string> {
  const port = await freePort();
  const child = launch([...SERVER_NODE_FLAGS, 'scripts/server.mjs'], {
    NODE_ENV: 'production',
    PORT: String(port),
    SANDBOX_PORT: new URL(sandbox).port,
    DMAPI_URL: '',
    LOG_LEVEL: 'warn',
    ...env,
  });
  const base = `http://127.0.0.1:${port}`;
  if (child.pid) pids.set(base, child.pid);
  await waitForHttp(`${base}/api/health`, 240_000);
  return base;
}

/** Signs USERS users in through Chromium (five at a time); returns each one's Cookie header. */
export async function signInUsers(base: string, users = USERS): Promise<string[]> {
  const browser = await launchChromium();
  const cookies: string[] = [];
  try {
    for (let start = 0; start < users; start += 5) {
      const batch = Array.from({ length: Math.min(5, users - start) }, (_, i) => start + i);
      cookies.push(
        ...(await Promise.all(
          batch.map(async (n) => {
            const context = await browser.newContext();
            const page = await context.newPage();
            await page.goto(`${base}/login`);
            await page.getByRole('textbox', { name: 'API key', exact: true }).fill(KEYS[n % KEYS.length]!);
            await page.getByRole('button', { name: 'Sign in' }).click();
            await page.getByRole('button', { name: /^Account menu:/ }).waitFor({ timeout: 120_000 });
            const header = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
            await context.close();
            return header;
          }),
        )),
      );
    }
  } finally {
    await browser.close();
  }
  return cookies;
}

/** Some domain names of the portfolio, read once from the sandbox's DMAPI (not through the panel). */
export async function someDomains(sandbox: string): Promise<string[]> {
  const login = await fetch(`${sandbox}/request/login`, { method: 'POST', body: new URLSearchParams({ 'api-key': 'sandbox-full-key' }) });
  const sid = /^Auth-Sid: (\S+)/m.exec(await login.text())?.[1];
  if (!sid) throw new Error('the sandbox did not log the bench in');
  const list = await fetch(`${sandbox}/request/query-domain-list`, { method: 'POST', body: new URLSearchParams({ 'auth-sid': sid, limit: '200' }) });
  const text = await list.text();
  const body = text.slice(text.indexOf('\n\n') + 2);
  return body.split('\n').map((l) => l.split(' ')[0]!).filter((d) => d.includes('.'));
}

/** The mix each user repeats: overview, list page and data, domain page, zone page, results inbox. */
function paths(domains: string[]): string[] {
  const pick = () => encodeURIComponent(domains[Math.floor(Math.random() * domains.length)]!);
  return ['/', '/domains', '/api/domains', `/domains/${pick()}`, `/zones/${pick()}`, '/results'];
}

/** Which of the mix's pages this build has (an area not built yet answers 404 and is left out, with a note). */
async function availablePaths(base: string, cookie: string, domains: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths(domains)) {
    const res = await fetch(`${base}${path}`, { headers: { cookie }, redirect: 'manual' });
    await res.arrayBuffer();
    if (res.status === 200) out.push(path.replace(/\/[^/]+$/, (last) => (path.startsWith('/domains/') || path.startsWith('/zones/') ? '/:domain' : last)));
    else console.log(`  (left out of the mix: ${path} answers ${res.status})`);
  }
  return out;
}

/** One request of a user's round: a path (`:domain` a different domain each time) and the headers a browser adds. */
interface Step {
  path: string;
  headers?: Record<string, string>;
}

/**
 * The mix as a browser sends it when the user moves through the panel by its links, recorded once in Chromium: a
 * domain page opened as a document (a new tab from the list), then its zone link, and Results, Overview and Domains
 * in the navigation, each a request of Next's router for the page's payload (RSC, with the headers that name the page
 * being left: the server renders what differs from it, not the shell again), and the list's data. Replayed with each
 * user's cookie and other domains (the router's cache-busting `_rsc` parameter hashes the headers, not the path).
 */
async function browserMix(base: string, cookie: string, domain: string): Promise<Step[]> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    await context.addCookies(cookie.split('; ').map((c) => ({ name: c.slice(0, c.indexOf('=')), value: c.slice(c.indexOf('=') + 1), url: base })));
    const page = await context.newPage();
    const seen: Step[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      const h = r.headers();
      if (url.origin !== base || h['next-router-prefetch']) return;
      if (h.rsc) seen.push({ path: `${url.pathname}${url.search}`, headers: { rsc: h.rsc, 'next-router-state-tree': h['next-router-state-tree'] ?? '', 'next-url': h['next-url'] ?? '' } });
      else if (url.pathname === '/api/domains') seen.push({ path: url.pathname });
    });
    const encoded = encodeURIComponent(domain);
    await page.goto(`${base}/domains/${encoded}`);
    await page.waitForLoadState('networkidle');
    const nav = page.getByRole('navigation', { name: 'Main' });
    const moves = [page.locator(`main a[href="/zones/${encoded}"]`).first(), nav.getByRole('link', { name: /^Results/ }), nav.getByRole('link', { name: /^Overview/ }), nav.getByRole('link', { name: /^Domains/ })];
    for (const link of moves) {
      const before = page.url();
      await link.click();
      await page.waitForURL((u) => u.href !== before);
      await page.waitForLoadState('networkidle');
    }
    const steps = [{ path: '/domains/:domain' }, ...seen.map((step) => ({ ...step, path: step.path.replace(`/${encoded}`, '/:domain') }))];
    if (steps.length !== 6) throw new Error(`the recorded walk made ${steps.length} requests: ${steps.map((x) => x.path).join(', ')}`);
    return steps;
  } finally {
    await browser.close();
  }
}

interface Run {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

/** autocannon's result with `skipAggregateResult`: the latencies as its encoded histogram, merged across runs here. */
interface RawResult {
  latencies: string;
  totalCompletedRequests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}
interface Histogram {
  add(other: Histogram): void;
  getValueAtPercentile(percentile: number): number;
}
const { decodeHist } = createRequire(import.meta.url)('autocannon/lib/histUtil') as { decodeHist: (encoded: string) => Histogram };

/** The list begun at its `by`-th item (modulo its length) and wrapped round. */
function rotate<T>(list: T[], by: number): T[] {
  const k = by % list.length;
  return [...list.slice(k), ...list.slice(0, k)];
}

function users(base: string, cookies: string[], mix: (string | Step)[], domains: string[], connections: number, offset: number, paced: boolean, start = 0): Promise<RawResult> {
  let next = offset;
  // A step with the router's headers carries the user's cookie itself (autocannon's client headers would replace the
  // first request's own); such a run is one user.
  const own = connections === 1 ? cookies[offset % cookies.length]! : undefined;
  const pick = () => encodeURIComponent(domains[Math.floor(Math.random() * domains.length)]!);
  return autocannon({
    url: base,
    connections,
    duration: SECONDS,
    skipAggregateResult: true,
    // autocannon corrects paced runs for coordinated omission with an expected interval of 1/rate *milliseconds*
    // (1 ms at one request a second), which fills the histogram with made-up samples: off, the figures are the
    // answers' own times. A paced user waits for each answer before the next second's request anyway.
    ...(paced ? { connectionRate: PAGES_PER_SECOND, ignoreCoordinatedOmission: true } : {}),
    // Each connection is one user (its own session cookie) going round the mix.
    setupClient: (client) => {
      client.setHeaders({ cookie: cookies[next++ % cookies.length]! });
    },
    // A paced user starts its round at its own place in the mix (`start`, see hammer).
    requests: rotate(mix, start).map((step) => {
      const { path, headers } = typeof step === 'string' ? { path: step, headers: undefined } : step;
      if (headers && !own) throw new Error('a step with its own headers is replayed one user per run');
      return {
        method: 'GET' as const,
        path,
        ...(headers ? { headers: { ...headers, cookie: own! } } : {}),
        setupRequest: (req: autocannon.Request) => ({ ...req, path: path.replace(':domain', pick()) }),
      };
    }),
  }) as unknown as Promise<RawResult>;
}

/**
 * Paced: each user asks for at most one page per second (autocannon's connectionRate; a person clicking as fast as
 * pages appear), the load the targets are for. Each user is its own autocannon run, started 1 s ÷ users after the
 * last: autocannon paces by whole seconds from a run's start, so users started together would all ask at the same
 * instant each second, a burst no set of people makes. Unpaced: every user asks again the moment an answer is in,
 * the panel's capacity, where the latency is the queue in front of the CPU (all users always waiting).
 */
async function hammer(bases: string[], cookies: string[], mix: (string | Step)[], domains: string[], paced: boolean): Promise<RawResult[]> {
  const per = Math.ceil(USERS / bases.length);
  if (!paced) return Promise.all(bases.map((base, i) => users(base, cookies, mix, domains, per, i * per, false)));
  const runs: Promise<RawResult>[] = [];
  for (let u = 0; u < USERS; u++) {
    // Each user begins its round at its own step, spread evenly over the mix on each process: begun together at the
    // first step, every user would open the same page in the same second (all the domain pages, then all the lists,
    // and so on), a lockstep no set of people keeps, which loads the panel unevenly from one second to the next.
    runs.push(users(bases[u % bases.length]!, cookies, mix, domains, 1, u, true, Math.floor(u / bases.length)));
    await new Promise((resolve) => setTimeout(resolve, 1000 / USERS));
  }
  return Promise.all(runs);
}

/** One histogram for all runs (percentiles of the joint latencies, not of each run's). */
function summarize(results: RawResult[]): Run {
  const [first, ...rest] = results.map((r) => decodeHist(r.latencies));
  for (const h of rest) first!.add(h);
  const requests = results.reduce((a, r) => a + r.totalCompletedRequests, 0);
  return {
    requests,
    rps: requests / SECONDS,
    p50: first!.getValueAtPercentile(50),
    p95: first!.getValueAtPercentile(95),
    p99: first!.getValueAtPercentile(99),
    errors: results.reduce((a, r) => a + r.errors + r.timeouts + r.non2xx, 0),
  };
}

function dmapiFigures(label: string, log: LogEntry[]): Figure[] {
  const count = (request: string) => log.filter((e) => e.request === request).length;
  return [
    { name: `${label} DMAPI requests per user during the run`, value: log.length / USERS, unit: 'requests' },
    { name: `${label} DMAPI logins during the run (one per user at sign-in, none after)`, value: count('login'), unit: 'logins', target: { max: 0 } },
    { name: `${label} domain list reads during the run (one per account per refresh period)`, value: count('query-domain-list'), unit: 'reads', target: { max: Math.ceil(SECONDS / 60) + 1 } },
  ];
}

function runFigures(label: string, run: Run, targets: boolean): Figure[] {
  const latency = targets ? { target: { max: 500 } } : {};
  return [
    { name: `${label} requests per second`, value: run.rps, unit: 'req/s' },
    { name: `${label} latency p50`, value: run.p50, unit: 'ms' },
    { name: `${label} latency p95`, value: run.p95, unit: 'ms', ...latency },
    { name: `${label} latency p99`, value: run.p99, unit: 'ms' },
    { name: `${label} errors (socket errors, timeouts, non-2xx)`, value: run.errors, unit: 'errors', target: { max: 0 } },
    { name: `${label} requests in ${SECONDS} s`, value: run.requests, unit: 'requests' },
  ];
}

async function phase(label: string, bases: string[], sandbox: string): Promise<Figure[]> {
  const signInsBefore = await lastLogId(sandbox);
  const cookies = await signInUsers(bases[0]!);
  const signIn = (await sandboxLog(sandbox, signInsBefore)).filter((e) => e.request === 'login').length;
  const domains = await someDomains(sandbox);
  const mix = await availablePaths(bases[0]!, cookies[0]!, domains);
  console.log(`  ${label} mix: ${mix.join(', ')}`);
  // Warm each process once (the first list read fills the account's copy), then measure.
  for (const base of bases) for (const path of mix) await (await fetch(`${base}${path.replace(':domain', domains[0]!)}`, { headers: { cookie: cookies[0]! } })).arrayBuffer();
  const walk = await browserMix(bases[0]!, cookies[0]!, domains[0]!);
  for (const base of bases) {
    for (const step of walk) {
      const res = await fetch(`${base}${step.path.replace(':domain', encodeURIComponent(domains[1]!))}`, { headers: { ...step.headers, cookie: cookies[0]! }, redirect: 'manual' });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`the browser's request ${step.path} answered ${res.status} when replayed`);
    }
  }
  /** A paced run of one mix: its figures, and the DMAPI's log and the processes' CPU over it. */
  const pacedRun = async (runLabel: string, steps: (string | Step)[]): Promise<Figure[]> => {
    const since = await lastLogId(sandbox);
    const cpuBefore = [sandbox, ...bases].map(cpuSeconds);
    const run = summarize(await hammer(bases, cookies, steps, domains, true));
    const [sandboxCpu, ...panelCpu] = [sandbox, ...bases].map((url, i) => cpuSeconds(url) - cpuBefore[i]!);
    return [
      ...runFigures(runLabel, run, true),
      ...dmapiFigures(runLabel, await sandboxLog(sandbox, since)),
      // Where the machine's CPU went: the sandbox stands in for Joker's servers but runs on the same cores.
      { name: `${runLabel} CPU of the panel process${bases.length > 1 ? 'es' : ''} per request`, value: (panelCpu.reduce((a, b) => a + b, 0) * 1000) / Math.max(1, run.requests), unit: 'ms' },
      { name: `${runLabel} CPU of the sandbox (on the same ${availableParallelism()} cores), share of the run`, value: (100 * (sandboxCpu ?? 0)) / SECONDS, unit: '% of one core' },
    ];
  };
  const perSecond = `each user ${PAGES_PER_SECOND} page/s`;
  const documents = await pacedRun(`${label} [${perSecond}, every page a new document]`, mix);
  const moves = await pacedRun(`${label} [${perSecond}, moving by the panel's links: ${walk.map((x) => (x.headers ? `${x.path.split('?')[0]} (router)` : x.path)).join(', ')}]`, walk);
  const unpaced = await hammer(bases, cookies, mix, domains, false);
  return [
    { name: `${label} DMAPI logins at sign-in`, value: signIn, unit: `logins for ${USERS} users`, target: { max: USERS } },
    ...documents,
    ...moves,
    ...runFigures(`${label} [capacity: no pause between pages, every page a new document, no target]`, summarize(unpaced), false),
  ];
}

export async function run(): Promise<Figure[]> {
  const out: Figure[] = [];
  const secret = randomBytes(48).toString('base64');
  try {
    if (PHASES.includes('one')) {
      const sandbox = await startSandbox();
      const dataDir = '.data/bench-load-one';
      rmSync(dataDir, { recursive: true, force: true });
      const base = await startPanelProcess(sandbox, { DATA_DIR: dataDir, DATABASE_URL: '', PANEL_SECRET: secret });
      out.push(...(await phase(`[1 process, PGlite, ${USERS} users, ${LATENCY_MS} ms DMAPI latency]`, [base], sandbox)));
      stopAll();
    }
    if (PHASES.includes('two')) {
      const cluster = process.env.DATABASE_URL ? { url: process.env.DATABASE_URL, stop: () => undefined } : await startThrowawayPostgres('bench:load');
      try {
        const sandbox = await startSandbox();
        const env = { DATABASE_URL: cluster.url, PANEL_SECRET: secret };
        const bases = await Promise.all([0, 1].map((i) => startPanelProcess(sandbox, { ...env, DATA_DIR: `.data/bench-load-two-${i}` })));
        out.push(...(await phase(`[2 processes, one PostgreSQL, ${USERS} users, ${LATENCY_MS} ms DMAPI latency]`, bases, sandbox)));
      } finally {
        stopAll();
        cluster.stop();
      }
    }
  } finally {
    stopAll();
  }
  return out;
}

// Run directly (`npm run bench:load`), printed as `npm run bench` prints.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  void (async () => {
    const { printFigures } = await import('./run');
    process.exitCode = printFigures(await run()) ? 0 : 1;
    stopAll();
    process.exit();
  })();
}
