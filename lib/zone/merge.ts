import { diffZones, type ZoneDiff } from './diff';
import { exactKey } from './keys';
import type { ZoneDirectives, ZoneLike, ZoneRecord } from './types';

export interface Rebased {
  /** Their zone with our edits applied: the new draft, to be reviewed against `theirs` before saving. */
  zone: { directives: ZoneDirectives; records: ZoneRecord[] };
  /** What both sides changed, in words: each needs a look before the save. */
  conflicts: string[];
  /** Our edits (base → ours), as applied. */
  ours: ZoneDiff;
}

const line = (r: ZoneRecord) => `${r.label} ${r.type} ${r.caaTag ? `${r.caaTag} ` : ''}${r.target}`;

function sameDyn(a: ZoneDirectives, b: ZoneDirectives): boolean {
  return JSON.stringify([Boolean(a.dnssec), a.dyndns ?? null]) === JSON.stringify([Boolean(b.dnssec), b.dyndns ?? null]);
}

/**
 * Re-applies the edits that turned `base` into `ours` on top of `theirs` (the zone as it is now, changed by someone
 * else since `base` was loaded): removals and changes apply where their record is still there, additions are added
 * once. Where the other side changed or removed a record we edited too, our version is kept beside theirs and the
 * conflict is listed, so nothing of either side disappears without the user seeing it.
 */
export function rebaseEdits(base: ZoneLike, ours: ZoneLike, theirs: ZoneLike): Rebased {
  const diff = diffZones(base, ours);
  const records: Array<ZoneRecord | null> = [...theirs.records];
  const where = new Map<string, number[]>();
  records.forEach((r, i) => {
    const key = exactKey(r!);
    const list = where.get(key);
    if (list) list.push(i);
    else where.set(key, [i]);
  });
  const take = (r: ZoneRecord) => where.get(exactKey(r))?.shift();
  const conflicts: string[] = [];
  const appended: ZoneRecord[] = [];

  for (const { record } of diff.removed) {
    const at = take(record);
    if (at === undefined) conflicts.push(`You removed ${line(record)}; it was already changed or removed in the meantime.`);
    else records[at] = null;
  }
  for (const change of diff.changed) {
    const at = take(change.before);
    if (at !== undefined) records[at] = change.after;
    else if (take(change.after) === undefined) {
      appended.push(change.after);
      conflicts.push(`You changed ${line(change.before)} to ${line(change.after)}; meanwhile it was changed or removed. Both versions are kept.`);
    }
  }
  for (const { record } of diff.added) if (take(record) === undefined) appended.push(record);

  let directives = theirs.directives;
  if (diff.directives) {
    directives = ours.directives;
    if (!sameDyn(base.directives, theirs.directives) && !sameDyn(theirs.directives, ours.directives)) {
      conflicts.push('The DynDNS or DNSSEC settings were changed on both sides; yours are kept.');
    }
  }
  return { zone: { directives, records: [...records.filter((r): r is ZoneRecord => r !== null), ...appended] }, conflicts, ours: diff };
}
