/**
 * Test-only wiring for db tests of lib/auth and lib/actions: a sandbox DMAPI on a free port, a fresh database in
 * place of the panel's, and a fake request (cookie, IP) behind `next/headers`. Not imported by the panel.
 */
import { encode } from 'next-auth/jwt';
import type { Database } from '@/lib/db/open';
import { freshDatabase } from '@/test/db';

export const fakeRequest: { cookie?: string; ip: string } = { ip: '203.0.113.7' };

/** Factory for `vi.mock('next/headers', ...)`. */
export function nextHeadersMock() {
  return {
    cookies: async () => ({
      get: (name: string) => (name === 'panel-session' && fakeRequest.cookie ? { name, value: fakeRequest.cookie } : undefined),
      delete: (name: string) => {
        if (name === 'panel-session') fakeRequest.cookie = undefined;
      },
      getAll: () => (fakeRequest.cookie ? [{ name: 'panel-session', value: fakeRequest.cookie }] : []),
    }),
    // As scripts/server.mjs hands the client's address on (startTestWorld sets its process mark).
    headers: async () => new Headers({ 'x-panel-client-ip': fakeRequest.ip }),
  };
}

export interface TestWorld {
  sandboxUrl: string;
  database: Database;
  close(): Promise<void>;
}

/** Call before the first use of `env` (it is read lazily). */
export async function startTestWorld(): Promise<TestWorld> {
  const { startSandbox } = await import('@/lib/sandbox/server');
  const sandbox = await startSandbox({ port: 0, memory: true, domains: 20 });
  process.env.PANEL_SECRET = 'test-secret-'.padEnd(48, 'x');
  process.env.SANDBOX_PORT = String(sandbox.port);
  delete process.env.DMAPI_URL;
  process.env.DMAPI_TIMEOUT_MS = '5000';
  process.env.__PANEL_SERVER = '1';
  const database = await freshDatabase();
  (globalThis as unknown as { __panelDatabase?: Promise<Database> }).__panelDatabase = Promise.resolve(database);
  return {
    sandboxUrl: sandbox.url,
    database,
    async close() {
      await sandbox.close();
      await database.close();
    },
  };
}

/** Puts a session cookie for `sessionId` on the fake request (what next-auth's jwt callback would set). */
export async function actAs(sessionId: string | null): Promise<void> {
  if (!sessionId) {
    fakeRequest.cookie = undefined;
    return;
  }
  const { nextAuthSecret } = await import('./keys');
  fakeRequest.cookie = await encode({ token: { sid: sessionId }, secret: nextAuthSecret() });
}

export interface SandboxLogEntry {
  id: number;
  request: string;
  uid: string | null;
  statusCode: number;
  httpStatus: number;
}

export async function sandboxLog(sandboxUrl: string, since = 0): Promise<SandboxLogEntry[]> {
  const res = await fetch(`${sandboxUrl}/_sandbox/log?since=${since}`);
  return ((await res.json()) as { entries: SandboxLogEntry[] }).entries;
}

export async function lastLogId(sandboxUrl: string): Promise<number> {
  const entries = await sandboxLog(sandboxUrl);
  return entries.at(-1)?.id ?? 0;
}
