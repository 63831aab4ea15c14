'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { formatDateTime } from '@/lib/format';
import { diffZones, parseZone } from '@/lib/zone';
import { ZoneDiffList } from './zone-diff';

export interface HistoryItem {
  id: number;
  at: string;
  who: string;
  source: string;
  state: string;
  comment: string | null;
  /** The zone right before this save (DMAPI format, DynDNS password hidden). */
  before: string;
  /** What the save sent. */
  after: string;
}

const STATE: Record<string, string> = { sent: 'sent', sending: 'sending', unknown: 'outcome unknown' };

/**
 * Every save the panel made to this zone, newest first: the version it replaced, who, when, why, and its diff.
 * Restore puts that version into the editor as a new staged save (reviewed and conflict-checked like any other).
 */
export function ZoneHistory({ items, onRestore, disabled }: { items: HistoryItem[]; onRestore: (text: string, id: number) => void; disabled: boolean }) {
  const [open, setOpen] = useState<number>();
  if (items.length === 0) return <p className="text-sm text-zinc-500">No saves through the panel yet.</p>;
  return (
    <ol aria-label="Zone history" className="space-y-2">
      {items.map((h) => (
        <li key={h.id} className="rounded border border-zinc-200 p-2 text-sm dark:border-zinc-800">
          <div className="flex flex-wrap items-center gap-2">
            <span className="whitespace-nowrap">{formatDateTime(new Date(h.at))}</span>
            <span>{h.who}</span>
            <span className="text-zinc-500">
              {h.source}, {STATE[h.state] ?? h.state}
            </span>
            {h.comment ? <span className="italic">“{h.comment}”</span> : null}
            <Button size="sm" variant="secondary" aria-expanded={open === h.id} onClick={() => setOpen(open === h.id ? undefined : h.id)}>
              {open === h.id ? 'Hide changes' : 'Show changes'}
            </Button>
            <Button size="sm" variant="secondary" disabled={disabled} onClick={() => onRestore(h.before, h.id)} aria-label={`Restore the version before the save of ${formatDateTime(new Date(h.at))}`}>
              Restore version before this save
            </Button>
          </div>
          {open === h.id ? <ZoneDiffList diff={diffZones(parseZone(h.before), parseZone(h.after))} label={`Changes of save ${h.id}`} /> : null}
        </li>
      ))}
    </ol>
  );
}
