/**
 * Registration of request handlers, queued-job completers, clock tickers and seeders. Area files
 * (lib/sandbox/handlers/<area>.ts, lib/sandbox/seed/<area>.ts) call these at module load; the index files import the
 * areas that exist. The registry is module-global and holds only functions: all data lives in SandboxState, so
 * several sandboxes in one process (tests) share the handlers safely.
 */
import type { HandlerCtx, JobCtx, SeedCtx, TickCtx } from './context';
import type { Reply } from './wire/reply';
import type { QueuedResult } from './state/types';

/**
 * What a request needs from the API key's User-Access:
 * - 'read': any key (@readonly too);
 * - 'modify': changes something → refused for @readonly;
 * - 'cost': can cost money → refused for @readonly and @modify-only (register, renew, transfer, privacy, restore).
 */
export type AccessNeed = 'read' | 'modify' | 'cost';

export type Handler = (ctx: HandlerCtx) => Reply | Promise<Reply>;

export interface HandlerDef {
  /** Request name as in the docs, e.g. 'domain-register'; matched case-insensitively. */
  name: string;
  access: AccessNeed;
  /** False only for `login` and `version`: every other request needs a session. */
  auth?: boolean;
  /**
   * Where the live server serves it: 'request' = `/request/<name>` (almost everything), 'root' = a path of its own
   * (`/whois`, `/v2/contact/create`, `/v2/query-price-list`; see lib/sandbox/README.md "Beyond the seeds").
   */
  via: 'request' | 'root';
  handler: Handler;
}

/** Outcome of a queued job when its sandbox delay has passed. */
export interface JobOutcome {
  status: 'ack' | 'nack';
  /** `key: value` (or free) lines that result-retrieve shows. */
  body?: string[];
  errors?: string[];
}

export type JobRunner = (ctx: JobCtx, result: QueuedResult) => JobOutcome;
export type Ticker = (ctx: TickCtx) => void;
export type Seeder = (ctx: SeedCtx) => void;

const handlers = new Map<string, HandlerDef>();
const jobs = new Map<string, JobRunner>();
const tickers = new Map<string, Ticker>();
const seeders: Array<{ name: string; order: number; seeder: Seeder }> = [];

export function registerHandler(name: string, access: AccessNeed, handler: Handler, options: { auth?: boolean; via?: 'request' | 'root' } = {}): void {
  const key = name.toLowerCase();
  if (handlers.has(key)) throw new Error(`sandbox: request ${key} registered twice`);
  handlers.set(key, { name: key, access, handler, auth: options.auth ?? true, via: options.via ?? 'request' });
}

/** Several requests sharing one implementation (e.g. ns-create and host-create). */
export function registerAlias(alias: string, target: string): void {
  const def = handlers.get(target.toLowerCase());
  if (!def) throw new Error(`sandbox: alias ${alias} → unknown ${target}`);
  handlers.set(alias.toLowerCase(), { ...def, name: alias.toLowerCase() });
}

export function findHandler(name: string): HandlerDef | undefined {
  return handlers.get(name.toLowerCase());
}

export function handlerNames(): string[] {
  return [...handlers.keys()].sort();
}

/** The `/request/<name>` requests (not the root paths), sorted by name: what query-request-list draws from. */
export function requestHandlers(): HandlerDef[] {
  return [...handlers.values()].filter((d) => d.via === 'request').sort((a, b) => a.name.localeCompare(b.name));
}

/** A job completer, run once when a queued request's delay has passed (see ctx.enqueue). */
export function registerJob(name: string, runner: JobRunner): void {
  if (jobs.has(name)) throw new Error(`sandbox: job ${name} registered twice`);
  jobs.set(name, runner);
}

export function findJob(name: string): JobRunner | undefined {
  return jobs.get(name);
}

/**
 * Called whenever the sandbox clock has moved (before each request, and after POST /_sandbox/clock). Keep tickers
 * cheap: they run at most once per sandbox second, but over 100,000 domains a full scan per call is too slow — keep
 * your own small index of what is due instead.
 */
export function registerTicker(name: string, ticker: Ticker): void {
  tickers.set(name, ticker);
}

export function allTickers(): Ticker[] {
  return [...tickers.values()];
}

/** Seeders run in ascending `order` (base accounts/prices 0, contacts/hosts 10, domains 20, areas 30+). */
export function registerSeeder(name: string, order: number, seeder: Seeder): void {
  if (seeders.some((s) => s.name === name)) return;
  seeders.push({ name, order, seeder });
  seeders.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
}

export function allSeeders(): Seeder[] {
  return seeders.map((s) => s.seeder);
}
