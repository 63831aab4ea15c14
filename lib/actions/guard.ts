import 'server-only';
import { lookupCurrentSession } from '@/lib/auth/session';
import type { PanelSession } from '@/lib/auth/session-store';
import { permission, type Area, type Operation } from '@/lib/auth/roles';
import { isDmapiAuthError, isDmapiError, isDmapiTransportError } from '@/lib/auth/dmapi-errors';
import { endPanelSession } from '@/lib/auth/sign-out';
import type { ActionErrorCode } from './result';

export type GuardOutcome =
  | { ok: true; session: PanelSession }
  | { ok: false; code: 'unauthenticated' | 'forbidden'; error: string };

const SIGNED_OUT: Record<string, string> = {
  missing: 'You are not signed in. Sign in to continue.',
  expired: 'Your panel session expired after inactivity. Sign in again.',
  lifetime: 'Your panel session reached its maximum length. Sign in again.',
  revoked: 'The owner has revoked this key’s access to the panel.',
};

/** Session first, then role × User-Access. Runs before anything else an action or route does. */
export async function guard(area: Area, operation: Operation): Promise<GuardOutcome> {
  const lookup = await lookupCurrentSession();
  if (!lookup.session) return { ok: false, code: 'unauthenticated', error: SIGNED_OUT[lookup.reason] ?? SIGNED_OUT.missing! };
  const allowed = permission(lookup.session, area, operation);
  if (!allowed.allowed) return { ok: false, code: 'forbidden', error: allowed.reason };
  return { ok: true, session: lookup.session };
}

export interface MappedFailure {
  code: ActionErrorCode;
  error: string;
  dmapiErrors?: string[];
}

/**
 * Expected DMAPI failures as values. A DmapiAuthError reaching here means the client's one re-login failed too: the
 * stored credential no longer works, so the panel session ends. Anything else is unexpected and returns undefined.
 */
export async function mapDmapiFailure(error: unknown, session: PanelSession): Promise<MappedFailure | undefined> {
  if (isDmapiAuthError(error)) {
    await endPanelSession(session.id);
    return { code: 'unauthenticated', error: 'Joker.com no longer accepts the credential of this session. Sign in again.' };
  }
  if (isDmapiError(error)) {
    return { code: 'dmapi', error: error.userMessage, dmapiErrors: error.errors };
  }
  if (isDmapiTransportError(error)) return { code: 'unavailable', error: error.userMessage };
  return undefined;
}
