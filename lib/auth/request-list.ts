import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { panelSessions } from '@/lib/db/schema';
import { queryRequestList } from '@/lib/dmapi';
import { clientForSession } from './dmapi-pool';
import type { Permission } from './roles';

/**
 * What the session's API key may send, from DMAPI `query-request-list`: the server refuses, for this key, every
 * request missing from that list (Joker's own reseller panel gates on it), so the panel disables such controls and
 * says why. Read once per panel session, on first need (not at sign-in, which stays one request), and kept in
 * `panel_sessions.requests`.
 */

/** Requests a client may always send: Joker's reseller panel exempts them from the list (login, the list, version). */
const ALWAYS = new Set(['login', 'query-request-list', 'version']);

/**
 * Pure: may a key with this request list send `name`? An unknown list (null: not read yet, or the server has no
 * query-request-list) allows everything; the server still decides.
 */
export function requestAllowed(requests: readonly string[] | null | undefined, name: string): Permission {
  const request = name.toLowerCase();
  if (!requests || ALWAYS.has(request) || requests.includes(request)) return { allowed: true };
  return { allowed: false, reason: `Joker.com does not let this API key send ${request} (it is not in the key's request list).` };
}

/** requestAllowed for each entry of `requests` (e.g. bulk kind → the DMAPI request it sends). */
export function requestPermissions<K extends string>(list: readonly string[] | null | undefined, requests: Readonly<Record<K, string>>): Record<K, Permission> {
  const out = {} as Record<K, Permission>;
  for (const key of Object.keys(requests) as K[]) out[key] = requestAllowed(list, requests[key]);
  return out;
}

const loading = new Map<string, Promise<string[] | null>>();

/** The request list of a panel session (by its database id): stored, or read from the DMAPI once and stored. */
export function requestListFor(sessionId: string): Promise<string[] | null> {
  let pending = loading.get(sessionId);
  if (!pending) {
    pending = load(sessionId).finally(() => loading.delete(sessionId));
    loading.set(sessionId, pending);
  }
  return pending;
}

async function load(sessionId: string): Promise<string[] | null> {
  const db = await getDb();
  const row = (await db.select({ requests: panelSessions.requests }).from(panelSessions).where(eq(panelSessions.id, sessionId)))[0];
  if (!row) return null;
  if (row.requests) return row.requests;
  let list: string[];
  try {
    list = await queryRequestList(await clientForSession(sessionId));
  } catch {
    // No list (a server without the request, or a failure now): nothing is disabled for it, and the next need asks again.
    return null;
  }
  // An empty answer would disable everything; treat it as "no list" rather than trust it.
  if (list.length === 0) return null;
  await db.update(panelSessions).set({ requests: list }).where(eq(panelSessions.id, sessionId));
  return list;
}
