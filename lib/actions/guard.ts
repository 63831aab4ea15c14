import 'server-only';
import { lookupCurrentSession } from '@/lib/auth/session';
import type { PanelSession } from '@/lib/auth/session-store';
import { permission, type Area, type Operation } from '@/lib/auth/roles';
import { endPanelSession } from '@/lib/auth/sign-out';
import { DmapiAuthError } from '@/lib/dmapi/errors';
import { describeFailure, type DescribeOptions } from '@/lib/failure/describe';
import type { Failure } from '@/lib/failure/types';

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

/**
 * A failure as a value (lib/failure), or undefined for something unexpected. A DmapiAuthError reaching here means the
 * client's one re-login failed too: the stored credential no longer works, so the panel session ends.
 */
export async function failureOf(error: unknown, session: PanelSession, options: DescribeOptions = {}): Promise<Failure | undefined> {
  if (error instanceof DmapiAuthError) await endPanelSession(session.id, 'credential');
  return describeFailure(error, options);
}

/** HTTP status for a failure answered by a route handler. */
export function statusOf(failure: Failure): number {
  switch (failure.code) {
    case 'unauthenticated':
      return 401;
    case 'forbidden':
      return 403;
    case 'invalid':
      return 400;
    case 'limit':
      return 413;
    case 'unavailable':
    case 'outcome-unknown':
      return 503;
    default:
      return 502;
  }
}
