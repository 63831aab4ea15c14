import 'server-only';
import type { Db } from '@/lib/db';
import type { DmapiClient } from '@/lib/dmapi';
import { ExpectedFailure, failureText } from '@/lib/failure';
import {
  applyZoneChange, checkZone, describeZoneChange, isEmptyDiff, keepDynDnsPassword, serializeRecord, type ZoneChange, type ZoneDiff,
  type ZoneView,
} from '@/lib/zone';
import type { HistoryActor } from './history';
import { loadZone } from './load';
import { putZoneWithHistory } from './put';

export interface PreviewLine {
  kind: 'added' | 'removed' | 'changed';
  text: string;
  /** For a change: the record before. */
  before?: string;
}

export interface ZonePreview {
  domain: string;
  /** change: a put will be sent; same: the zone already is as asked; refused: it cannot take the change (why below). */
  status: 'change' | 'same' | 'refused';
  /** The version previewed: the job sends nothing to a zone that changed since. */
  version?: string;
  lines: PreviewLine[];
  message?: string;
}

function previewLines(diff: ZoneDiff): PreviewLine[] {
  return [
    ...diff.removed.map((r) => ({ kind: 'removed' as const, text: serializeRecord(r.record) })),
    ...diff.changed.map((c) => ({ kind: 'changed' as const, text: serializeRecord(c.after), before: serializeRecord(c.before) })),
    ...diff.added.map((a) => ({ kind: 'added' as const, text: serializeRecord(a.record) })),
  ];
}

/** Why a zone cannot take the change, or undefined. */
function refusal(view: ZoneView, records: ReturnType<typeof applyZoneChange>['zone']): string | undefined {
  if (view.unreadable.length > 0) {
    return `${view.unreadable.length} line(s) of this zone cannot be read by the panel; a put would drop them. Open the zone in the editor first.`;
  }
  const errors = checkZone(records, { domain: view.domain }).filter((i) => i.severity === 'error');
  if (errors.length === 0) return undefined;
  return errors
    .slice(0, 3)
    .map((e) => `${serializeRecord(records.records[e.index]!)}: ${e.message}`)
    .join('; ');
}

async function previewOne(client: DmapiClient, domain: string, change: ZoneChange): Promise<ZonePreview> {
  try {
    const { view } = await loadZone(client, domain);
    const applied = applyZoneChange(view, change);
    const lines = previewLines(applied.diff);
    if (isEmptyDiff(applied.diff)) return { domain, status: 'same', lines, message: 'Already as asked: nothing to send.' };
    const why = refusal(view, applied.zone);
    return why ? { domain, status: 'refused', lines, message: why } : { domain, status: 'change', version: view.version, lines };
  } catch (error) {
    return { domain, status: 'refused', lines: [], message: failureText(error) };
  }
}

/** Each selected zone read once (four at a time) and the change applied to it, without sending anything. */
export async function previewZoneChange(client: DmapiClient, domains: readonly string[], change: ZoneChange): Promise<ZonePreview[]> {
  const out: ZonePreview[] = new Array(domains.length);
  let next = 0;
  const worker = async () => {
    while (next < domains.length) {
      const i = next++;
      out[i] = await previewOne(client, domains[i]!, change);
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, domains.length) }, worker));
  return out;
}

/**
 * One zone of a bulk change, as the job runner sends it: read the zone, refuse when it is not the version the
 * preview showed (someone changed it since: never overwritten silently), apply the change, check it, keep the
 * history, put. The one write is the put.
 */
export async function sendZoneChange(
  client: DmapiClient,
  db: Db,
  actor: HistoryActor,
  domain: string,
  change: ZoneChange,
  version: string | undefined,
): Promise<{ procId?: string }> {
  const { live, view } = await loadZone(client, domain);
  if (!version) throw new ExpectedFailure('This zone was not in the preview: nothing was sent.');
  if (view.version !== version) {
    throw new ExpectedFailure('The zone changed after the preview (someone else edited it): nothing was sent. Preview the change again.');
  }
  const applied = applyZoneChange(view, change);
  if (isEmptyDiff(applied.diff)) return {};
  const why = refusal(view, applied.zone);
  if (why) throw new ExpectedFailure(why);
  const directives = keepDynDnsPassword(view.directives, live.directives);
  if ('error' in directives) throw new ExpectedFailure(directives.error);
  const { procId } = await putZoneWithHistory({
    client,
    db,
    actor,
    domain,
    before: view,
    next: { directives: directives.directives, records: applied.zone.records },
    source: 'bulk',
    comment: `Bulk change: ${describeZoneChange(change)}`,
  });
  return procId ? { procId } : {};
}
