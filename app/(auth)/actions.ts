'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getSession } from '@/lib/auth';
import { SESSION_COOKIE } from '@/lib/auth/cookie';
import { signInSchema, type SignInState } from '@/lib/auth/credential';
import { requestIp } from '@/lib/auth/request-context';
import { issueSessionCookie } from '@/lib/auth/session-cookie';
import { signInWithCredential } from '@/lib/auth/sign-in';
import { endPanelSession } from '@/lib/auth/sign-out';

const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : undefined;
};

/**
 * Sign-in, posted by the sign-in form with or without JavaScript (a plain form POST: the key or password never
 * travels in a URL). The server performs the DMAPI `login` and sets the session cookie, then redirects to the
 * panel (303 for a form posted without JavaScript; with JavaScript the response carries the target page, so the
 * browser lands there with one request). A refusal comes back as state: the reason, the method and the username.
 * Open to everyone: it is the way in; lib/auth limits attempts per client address and per credential.
 */
export async function signInAction(_previous: SignInState | null, form: FormData): Promise<SignInState> {
  const method = field(form, 'method') === 'password' ? 'password' : 'api-key';
  const kept: SignInState = { method, username: method === 'password' ? (field(form, 'username') ?? '').slice(0, 254) : '' };
  const parsed = signInSchema.safeParse({ method, apiKey: field(form, 'apiKey'), username: field(form, 'username'), password: field(form, 'password') });
  if (!parsed.success) return { ...kept, error: parsed.error.issues[0]?.message ?? 'Enter your credentials.' };
  const result = await signInWithCredential(parsed.data, await requestIp());
  if (!result.ok) return { ...kept, error: result.error };
  await issueSessionCookie(result.sessionId);
  redirect(result.role === 'customer' ? '/my-domains' : '/');
}

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
