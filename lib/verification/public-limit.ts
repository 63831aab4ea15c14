import 'server-only';
import { lt, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { publicPageHits } from '@/lib/db/schema';

/**
 * Requests per client address on the public landing pages, counted in the database (so every panel process counts
 * together) in fixed windows: one upsert per request, atomic by its primary key. Looking a key up and answering have
 * separate budgets, both far above what an owner needs and far below what guessing keys or exhausting the service
 * credential's DMAPI session would take. An unknown address (the panel started without its own server, which sets the
 * client address) shares one budget with every other unknown address, rather than none.
 */
export const PUBLIC_LIMITS = {
  /** A landing page opened with a key (one wa-email-details each). */
  view: { max: 30, windowMs: 10 * 60_000 },
  /** An answer sent (wa-email-verify or cor-verify). */
  answer: { max: 10, windowMs: 10 * 60_000 },
} as const;
export type PublicBudget = keyof typeof PUBLIC_LIMITS;

export type LimitVerdict = { ok: true } | { ok: false; retryAfterMinutes: number };

let lastSweep = 0;

export async function takePublicHit(db: Db, budget: PublicBudget, ip: string | null, now = Date.now()): Promise<LimitVerdict> {
  const { max, windowMs } = PUBLIC_LIMITS[budget];
  const start = new Date(Math.floor(now / windowMs) * windowMs);
  const subject = `${budget}:${ip ?? 'unknown'}`;
  const [row] = await db
    .insert(publicPageHits)
    .values({ subject, windowStart: start, hits: 1 })
    .onConflictDoUpdate({ target: [publicPageHits.subject, publicPageHits.windowStart], set: { hits: sql`${publicPageHits.hits} + 1` } })
    .returning({ hits: publicPageHits.hits });
  if (now - lastSweep > 3_600_000) {
    lastSweep = now;
    await db.delete(publicPageHits).where(lt(publicPageHits.windowStart, new Date(now - 24 * 3_600_000)));
  }
  if ((row?.hits ?? 0) <= max) return { ok: true };
  return { ok: false, retryAfterMinutes: Math.max(1, Math.ceil((start.getTime() + windowMs - now) / 60_000)) };
}
