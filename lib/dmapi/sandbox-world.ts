/**
 * Test helper for the sandbox integration tests: one sandbox per test file, a full-key client, the operator
 * endpoints (log, clock, faults, outbox) and the sandbox's state, so write tests can check what a write changed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { startSandbox, type RunningSandboxInternal } from '@/lib/sandbox/server';
import type { SandboxState } from '@/lib/sandbox/state/types';
import { DmapiClient, createTransport, queryContactList, queryDomainList } from './index';

export interface SandboxWorld {
  sandbox: RunningSandboxInternal;
  /** The sandbox's live state (read it after a write; the engine keeps one object per sandbox). */
  state(): SandboxState;
  client: DmapiClient;
  /** A .com domain of the seeded portfolio. */
  domain: string;
  /** Other .com domains, so renew tests do not hit Joker's once-per-6-hours renewal rule. */
  spare: string[];
  /** A .com contact handle. */
  handle: string;
}

export async function startWorld(): Promise<SandboxWorld> {
  const sandbox = await startSandbox({ memory: true, port: 0, domains: 250, seed: 1 });
  const client = new DmapiClient({ transport: createTransport({ baseUrl: sandbox.url }), credential: { apiKey: 'sandbox-full-key' } });
  const rows = await queryDomainList(client, { showstatus: true });
  const domain = (rows.find((r) => r.domain.endsWith('.com')) ?? rows[0])?.domain ?? '';
  const spare = rows.filter((r) => r.domain !== domain && r.domain.endsWith('.com')).map((r) => r.domain);
  const handle = (await queryContactList(client, { tld: 'com' }))[0]?.handle ?? '';
  return { sandbox, state: () => sandbox.engine.state, client, domain, spare, handle };
}

export interface LogEntry { id: number; request: string; statusCode: number; httpStatus: number; procId: string | null; object: string | null }

export async function logSince(url: string, id: number): Promise<LogEntry[]> {
  const res = await fetch(`${url}/_sandbox/log?since=${id}`);
  return ((await res.json()) as { entries: LogEntry[] }).entries;
}

export async function lastLogId(url: string): Promise<number> {
  return (await logSince(url, 0)).at(-1)?.id ?? 0;
}

export async function operator(url: string, path: string, body: unknown): Promise<void> {
  const res = await fetch(`${url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  expect(res.ok).toBe(true);
}

export interface Mail { kind: string; key: string | null; domain: string | null; to: string }

export async function outbox(url: string): Promise<Mail[]> {
  const res = await fetch(`${url}/outbox`, { headers: { Accept: 'application/json' } });
  return ((await res.json()) as { mails: Mail[] }).mails;
}

/**
 * Requests the client library sends that the sandbox does not answer yet (it answers 2101, Unimplemented command).
 * sandbox.integration.test.ts asserts each is still 2101: when the sandbox learns one, that test fails and says to
 * remove it from this list. Every other request must be answered.
 */
export const KNOWN_MISSING: readonly string[] = [];

/** Every request name the request modules send (`client.call('name'`), from their source. */
export function clientRequestNames(): { name: string; root: boolean }[] {
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'requests');
  const found = new Map<string, boolean>();
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
    const source = readFileSync(path.join(dir, file), 'utf8');
    // A call with `root: true` goes to /<name> (e.g. /whois, /v2/...) instead of /request/<name>.
    for (const m of source.matchAll(/client\.call\(\s*'([a-z0-9/-]+)'([^;]*)/g)) {
      found.set(m[1] as string, /root:\s*true/.test(m[2] ?? ''));
    }
  }
  return [...found].map(([name, root]) => ({ name, root })).sort((x, y) => x.name.localeCompare(y.name));
}
