'use client';

import { useEffect, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { formatDateTime } from '@/lib/format';
import { countdownText, URGENCY_LABELS, urgencyOf, type Urgency } from '@/lib/verification/pending';

const TONES: Record<Urgency, 'danger' | 'warning' | 'neutral' | 'info'> = {
  lapsed: 'danger',
  urgent: 'danger',
  soon: 'warning',
  normal: 'neutral',
  unknown: 'info',
};

/** The current time, moving on every minute (the server's time until the browser takes over, so both render alike). */
function useNow(initial: number): number {
  const [now, setNow] = useState(initial);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    tick();
    const id = window.setInterval(tick, 60_000);
    return () => window.clearInterval(id);
  }, []);
  return now;
}

/**
 * A deadline with the time left and its urgency as a word and a colour (never the colour alone): urgent under 2 days,
 * soon under 5, red once passed.
 */
export function Countdown({ deadline, now: initialNow }: { deadline: number | null; now: number }) {
  const now = useNow(initialNow);
  const urgency = urgencyOf(deadline, now);
  if (deadline === null) return <Badge tone="info">{URGENCY_LABELS.unknown}</Badge>;
  return (
    <span className="flex flex-col gap-0.5">
      <span className="whitespace-nowrap tabular-nums">{formatDateTime(deadline)}</span>
      <span className="flex flex-wrap items-center gap-1">
        <Badge tone={TONES[urgency]}>{URGENCY_LABELS[urgency]}</Badge>
        <span className="whitespace-nowrap text-xs text-zinc-600 dark:text-zinc-400">{countdownText(deadline, now)}</span>
      </span>
    </span>
  );
}
