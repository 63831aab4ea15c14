import { diffSize, type ZoneDiff } from './diff';
import type { ZoneRecord } from './types';

/** Above this share of the loaded records changed, a save asks for the zone's name to be typed. */
export const TYPED_CONFIRMATION_SHARE = 0.3;

export interface SaveRisk {
  /** Records added, removed or changed, over the records the edit started from. */
  share: number;
  changes: number;
  /** The apex MX or NS records change: where mail goes, which servers answer. */
  apexMailOrNs: boolean;
  /** The user must type the zone's name before the save is sent. */
  typed: boolean;
  /** Why, in words, one sentence per reason. */
  reasons: string[];
}

const apexMailOrNs = (r: ZoneRecord) => r.label === '@' && (r.type === 'MX' || r.type === 'NS');

/**
 * How careful a save must be: above TYPED_CONFIRMATION_SHARE of the records changed, any change to the apex MX or
 * NS records, or lines of the loaded zone the save would drop, make the user type the zone's name.
 */
export function saveRisk(diff: ZoneDiff, baseCount: number, options: { droppedLines?: number; domain?: string } = {}): SaveRisk {
  const changes = diffSize(diff);
  const share = changes / Math.max(baseCount, 1);
  const apex =
    diff.added.some((a) => apexMailOrNs(a.record)) ||
    diff.removed.some((r) => apexMailOrNs(r.record)) ||
    diff.changed.some((c) => apexMailOrNs(c.before) || apexMailOrNs(c.after));
  const reasons: string[] = [];
  if (share > TYPED_CONFIRMATION_SHARE) {
    reasons.push(`This save changes ${changes} of ${baseCount} records (${Math.round(share * 100)} %).`);
  }
  if (apex) reasons.push(`It changes the apex MX or NS records, which decide where mail for ${options.domain ?? 'the zone'} goes and who answers for it.`);
  if (options.droppedLines) {
    reasons.push(`${options.droppedLines} line${options.droppedLines === 1 ? '' : 's'} of the zone could not be read and will be removed.`);
  }
  return { share, changes, apexMailOrNs: apex, typed: reasons.length > 0, reasons };
}
