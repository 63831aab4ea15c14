import 'server-only';
import { and, gt, inArray, sql } from 'drizzle-orm';
import { createTransport, DmapiClient, type DmapiLogEntry, type DmapiSession, logoutSession, type Transport } from '@/lib/dmapi';
import { type Db, getDatabase, getDb } from '@/lib/db';
import { panelSessions } from '@/lib/db/schema';
import { env } from '@/lib/env';
import { ExpectedFailure } from '@/lib/failure/expected';
import { log } from '@/lib/log';
import { auditedTransport } from './audit-capture';
import { loadDmapiState, persistDmapiSession } from './session-store';

/**
 * One DmapiClient per panel session per process. Sharing the instance is what makes the client's single-flight
 * re-login work: ten parallel requests after the DMAPI session expired cause exactly one `login`. Deliberately NOT
 * on globalThis: Next bundles route handlers and pages as separate module graphs with their own copies of the
 * lib/dmapi error classes, and a client from one graph would throw errors the other graph's `instanceof` misses
 * (the client's re-login itself depends on that check). So the pool is per graph: pages and actions share one.
 *
 * Because there are several pools (one per graph, one per panel process), a sign-out in one cannot reach the
 * others' clients. Each pool therefore asks the database: before handing out a client, before any re-login, and
 * now and then for every client it holds. A client whose panel session has ended is dropped and disposed (its
 * credential released), and never logs in again.
 */
const clients = new Map<string, Promise<DmapiClient>>();
let transport: Transport | undefined;
let lastSweep = Date.now();
const SWEEP_MS = 60_000;

/** The panel session has ended (signed out, idle, revoked): its credential must not be used again. */
export class SessionEndedError extends ExpectedFailure {
  static override readonly brand: string = 'SessionEndedError';
  constructor() {
    super('Your panel session has ended.', { code: 'unauthenticated', next: 'Sign in again.', fix: { label: 'Sign in', href: '/login', action: 'sign-in' } });
  }
}

const dmapiLog = () => log('dmapi');

/** Every HTTP attempt, already redacted by the transport: failures as warnings, the rest at debug level. */
function logAttempt(entry: DmapiLogEntry): void {
  const { request, attempt, durationMs, outcome, httpStatus, statusCode, message } = entry;
  const fields = { request, attempt, durationMs, outcome, httpStatus, statusCode };
  if (outcome === 'ok') dmapiLog().debug(fields, 'DMAPI request');
  else dmapiLog().warn({ ...fields, message }, 'DMAPI request failed');
}

export function panelTransport(): Transport {
  transport ??= auditedTransport(createTransport({ baseUrl: env.DMAPI_URL, timeoutMs: env.DMAPI_TIMEOUT_MS, onLog: logAttempt }));
  return transport;
}

/** Ids among `ids` whose panel session row exists and has not passed its idle expiry. */
async function liveSessions(ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const db = await getDb();
  const rows = await db
    .select({ id: panelSessions.id })
    .from(panelSessions)
    .where(and(inArray(panelSessions.id, ids), gt(panelSessions.idleExpiresAt, new Date())));
  return new Set(rows.map((r) => r.id));
}

async function isLive(sessionId: string): Promise<boolean> {
  return (await liveSessions([sessionId])).has(sessionId);
}

/**
 * The client bound to a panel session (by its database id), after checking that the session still exists, unless
 * the caller has just looked the session up in the database in this request (`checkedLive`: requireSession, guard).
 * The map is filled synchronously, so no two are made.
 */
export async function clientForSession(sessionId: string, options: { checkedLive?: boolean } = {}): Promise<DmapiClient> {
  void sweep().catch(() => undefined);
  if (!options.checkedLive && !(await isLive(sessionId))) {
    await retire(sessionId);
    throw new SessionEndedError();
  }
  let client = clients.get(sessionId);
  if (!client) {
    client = build(sessionId);
    clients.set(sessionId, client);
    client.catch(() => clients.delete(sessionId));
  }
  return client;
}

async function build(sessionId: string): Promise<DmapiClient> {
  const db = await getDb();
  const state = await loadDmapiState(db, sessionId);
  if (!state) throw new SessionEndedError();
  return new DmapiClient({
    transport: panelTransport(),
    credential: state.credential,
    session: state.dmapi,
    // No login with the credential of a session that has ended, in whichever process holds this client.
    beforeLogin: async () => {
      if (await isLive(sessionId)) return;
      await retire(sessionId);
      throw new SessionEndedError();
    },
    coordinateLogin: (stale, login) => sharedLogin(sessionId, stale, login),
    onWarnings: (request, warnings) => dmapiLog().warn({ request, warnings }, 'DMAPI warnings on a successful reply'),
    // A re-login hands out a new Auth-Sid: store it so other processes and restarts reuse it. Should the session
    // have ended while that login was under way, the fresh DMAPI session is logged out again at once.
    onSessionChange: async (fresh) => {
      await persistDmapiSession(await getDb(), sessionId, fresh);
      if (await isLive(sessionId)) return;
      await logoutSession(panelTransport(), fresh.authSid).catch(() => undefined);
      await retire(sessionId);
      throw new SessionEndedError();
    },
  });
}

/**
 * One login per user across processes. Every process (and every bundle of one process) holds its own client for a
 * panel session, and all of them find an expired DMAPI session at about the same moment. The re-login runs inside a
 * transaction that locks the session's row (PostgreSQL: `for update`; PGlite, one process: an in-process lock): the
 * first holder logs in and stores the new Auth-Sid; the others, once the lock is theirs, find a newer Auth-Sid than
 * the one that failed them and use it instead of logging in.
 */
async function sharedLogin(sessionId: string, stale: DmapiSession | undefined, login: () => Promise<DmapiSession>): Promise<DmapiSession> {
  const database = await getDatabase();
  const loginOnce = async (db: Db) => {
    const stored = await loadDmapiState(db, sessionId);
    if (!stored) throw new SessionEndedError();
    if (stale && stored.dmapi.authSid !== stale.authSid) return stored.dmapi;
    const fresh = await login();
    await persistDmapiSession(db, sessionId, fresh);
    return fresh;
  };
  // PGlite belongs to one process, and a transaction there holds every other query of the panel: holding one across
  // a DMAPI login (up to its timeout) would stall the whole panel. One process needs only an in-process lock.
  if (database.kind === 'pglite') return inProcessLock(sessionId, () => loginOnce(database.db));
  return database.db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    await tx.execute(sql`select id from panel_sessions where id = ${sessionId} for update`);
    return loginOnce(tx);
  });
}

/** Per panel session, shared by every bundle of this process (globalThis): one holder at a time. */
const loginLocks = ((globalThis as unknown as { __panelLoginLocks?: Map<string, Promise<unknown>> }).__panelLoginLocks ??= new Map());
async function inProcessLock<T>(key: string, work: () => Promise<T>): Promise<T> {
  const before = loginLocks.get(key) ?? Promise.resolve();
  const run = before.catch(() => undefined).then(work);
  const tail = run.catch(() => undefined);
  loginLocks.set(key, tail);
  try {
    return await run;
  } finally {
    if (loginLocks.get(key) === tail) loginLocks.delete(key);
  }
}

/** Forget a session's client (sign-out, revoke) and release its credential; returns it so the caller can log out. */
export async function dropClient(sessionId: string): Promise<DmapiClient | undefined> {
  const pending = clients.get(sessionId);
  clients.delete(sessionId);
  const client = await pending?.catch(() => undefined);
  return client;
}

/**
 * A client whose session ended elsewhere: log its DMAPI session out (harmless when already dead), then dispose.
 * Exported as `forgetSession` for the job runner, which learns of an ended session from the database.
 */
async function retire(sessionId: string): Promise<void> {
  const client = await dropClient(sessionId);
  if (!client) return;
  await client.logout().catch(() => undefined);
  client.dispose();
}

export { retire as forgetSession };

/** The sessions this pool holds a client for (diagnostics and tests: an ended session must not be among them). */
export function pooledSessions(): string[] {
  return [...clients.keys()];
}

/**
 * Drop the clients of sessions that ended in another process, so their credentials do not linger: at most once a
 * minute on use, and from the job runner's heartbeat.
 */
export async function sweep(force = false): Promise<void> {
  if ((!force && Date.now() - lastSweep < SWEEP_MS) || clients.size === 0) return;
  lastSweep = Date.now();
  const held = [...clients.keys()];
  const live = await liveSessions(held).catch(() => new Set(held));
  for (const id of held) if (!live.has(id)) await retire(id);
}
