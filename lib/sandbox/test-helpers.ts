/** Plain-fetch helpers for sandbox tests (no dependency on lib/dmapi). */
import { DEMO } from './seed/catalog';
import type { SandboxState, Domain } from './state/types';
export interface WireReply {
  http: number;
  raw: string;
  /** First value of each header. */
  headers: Record<string, string>;
  /** Header lines in order, repeats kept. */
  headerLines: Array<[string, string]>;
  all(name: string): string[];
  body: string;
}

export function parseWire(http: number, raw: string): WireReply {
  const split = raw.indexOf('\n\n');
  const head = split >= 0 ? raw.slice(0, split) : raw;
  const body = split >= 0 ? raw.slice(split + 2) : '';
  const headerLines: Array<[string, string]> = [];
  for (const line of head.split('\n')) {
    const i = line.indexOf(': ');
    if (i > 0) headerLines.push([line.slice(0, i), line.slice(i + 2)]);
  }
  const headers: Record<string, string> = {};
  for (const [k, v] of headerLines) if (!(k in headers)) headers[k] = v;
  return { http, raw, headers, headerLines, body, all: (n) => headerLines.filter(([k]) => k === n).map(([, v]) => v) };
}

export async function call(base: string, request: string, params: Record<string, string> = {}, method: 'GET' | 'POST' = 'POST'): Promise<WireReply> {
  const qs = new URLSearchParams(params).toString();
  const res =
    method === 'GET'
      ? await fetch(`${base}/request/${request}?${qs}`)
      : await fetch(`${base}/request/${request}`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: qs });
  return parseWire(res.status, await res.text());
}

/** A DMAPI path outside /request/ (`/whois`, `/v2/…`), with the HTTP headers of the reply. */
export async function callPath(base: string, path: string, params: Record<string, string> = {}, method: 'GET' | 'POST' = 'POST'): Promise<WireReply & { httpHeaders: Headers }> {
  const qs = new URLSearchParams(params).toString();
  const res =
    method === 'GET'
      ? await fetch(`${base}${path}?${qs}`)
      : await fetch(`${base}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: qs });
  return { ...parseWire(res.status, await res.text()), httpHeaders: res.headers };
}

export async function login(base: string, apiKey = 'sandbox-full-key'): Promise<string> {
  const r = await call(base, 'login', { 'api-key': apiKey });
  const sid = r.headers['Auth-Sid'];
  if (!sid) throw new Error(`login failed: ${r.raw}`);
  return sid;
}

export async function advance(base: string, seconds: number): Promise<string> {
  const res = await fetch(`${base}/_sandbox/clock`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ advance: seconds }) });
  return ((await res.json()) as { now: string }).now;
}

/**
 * The first seeded domain of an account (default: the demo reseller) that fits `pred`; tests pick their fixtures
 * from the seeded world this way and fail loudly when the seed no longer has one.
 */
export function seededDomain(state: SandboxState, pred: (d: Domain) => boolean, uid: string = DEMO.reseller.uid): Domain {
  for (const d of state.domains.values()) if (d.uid === uid && pred(d)) return d;
  throw new Error('no seeded domain fits');
}
