'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getSession } from '@/lib/auth';
import { SESSION_COOKIE } from '@/lib/auth/cookie';
import { endPanelSession } from '@/lib/auth/sign-out';

/**
 * Sign-out: DMAPI `logout`, the session row and its encrypted credential deleted, the cookie cleared. Open to every
 * role (and harmless without a session: it only sends the browser to sign-in).
 */
export async function signOutAction(): Promise<void> {
  const session = await getSession();
  if (session) await endPanelSession(session.id);
  (await cookies()).delete(SESSION_COOKIE);
  redirect('/login?reason=signed-out');
}
