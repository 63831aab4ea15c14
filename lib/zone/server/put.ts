import 'server-only';
import type { Db } from '@/lib/db';
import { type DmapiClient, dnsZonePut } from '@/lib/dmapi';
import { describeFailure } from '@/lib/failure';
import { hideDynDnsPassword, serializeZone, type ZoneLike, type ZoneView } from '@/lib/zone';
import { forgetZoneList } from './held-list';
import { type HistoryActor, type HistorySource, insertHistory, settleHistory } from './history';

export interface PutRequest {
  client: DmapiClient;
  db: Db;
  actor: HistoryActor;
  domain: string;
  /** The zone right before the put (read for the conflict check), as a browser may see it. */
  before: ZoneView;
  /** The zone to send, DynDNS password in place (see keepDynDnsPassword). */
  next: ZoneLike;
  comment?: string;
  source: HistorySource;
}

/**
 * DMAPI dns-zone-put with the zone's history kept: the version before is stored first, with who, when and why (the
 * put replaces the whole zone and Joker keeps no history). A put Joker refuses at once changed nothing, so its row
 * goes; a put whose outcome is unknown keeps its row, marked so.
 */
export async function putZoneWithHistory(req: PutRequest): Promise<{ procId: string | null; historyId: number }> {
  const historyId = await insertHistory(req.db, {
    actor: req.actor,
    domain: req.domain,
    zoneBefore: serializeZone(req.before),
    zoneAfter: serializeZone({ directives: hideDynDnsPassword(req.next.directives), records: req.next.records }),
    source: req.source,
    ...(req.comment ? { comment: req.comment } : {}),
  });
  try {
    const result = await dnsZonePut(req.client, { domain: req.domain, directives: req.next.directives, records: [...req.next.records] });
    const procId = result.procId ?? null;
    forgetZoneList(req.actor.uid);
    await settleHistory(req.db, historyId, { procId });
    return { procId, historyId };
  } catch (error) {
    // Refused or provably not sent: nothing changed. A timeout or a cut connection may have changed the zone.
    const failure = describeFailure(error, { write: true });
    const unknown = !failure || failure.mayHaveHappened;
    if (unknown) forgetZoneList(req.actor.uid);
    await settleHistory(req.db, historyId, unknown ? 'unknown' : 'refused');
    throw error;
  }
}
