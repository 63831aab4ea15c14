import { sandboxURL } from '../../playwright.config';

export interface LogEntry {
  id: number;
  request: string;
  uid: string | null;
  statusCode: number;
  httpStatus: number;
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
