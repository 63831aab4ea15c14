import 'server-only';
import type { z } from 'zod';
import type { Db } from '@/lib/db';
import type { DmapiClient } from '@/lib/dmapi';
import { ExpectedFailure } from '@/lib/failure';
import type { saveZoneSchema } from '@/lib/schemas/zone';
import { diffZones, isEmptyDiff, keepDynDnsPassword, parseZone, saveRisk, type ZoneView } from '@/lib/zone';
import type { HistoryActor } from './history';
import { loadZone } from './load';
import { putZoneWithHistory } from './put';

export type SaveZoneResult =
  | { status: 'saved'; procId: string | null; historyId: number }
  /** Someone else changed the zone since the edit began: nothing was sent. */
  | { status: 'conflict'; theirs: ZoneView }
  /** The edit leaves the zone as it is: nothing was sent. */
  | { status: 'unchanged' };

/**
 * A save from the zone editor: right before the put the zone is read again, and if it is not the version the edit
 * began from, nothing is sent and the other version goes back to the editor to re-apply the edits on. Large saves and
 * changes to the apex MX/NS records need the zone's name typed (checked here as in the browser). The DynDNS password,
 * never shown to the browser, is taken from the zone as it is now.
 */
export async function saveZone(
  client: DmapiClient,
  db: Db,
  actor: HistoryActor,
  input: z.output<typeof saveZoneSchema>,
): Promise<SaveZoneResult> {
  const { live, view } = await loadZone(client, input.domain);
  if (view.version !== input.baseVersion) return { status: 'conflict', theirs: view };
  const edited = parseZone(input.zone, { txtPadding: 'none' });
  const diff = diffZones(view, edited);
  if (isEmptyDiff(diff) && view.unreadable.length === 0) return { status: 'unchanged' };
  const risk = saveRisk(diff, view.records.length, { droppedLines: view.unreadable.length, domain: input.domain });
  if (risk.typed && input.confirmation?.toLowerCase() !== input.domain) {
    throw new ExpectedFailure(`Type ${input.domain} to confirm this save.`, {
      code: 'invalid',
      fieldErrors: { confirmation: [`Type ${input.domain} to confirm.`] },
      next: risk.reasons.join(' '),
    });
  }
  const directives = keepDynDnsPassword(edited.directives, live.directives);
  if ('error' in directives) throw new ExpectedFailure(directives.error, { code: 'invalid', fieldErrors: { dyndnsPassword: [directives.error] } });
  const { procId, historyId } = await putZoneWithHistory({
    client,
    db,
    actor,
    domain: input.domain,
    before: view,
    next: { directives: directives.directives, records: edited.records },
    source: input.source,
    ...(input.comment ? { comment: input.comment } : {}),
  });
  return { status: 'saved', procId, historyId };
}
