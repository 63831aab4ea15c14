/**
 * Test helper for the sandbox integration tests: one sandbox per test file, a full-key client, the operator
 * endpoints (log, clock, faults, outbox) and a skip for requests the sandbox does not implement yet (2101).
 */
import { expect, type TestContext } from 'vitest';
import { startSandbox, type RunningSandbox } from '@/lib/sandbox/server';
import { DmapiClient, DmapiError, createTransport, queryContactList, queryDomainList } from './index';

export interface SandboxWorld {
  sandbox: RunningSandbox;
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
  return { sandbox, client, domain, spare, handle };
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

/** Run a request; skip the test when the sandbox does not implement it yet (2101). */
export async function orSkip<T>(ctx: TestContext, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof DmapiError && e.statusCode === 2101) ctx.skip(`sandbox: ${e.request} not implemented yet`);
    throw e;
  }
}
