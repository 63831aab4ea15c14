import 'server-only';
import { and, count, eq, gte, inArray, lt, max, min, or, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { signInFailures } from '@/lib/db/schema';

/** At most this many failed sign-ins per client IP per window; then that IP is refused until the window slides on. */
export const MAX_FAILURES = 10;
export const WINDOW_MS = 15 * 60 * 1000;
/** A credential (key or username) is never locked out, only slowed down: free failures, then a doubling delay. */
export const FREE_FAILURES = 4;
export const MAX_DELAY_SECONDS = 300;
/** How long a credential's failures count towards its delay (a successful sign-in clears them at once). */
export const CREDENTIAL_MEMORY_MS = 24 * 3600 * 1000;

export function ipSubject(ip: string): string {
  return `ip:${ip}`;
}

export function fingerprintSubject(fingerprint: string): string {
  return `fp:${fingerprint}`;
}

/** Seconds to wait after the last attempt once a credential has `failures` failed attempts: 0, …, 2, 4, 8 … 300. */
export function delaySeconds(failures: number): number {
  return failures <= FREE_FAILURES ? 0 : Math.min(2 ** (failures - FREE_FAILURES), MAX_DELAY_SECONDS);
}

export type Reservation = { ok: true; ids: number[] } | { ok: false; error: string };

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/**
 * Reserves one sign-in attempt before the DMAPI is asked: counted as a failure until settleAttempt says otherwise.
 * Check and reservation happen in one transaction under a per-subject advisory lock (PostgreSQL and PGlite alike),
 * so parallel attempts cannot all pass a check that none of them has counted in yet.
 */
export async function reserveAttempt(
  db: Db,
  input: { ip: string | null; fingerprint: string; noun: string },
  now = new Date(),
): Promise<Reservation> {
  const ipKey = input.ip ? ipSubject(input.ip) : null;
  const fpKey = fingerprintSubject(input.fingerprint);
  return db.transaction(async (tx) => {
    for (const subject of [ipKey, fpKey].filter((s): s is string => s !== null).sort()) {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sign-in:${subject}`}))`);
    }
    if (ipKey) {
      const [row] = await tx
        .select({ failures: count(), oldest: min(signInFailures.at) })
        .from(signInFailures)
        .where(and(eq(signInFailures.subject, ipKey), gte(signInFailures.at, new Date(now.getTime() - WINDOW_MS))));
      if (row && row.failures >= MAX_FAILURES && row.oldest) {
        // The window slides: the address is free again once its oldest failure in the window has aged out.
        const minutes = Math.max(1, Math.ceil((new Date(row.oldest).getTime() + WINDOW_MS - now.getTime()) / 60_000));
        return { ok: false, error: `Too many failed sign-ins from your network address. Try again in ${plural(minutes, 'minute')}.` };
      }
    }
    const [own] = await tx
      .select({ failures: count(), latest: max(signInFailures.at) })
      .from(signInFailures)
      .where(and(eq(signInFailures.subject, fpKey), gte(signInFailures.at, new Date(now.getTime() - CREDENTIAL_MEMORY_MS))));
    // Within the free failures there is no wait at all: a parallel attempt with the same key that took the lock first
    // may have reserved a moment after this one started, which must not read as "try again in 1 second".
    const delay = own ? delaySeconds(own.failures) : 0;
    if (own?.latest && delay > 0) {
      const wait = Math.ceil((new Date(own.latest).getTime() + delay * 1000 - now.getTime()) / 1000);
      if (wait > 0) return { ok: false, error: `Too many failed sign-ins with this ${input.noun}. Try again in ${plural(wait, 'second')}.` };
    }
    const rows = await tx
      .insert(signInFailures)
      .values([ipKey, fpKey].filter((s): s is string => s !== null).map((subject) => ({ subject, at: now })))
      .returning({ id: signInFailures.id });
    return { ok: true, ids: rows.map((r) => r.id) };
  });
}

/**
 * After the DMAPI answered. `refused`: the reservation stays as the failure it is. `accepted`: the credential was
 * right, so the attempt is no failure and the credential's earlier failures are cleared (the IP's stay: it may be
 * guessing other keys). `unjudged` (DMAPI unreachable): as if the attempt had not happened.
 */
export async function settleAttempt(
  db: Db,
  reserved: number[],
  outcome: 'refused' | 'accepted' | 'unjudged',
  fingerprint: string,
  now = new Date(),
): Promise<void> {
  if (outcome === 'refused') return;
  const reservedRows = reserved.length > 0 ? [inArray(signInFailures.id, reserved)] : [];
  // One statement: a sign-in waits for each one (PGlite runs them one after another on the panel's own thread).
  const gone =
    outcome === 'accepted'
      ? [
          ...reservedRows,
          eq(signInFailures.subject, fingerprintSubject(fingerprint)),
          // Housekeeping: rows older than any window no longer count.
          lt(signInFailures.at, new Date(now.getTime() - CREDENTIAL_MEMORY_MS)),
        ]
      : reservedRows;
  if (gone.length > 0) await db.delete(signInFailures).where(or(...gone));
}
