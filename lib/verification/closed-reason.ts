import 'server-only';
import type { Db } from '@/lib/db';
import { answeredNoSince } from './activity';
import { entriesByEmail } from './entries';

/**
 * Why a verification Joker.com calls `invalid` is closed. The DMAPI uses the one word for both an owner's "no" and a
 * deadline that passed unanswered (DMAPI documentation: "if there is no answer before verification deadline … the
 * status is also set to invalid"); the owner on the landing page deserves to be told which. The panel knows from its
 * own records: a "no" it recorded (staff or landing page), or its mirror of the pending list (settled as lapsed, or a
 * deadline that has passed). When neither tells, the combined wording stays.
 */
export type ClosedReason = 'declined' | 'expired' | 'invalid';

export async function closedReason(db: Db, uid: string, email: string, now = Date.now()): Promise<ClosedReason> {
  const entry = (await entriesByEmail(db, uid, [email])).get(email.toLowerCase());
  if (entry?.state === 'refused') return 'declined';
  if (await answeredNoSince(db, uid, email, entry?.firstSeen ?? new Date(0))) return 'declined';
  if (entry?.state === 'lapsed') return 'expired';
  if (entry?.deadline && entry.deadline.getTime() <= now) return 'expired';
  return 'invalid';
}
