'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { createAction } from '@/lib/actions';
import { getSession } from '@/lib/auth';
import { SESSION_COOKIE } from '@/lib/auth/cookie';
import type { SignInState } from '@/lib/auth/credential';
import { requestIp } from '@/lib/auth/request-context';
import { issueSessionCookie } from '@/lib/auth/session-cookie';
import { signInFromForm } from '@/lib/auth/sign-in';
import { endPanelSession } from '@/lib/auth/sign-out';
import { acceptInvitation } from '@/lib/grants/accept';
import { acceptInvitationSchema, invitationToken } from '@/lib/schemas/grants';

/**
 * Accept an invitation in the panel: the signed-in customer's User-Login must be the invited address; then, in the
 * reseller's name, grants-invite with the customer's UID and grants-revoke of the e-mail invitation
 * (lib/grants/accept.ts). A customer-only action (area `invitations`).
 */
export const acceptInvitationAction = createAction({
  name: 'acceptInvitationAction',
  area: 'invitations',
  operation: 'change',
  schema: acceptInvitationSchema,
  audit: { request: 'panel:accept-invitation' },
  handler: async ({ token }, ctx) => acceptInvitation(ctx.session, token, ctx.ip),
});

const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : undefined;
};

/** Where the landing page's forms return to: only a well-formed landing path, never a URL from the browser. */
function landingPath(form: FormData): string {
  const token = invitationToken.safeParse(field(form, 'token'));
  return token.success ? `/invite/${token.data}` : '/login';
}

/**
 * Sign-in on the landing page (the invitee's own Joker.com account), then back to the invitation. The same server
 * path as the sign-in page's (lib/auth/sign-in.ts: attempts limited per client address and credential, DMAPI
 * login, panel role); only the page it returns to differs. Open to everyone: it is the way in.
 */
export async function signInToAcceptAction(_previous: SignInState | null, form: FormData): Promise<SignInState> {
  const back = landingPath(form);
  const result = await signInFromForm(form, await requestIp());
  if (!result.ok) return result.state;
  await issueSessionCookie(result.sessionId);
  redirect(back);
}

/** "Use another account": signs out (as the sign-out control does) and returns to the invitation. Open to everyone. */
export async function switchAccountAction(form: FormData): Promise<void> {
  const session = await getSession();
  if (session) await endPanelSession(session.id);
  (await cookies()).delete(SESSION_COOKIE);
  redirect(landingPath(form));
}
