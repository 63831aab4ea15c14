import { serializeRecord, type ZoneDiff } from '@/lib/zone';

const row = 'font-mono text-xs break-all';

/** A diff of two versions of a zone, in the DMAPI format: removed, changed (before → after) and added records. */
export function ZoneDiffList({ diff, label }: { diff: ZoneDiff; label: string }) {
  const empty = diff.added.length + diff.removed.length + diff.changed.length === 0 && !diff.directives;
  if (empty) return <p className="text-sm text-zinc-500">No change.</p>;
  return (
    <ul aria-label={label} className="space-y-0.5">
      {diff.directives ? <li className={row}>~ DNSSEC / DynDNS settings change</li> : null}
      {diff.removed.map((r) => (
        <li key={`r${r.index}`} className={`${row} text-red-700 dark:text-red-400`}>
          − {serializeRecord(r.record)}
        </li>
      ))}
      {diff.changed.map((c) => (
        <li key={`c${c.beforeIndex}`} className={`${row} text-amber-700 dark:text-amber-400`}>
          ~ {serializeRecord(c.before)} → {serializeRecord(c.after)}
        </li>
      ))}
      {diff.added.map((a) => (
        <li key={`a${a.index}`} className={`${row} text-green-700 dark:text-green-400`}>
          + {serializeRecord(a.record)}
        </li>
      ))}
    </ul>
  );
}
