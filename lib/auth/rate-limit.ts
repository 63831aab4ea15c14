import 'server-only';
import { and, count, eq, gte, inArray, lt, min } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { signInFailures } from '@/lib/db/schema';

/** At most this many failed sign-ins per window, per client IP and per credential fingerprint. */
export const MAX_FAILURES = 10;
export const WINDOW_MS = 15 * 60 * 1000;

export function ipSubject(ip: string | null): string {
  return `ip:${ip ?? 'unknown'}`;
}

export function fingerprintSubject(fingerprint: string): string {
  return `fp:${fingerprint}`;
}

/**
 * Minutes until the subjects may try again (0 when allowed). Counted in the database, so the limit holds across
 * restarts and panel processes.
 */
export async function lockedMinutes(db: Db, subjects: string[], now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const rows = await db
    .select({ subject: signInFailures.subject, failures: count(), oldest: min(signInFailures.at) })
    .from(signInFailures)
    .where(and(inArray(signInFailures.subject, subjects), gte(signInFailures.at, since)))
    .groupBy(signInFailures.subject);
  let wait = 0;
  for (const row of rows) {
    if (row.failures < MAX_FAILURES || !row.oldest) continue;
    // The window slides: the subject is free again once its oldest failure in the window has aged out.
    const freeAt = new Date(row.oldest).getTime() + WINDOW_MS;
    wait = Math.max(wait, Math.ceil((freeAt - now.getTime()) / 60_000));
  }
  return Math.max(wait, 0);
}

export async function recordFailure(db: Db, subjects: string[], now = new Date()): Promise<void> {
  await db.insert(signInFailures).values(subjects.map((subject) => ({ subject, at: now })));
  // Housekeeping: rows older than the window no longer count.
  await db.delete(signInFailures).where(lt(signInFailures.at, new Date(now.getTime() - WINDOW_MS)));
}

/** A successful sign-in clears the credential's own count (the IP's count stays: it may be guessing other keys). */
export async function clearFailures(db: Db, subject: string): Promise<void> {
  await db.delete(signInFailures).where(eq(signInFailures.subject, subject));
}
