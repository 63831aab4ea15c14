import { sandboxURL } from '../../playwright.config';

export interface LogEntry {
  id: number;
  request: string;
  uid: string | null;
  statusCode: number;
  httpStatus: number;
  /** The domain, handle or host the request named, when it named one. */
  object?: string | null;
}

export async function sandboxLog(since = 0): Promise<LogEntry[]> {
  const res = await fetch(`${sandboxURL}/_sandbox/log?since=${since}`);
  return ((await res.json()) as { entries: LogEntry[] }).entries;
}

export async function lastLogId(): Promise<number> {
  return (await sandboxLog()).at(-1)?.id ?? 0;
}

/** Moves the sandbox clock on (sessions expire after Session-Timeout seconds of inactivity on this clock). */
export async function advanceClock(seconds: number): Promise<void> {
  const res = await fetch(`${sandboxURL}/_sandbox/clock`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ advance: String(seconds) }),
  });
  if (!res.ok) throw new Error(`clock advance failed: HTTP ${res.status}`);
}

/** HTTP status of a DMAPI read made with a given Auth-Sid (401 once the session is dead). */
export async function statusWithAuthSid(authSid: string): Promise<number> {
  const res = await fetch(`${sandboxURL}/request/query-domain-list`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ 'auth-sid': authSid, pattern: 'none-*' }).toString(),
  });
  await res.text();
  return res.status;
}

/** One DMAPI request straight to the sandbox, outside the panel (to set up or check state), as the given key. */
export async function sandboxDmapi(request: string, params: Record<string, string> = {}, apiKey = 'sandbox-full-key'): Promise<string> {
  const login = await (await fetch(`${sandboxURL}/request/login?api-key=${encodeURIComponent(apiKey)}`)).text();
  const sid = /^Auth-Sid: (\S+)/m.exec(login)?.[1] ?? '';
  const res = await fetch(`${sandboxURL}/request/${request}`, { method: 'POST', body: new URLSearchParams({ 'auth-sid': sid, ...params }) });
  return res.text();
}

/** The body of a sandbox reply (after the empty line that ends the headers). */
export function replyBody(reply: string): string {
  const at = reply.indexOf('\n\n');
  return at < 0 ? '' : reply.slice(at + 2);
}

/** The status flags (`lock`, `autorenew`, …) of one domain as query-domain-list reports them. */
export async function domainStatus(domain: string): Promise<string[]> {
  const body = replyBody(await sandboxDmapi('query-domain-list', { pattern: domain, showstatus: '1' }));
  const row = body.split('\n').find((line) => line.split(/\s+/)[0] === domain);
  return (row?.split(/\s+/)[2] ?? '').split(',').filter(Boolean);
}

/** The next `count` requests named `request` fail on purpose (the sandbox's fault modes: http500, timeout, …). */
export async function injectFault(request: string, mode: 'http500' | 'timeout' | 'garbage' | 'expire-session' | 'reset' | 'nack', count = 1): Promise<void> {
  const res = await fetch(`${sandboxURL}/_sandbox/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ request, mode, count }),
  });
  if (!res.ok) throw new Error(`fault injection failed: HTTP ${res.status}`);
}

/** Requests `key` may not use beyond its User-Access, from its next login (left out of its request list, refused). */
export async function denyRequests(key: string, deny: string[]): Promise<void> {
  const res = await fetch(`${sandboxURL}/_sandbox/keys`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ key, deny }),
  });
  if (!res.ok) throw new Error(`key setting failed: HTTP ${res.status}`);
}
