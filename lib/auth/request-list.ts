import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { panelSessions } from '@/lib/db/schema';
import { DmapiClient, queryRequestList, type DmapiSession, type Transport } from '@/lib/dmapi';
import type { Credential } from './credential';
import { log } from '@/lib/log';

export { actionPermission, requestAllowed, requestPermissions, type RequestSubject } from './request-permission';

/**
 * The key's request list (DMAPI `query-request-list`) is read at sign-in, right after `login` and beside the panel's
 * own sign-in work, and stored in `panel_sessions.requests`; the sign-in answer does not wait for it. A page rendered
 * before it is stored (the redirect after sign-in) waits for the read in flight (`pendingRequestList`). A failure
 * leaves no list: nothing is disabled, and the server still refuses what the key may not send.
 */

// On globalThis: the sign-in route and the pages that wait for its read may be separate module graphs.
const KEY = Symbol.for('panel.requestListReads');
const reads: Map<string, Promise<string[] | null>> = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map()) as Map<string, Promise<string[] | null>>;

/**
 * Start reading the list with the DMAPI session `login` just opened. Returns `store(sessionId)`, to call once the
 * session row exists: it stores the list when it arrives, without being awaited by the caller.
 */
export function startRequestListRead(transport: Transport, credential: Credential, dmapi: DmapiSession): (sessionId: string) => Promise<string[] | null> {
  // A client for this one read; no re-login (a failure means "no list", not a second login at sign-in).
  const client = new DmapiClient({ transport, credential, session: dmapi, beforeLogin: () => { throw new Error('no re-login for the request list'); } });
  const read = queryRequestList(client).then(
    // An empty answer would disable everything: treat it as "no list" rather than trust it.
    (list) => (list.length > 0 ? list : null),
    (error: unknown) => {
      log('auth').warn({ err: error instanceof Error ? error.message : String(error) }, 'query-request-list failed at sign-in: nothing is disabled for this session');
      return null;
    },
  ).finally(() => client.dispose()); // the one-read client lets go of the decrypted credential at once
  return (sessionId) => {
    const stored = read.then(async (list) => {
      if (list) await (await getDb()).update(panelSessions).set({ requests: list }).where(eq(panelSessions.id, sessionId));
      return list;
    }).catch(() => null).finally(() => reads.delete(sessionId));
    reads.set(sessionId, stored);
    return stored;
  };
}

/** The sign-in read of this panel session (by its database id) still in flight in this process, if any. */
export function pendingRequestList(sessionId: string): Promise<string[] | null> | undefined {
  return reads.get(sessionId);
}
