import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { perDatabase } from '@/lib/db/per-database';
import { zoneHistory, type ZoneHistoryRow } from '@/lib/db/schema/zones';

export type HistorySource = 'editor' | 'restore' | 'import' | 'bulk';

export interface HistoryActor {
  uid: string;
  fingerprint: string;
  name: string;
}

export async function insertHistory(
  db: Db,
  row: { actor: HistoryActor; domain: string; zoneBefore: string; zoneAfter: string; comment?: string; source: HistorySource },
): Promise<number> {
  const [inserted] = await db
    .insert(zoneHistory)
    .values({
      accountUid: row.actor.uid,
      domain: row.domain,
      zoneBefore: row.zoneBefore,
      zoneAfter: row.zoneAfter,
      actorFingerprint: row.actor.fingerprint,
      actorName: row.actor.name,
      comment: row.comment || null,
      source: row.source,
    })
    .returning({ id: zoneHistory.id });
  return inserted!.id;
}

export async function settleHistory(db: Db, id: number, outcome: { procId: string | null } | 'unknown' | 'refused'): Promise<void> {
  if (outcome === 'refused') await db.delete(zoneHistory).where(eq(zoneHistory.id, id));
  else if (outcome === 'unknown') await db.update(zoneHistory).set({ state: 'unknown' }).where(eq(zoneHistory.id, id));
  else await db.update(zoneHistory).set({ state: 'sent', procId: outcome.procId }).where(eq(zoneHistory.id, id));
}

/** Read on every view of a zone page: prepared once per database (see perDatabase). */
const historyOf = perDatabase((db) =>
  db
    .select()
    .from(zoneHistory)
    .where(and(eq(zoneHistory.accountUid, sql.placeholder('uid')), eq(zoneHistory.domain, sql.placeholder('domain'))))
    .orderBy(desc(zoneHistory.id))
    .limit(sql.placeholder('limit'))
    .prepare('zone_history_list'),
);

/** A zone's history for one account, newest first, at most `limit` rows. */
export async function listHistory(db: Db, uid: string, domain: string, limit = 20): Promise<ZoneHistoryRow[]> {
  return historyOf(db).execute({ uid, domain, limit });
}

/** One version, only within the account's own history of that zone. */
export async function historyEntry(db: Db, uid: string, domain: string, id: number): Promise<ZoneHistoryRow | undefined> {
  const [row] = await db
    .select()
    .from(zoneHistory)
    .where(and(eq(zoneHistory.id, id), eq(zoneHistory.accountUid, uid), eq(zoneHistory.domain, domain)));
  return row;
}
