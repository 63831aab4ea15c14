import 'server-only';
import { and, count, eq, gte, min } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { signInFailures } from '@/lib/db/schema';

/**
 * The public landing page answers without a session, so unknown tokens are counted per client address (in the
 * sign-in limit's table, under their own subject): after LIMIT misses in WINDOW_MS that address sees only "try again
 * later", even for a valid token. Tokens are 256-bit random values, so this is about load and noise, not guessing.
 */
export const LANDING_LIMIT = 20;
export const LANDING_WINDOW_MS = 15 * 60_000;

const subject = (ip: string) => `invite-miss:${ip}`;

/** Minutes until the address may look again, or 0 when it may now. Without a known address nothing is counted. */
export async function landingBlockedMinutes(db: Db, ip: string | null, now = new Date()): Promise<number> {
  if (!ip) return 0;
  const [row] = await db
    .select({ misses: count(), oldest: min(signInFailures.at) })
    .from(signInFailures)
    .where(and(eq(signInFailures.subject, subject(ip)), gte(signInFailures.at, new Date(now.getTime() - LANDING_WINDOW_MS))));
  if (!row || row.misses < LANDING_LIMIT || !row.oldest) return 0;
  return Math.max(1, Math.ceil((new Date(row.oldest).getTime() + LANDING_WINDOW_MS - now.getTime()) / 60_000));
}

export async function recordLandingMiss(db: Db, ip: string | null, now = new Date()): Promise<void> {
  if (ip) await db.insert(signInFailures).values({ subject: subject(ip), at: now });
}
