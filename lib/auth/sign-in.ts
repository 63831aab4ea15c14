import 'server-only';
import { getDb } from '@/lib/db';
import { DmapiAuthError, DmapiError, DmapiTransportError, login } from '@/lib/dmapi';
import { env } from '@/lib/env';
import { errorFields, log } from '@/lib/log';
import { type SignInInput, signInSchema, type SignInState, toCredential } from './credential';
import { panelTransport } from './dmapi-pool';
import { hashSessionId } from './crypto';
import { credentialFingerprint } from './keys';
import { reserveAttempt, settleAttempt } from './rate-limit';
import { startRequestListRead } from './request-list';
import type { Role } from './roles';
import { createSession, deleteIdleSessions } from './session-store';
import { DEMO_RESELLER_LOGIN } from './sandbox-demo';
import { decideRole, seedSandboxTeam } from './team';

export type SignInResult = { ok: true; sessionId: string; role: Role } | { ok: false; error: string };

function refusedMessage(input: SignInInput, error: DmapiAuthError): string {
  const what = input.method === 'api-key' ? 'this API key' : 'this username and password';
  const said = error.errors.filter((e) => e.trim() !== '').join('; ');
  return `Joker.com did not accept ${what}${said ? ` (it said: ${said})` : ''}. Check it and try again.`;
}

function unreachableMessage(): string {
  const where = env.SANDBOX ? `The sandbox DMAPI (${env.DMAPI_URL})` : `Joker.com’s DMAPI (${env.DMAPI_URL})`;
  return `${where} could not be reached or sent an unreadable answer. Try again in a moment.`;
}

/**
 * The whole server side of a sign-in: brute-force limits (an attempt is reserved before the DMAPI is asked), DMAPI
 * `login`, panel role, session row, and the key's request list (stored when it arrives; see request-list.ts).
 * Returns the new panel session id for the cookie and the role, or a sentence saying why not. Never echoes the secret.
 */
export async function signInWithCredential(input: SignInInput, ip: string | null): Promise<SignInResult> {
  const db = await getDb();
  const credential = toCredential(input);
  const fingerprint = credentialFingerprint(credential);
  const noun = input.method === 'api-key' ? 'API key' : 'username';
  const reservation = await reserveAttempt(db, { ip, fingerprint, noun });
  if (!reservation.ok) return reservation;
  let dmapi;
  try {
    dmapi = await login(panelTransport(), credential, { prefixes: true });
  } catch (error) {
    const refused = error instanceof DmapiAuthError;
    await settleAttempt(db, reservation.ids, refused ? 'refused' : 'unjudged', fingerprint);
    if (refused) return { ok: false, error: refusedMessage(input, error) };
    if (error instanceof DmapiError) return { ok: false, error: error.userMessage };
    if (error instanceof DmapiTransportError) return { ok: false, error: unreachableMessage() };
    throw error;
  }
  // The key's request list, read beside the rest of sign-in (one round trip that the answer does not wait for).
  const storeRequestList = startRequestListRead(panelTransport(), credential, dmapi);
  await settleAttempt(db, reservation.ids, 'accepted', fingerprint);
  if (env.SANDBOX) await seedSandboxTeam(db);
  const decision = await decideRole(db, credential, dmapi, { reseller: resellerAccount() });
  if (!decision.ok) {
    await logoutQuietly(dmapi.authSid);
    return { ok: false, error: decision.error };
  }
  const sessionId = await createSession(db, {
    credential,
    fingerprint,
    dmapi,
    role: decision.role,
    ip,
    idleHours: env.SESSION_IDLE_HOURS,
  });
  void storeRequestList(hashSessionId(sessionId));
  // Housekeeping after the answer, not before it: nothing of this sign-in depends on it.
  void deleteIdleSessions(db, new Date(), env.SESSION_MAX_HOURS).catch((error: unknown) =>
    log('auth').warn(errorFields(error), 'expired panel sessions could not be deleted; the next sign-in tries again'),
  );
  return { ok: true, sessionId, role: decision.role };
}

/**
 * A sign-in form as posted (the sign-in page's and the invitation page's): `method`, then `apiKey` or `username` and
 * `password`, validated, then signInWithCredential. A refusal comes back as the state the form shows again: the reason,
 * the method and the username, never the key or the password.
 */
export async function signInFromForm(form: FormData, ip: string | null): Promise<Extract<SignInResult, { ok: true }> | { ok: false; state: SignInState }> {
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  const method = field('method') === 'password' ? 'password' : 'api-key';
  const kept: SignInState = { method, username: method === 'password' ? (field('username') ?? '').slice(0, 254) : '' };
  const parsed = signInSchema.safeParse({ method, apiKey: field('apiKey'), username: field('username'), password: field('password') });
  if (!parsed.success) return { ok: false, state: { ...kept, error: parsed.error.issues[0]?.message ?? 'Enter your credentials.' } };
  const result = await signInWithCredential(parsed.data, ip);
  return result.ok ? result : { ok: false, state: { ...kept, error: result.error } };
}

let warned = false;

/** PANEL_RESELLER, or in the sandbox its demo reseller. Unset in development against a real DMAPI: nobody is. */
function resellerAccount(): string | undefined {
  const reseller = env.PANEL_RESELLER ?? (env.SANDBOX ? DEMO_RESELLER_LOGIN : undefined);
  if (!reseller && !warned) {
    warned = true;
    log('auth').warn('PANEL_RESELLER is not set: every account signs in as a customer (see README, "The reseller")');
  }
  return reseller;
}

async function logoutQuietly(authSid: string): Promise<void> {
  try {
    await panelTransport().call('logout', { 'auth-sid': authSid });
  } catch {
    // The session times out on its own; a refused sign-in must not fail because logout did.
  }
}
