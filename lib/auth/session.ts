import 'server-only';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/lib/db';
import { DmapiAuthError, type DmapiClient } from '@/lib/dmapi';
import { env } from '@/lib/env';
import { hashSessionId } from './crypto';
import { clientForSession } from './dmapi-pool';
import { readOnce } from './read-once';
import { pendingRequestList } from './request-list';
import { sessionIdFromCookie } from './request-context';
import { type Area, type Operation, permission, type Permission } from './roles';
import { lookupSession, type PanelSession, type SessionLookup } from './session-store';
import { endPanelSession } from './sign-out';

export type SignInReason = 'signed-out' | 'expired' | 'lifetime' | 'revoked' | 'credential';

/** The current request's session lookup, once per request (React cache). */
export const lookupCurrentSession = cache(async (): Promise<SessionLookup> => {
  const sid = await sessionIdFromCookie();
  if (!sid) return { session: null, reason: 'missing' };
  const lookup = await lookupSession(await getDb(), sid, env.SESSION_IDLE_HOURS, new Date(), env.SESSION_MAX_HOURS);
  // At the end of its lifetime (SESSION_MAX_HOURS) the session ends as a sign-out does, DMAPI logout included.
  if (!lookup.session && lookup.reason === 'lifetime') await endPanelSession(hashSessionId(sid));
  // The first view after sign-in may come before the sign-in's read of the request list is stored: wait for it.
  const reading = lookup.session && lookup.session.requests === null ? pendingRequestList(lookup.session.id) : undefined;
  if (lookup.session && reading) return { session: { ...lookup.session, requests: await reading } };
  return lookup;
});

/** The signed-in user of this request, or null. */
export async function getSession(): Promise<PanelSession | null> {
  return (await lookupCurrentSession()).session;
}

function reasonOf(lookup: SessionLookup): SignInReason {
  return lookup.session ? 'signed-out' : lookup.reason === 'missing' ? 'signed-out' : lookup.reason;
}

/** For pages: the session, or a redirect to sign-in saying why (expired, revoked). */
export async function requireSession(): Promise<PanelSession> {
  const lookup = await lookupCurrentSession();
  if (!lookup.session) redirect(`/login?reason=${reasonOf(lookup)}`);
  return lookup.session;
}

/** For pages: the session if its role and key may use the area, else the "not allowed" page with the reason. */
export async function requireRole(area: Area, operation: Operation = 'view'): Promise<PanelSession> {
  const session = await requireSession();
  if (!permission(session, area, operation).allowed) redirect(`/denied?area=${area}&operation=${operation}`);
  return session;
}

export function sessionPermission(session: PanelSession, area: Area, operation: Operation): Permission {
  return permission(session, area, operation);
}

/**
 * The pooled client, once per render (React cache), not once per section. Its session was looked up in this request
 * (requireSession, from the database), so the pool does not ask the database again whether it is live.
 */
const liveClient = cache((sessionId: string) => clientForSession(sessionId, { checkedLive: true }));

/**
 * The DMAPI client bound to the signed-in user's DMAPI session (with transparent re-login). Within one page render its
 * reads are made once and shared (read-once.ts).
 */
export async function getDmapiClient(): Promise<DmapiClient> {
  const session = await requireSession();
  return readOnce(session.id, await liveClient(session.id));
}

/**
 * For pages: run DMAPI work; when the stored credential no longer logs in (the key was deleted at Joker), the panel
 * session ends and the user goes to sign-in with that reason instead of an error page.
 */
export async function withDmapi<T>(work: (client: DmapiClient) => Promise<T>): Promise<T> {
  const session = await requireSession();
  try {
    return await work(readOnce(session.id, await liveClient(session.id)));
  } catch (error) {
    if (!(error instanceof DmapiAuthError)) throw error;
    await endPanelSession(session.id, 'credential');
  }
  redirect('/login?reason=credential');
}
