/**
 * Test-only wiring for job tests that run the real runner against the real sandbox: an in-process sandbox (its
 * engine's state readable for assertions), a fresh database in place of the panel's, real sign-ins. Call
 * `startJobsWorld` before the first use of `env`; mock `next/headers` with lib/auth/test-support's nextHeadersMock.
 */
import { eq } from 'drizzle-orm';
import type { Database } from '@/lib/db/open';
import { auditLog, panelSessions } from '@/lib/db/schema';
import { DEMO } from '@/lib/sandbox/seed/catalog';
import type { RunningSandboxInternal } from '@/lib/sandbox/server';
import type { Domain } from '@/lib/sandbox/state/types';
import type { JobParams } from './kinds';
import { freshDatabase } from '@/test/db';

export interface JobsWorld {
  sandbox: RunningSandboxInternal;
  database: Database;
  close(): Promise<void>;
}

export async function startJobsWorld(domains = 40): Promise<JobsWorld> {
  const { startSandbox } = await import('@/lib/sandbox/server');
  const sandbox = await startSandbox({ port: 0, memory: true, domains, seed: 3 });
  process.env.PANEL_SECRET = 'test-secret-'.padEnd(48, 'x');
  process.env.SANDBOX_PORT = String(sandbox.port);
  delete process.env.DMAPI_URL;
  process.env.DMAPI_TIMEOUT_MS = '5000';
  const database = await freshDatabase();
  (globalThis as unknown as { __panelDatabase?: Promise<Database> }).__panelDatabase = Promise.resolve(database);
  return {
    sandbox,
    database,
    async close() {
      await sandbox.close();
      await database.close();
    },
  };
}

/** Signs a demo key in as the panel would; returns the panel session's database id (the hashed cookie id). */
export async function signInKey(apiKey: string): Promise<{ cookieId: string; id: string }> {
  const { signInWithCredential } = await import('@/lib/auth/sign-in');
  const { hashSessionId } = await import('@/lib/auth/crypto');
  const result = await signInWithCredential({ method: 'api-key', apiKey }, '198.51.100.20');
  if (!result.ok) throw new Error(result.error);
  const id = hashSessionId(result.sessionId);
  // The sign-in's own background read (the key's request list) is let finish, so that a test's "since" starts after it.
  const { pendingRequestList } = await import('@/lib/auth/request-list');
  await pendingRequestList(id);
  return { cookieId: result.sessionId, id };
}

export interface SandboxLogEntry {
  id: number;
  request: string;
  uid: string | null;
  statusCode: number;
  procId: string | null;
  object: string | null;
}

/** The sandbox's request log after `since` (request names, objects and outcomes; no parameters, no secrets). */
export async function sandboxLogSince(world: JobsWorld, since: number): Promise<SandboxLogEntry[]> {
  const res = await fetch(`${world.sandbox.url}/_sandbox/log?since=${since}`);
  return ((await res.json()) as { entries: SandboxLogEntry[] }).entries;
}

export async function lastSandboxLogId(world: JobsWorld): Promise<number> {
  return (await sandboxLogSince(world, 0)).at(-1)?.id ?? 0;
}

/** The audit rows a job's items wrote: the DMAPI request and its parameters as they went over the wire. */
export async function jobAudit(world: JobsWorld, jobId: number) {
  return world.database.db.select().from(auditLog).where(eq(auditLog.action, `bulkJob#${jobId}`));
}

/** Reseller domains of the sandbox (not expired, not in `used`) matching `where`; they are added to `used`. */
export function pickDomains(world: JobsWorld, n: number, where: (d: Domain) => boolean, used: Set<string>): Domain[] {
  const now = world.sandbox.engine.clock.now();
  const out: Domain[] = [];
  for (const d of world.sandbox.engine.state.domains.values()) {
    if (out.length === n) break;
    if (d.uid !== DEMO.reseller.uid || used.has(d.name) || d.expiresAt < now || !where(d)) continue;
    used.add(d.name);
    out.push(d);
  }
  if (out.length < n) throw new Error(`only ${out.length} of ${n} seeded domains fit this test`);
  return out;
}

/** A job as createBulkJob stores it, started by the given panel session (its account and credential). */
export async function insertJobFor(world: JobsWorld, sessionId: string, action: JobParams, domains: string[], extra: Record<string, unknown> = {}) {
  const { insertJob } = await import('./store');
  const [row] = await world.database.db.select().from(panelSessions).where(eq(panelSessions.id, sessionId));
  if (!row) throw new Error('no such panel session');
  return insertJob(world.database.db, {
    kind: action.kind,
    params: { action, actorRole: row.panelRole, ...extra },
    accountUid: row.uid,
    createdBy: row.credentialFingerprint,
    createdByName: row.userLogin,
    sessionId,
    title: `test ${action.kind}`,
    items: domains.map((domain) => ({ domain })),
  });
}

/** The Auth-Sid a panel session's row holds (decrypted), to watch it die at the sandbox. */
export async function storedAuthSid(world: JobsWorld, sessionId: string): Promise<string> {
  const { loadDmapiState } = await import('@/lib/auth/session-store');
  const state = await loadDmapiState(world.database.db, sessionId);
  if (!state) throw new Error('no such panel session');
  return state.dmapi.authSid;
}

/** Whether the sandbox still has this DMAPI session. */
export function sandboxSessionAlive(world: JobsWorld, authSid: string): boolean {
  return Object.hasOwn(world.sandbox.engine.state.sessions, authSid);
}
