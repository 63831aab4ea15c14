'use client';

import { useSyncExternalStore } from 'react';

function subscribe(tick: () => void): () => void {
  const timer = setInterval(tick, 30_000);
  return () => clearInterval(timer);
}

/** "Read 3 min ago": how old the server's copy of the list is (it is re-read after 5 minutes or on Refresh). */
export function ListAge({ at }: { at: number }) {
  // Minutes, not ms, so the snapshot is stable between ticks; the server renders nothing (its clock is not the browser's).
  const minutes = useSyncExternalStore(subscribe, () => Math.floor((Date.now() - at) / 60_000), () => -1);
  if (!at || minutes < 0) return null;
  const iso = new Date(at).toISOString();
  return (
    <time dateTime={iso} title={`Read from Joker.com at ${iso.replace('T', ' ').slice(0, 19)} UTC`} className="text-xs text-zinc-500">
      {minutes < 1 ? 'Read just now' : `Read ${minutes} min ago`}
    </time>
  );
}
