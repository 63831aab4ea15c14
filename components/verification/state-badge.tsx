import { Badge } from '@/components/ui/badge';
import type { EntryState } from '@/lib/schemas/verification';

export const STATE_LABELS: Record<EntryState, string> = {
  pending: 'Pending',
  lapsed: 'Lapsed: deadline passed unverified',
  verified: 'Verified',
  refused: 'Invalid: the owner answered no',
  closed: 'Closed: no longer known at Joker.com',
};

/** Short names for filters and tabs. */
export const STATE_NAMES: Record<EntryState, string> = {
  pending: 'Pending',
  lapsed: 'Lapsed',
  verified: 'Verified',
  refused: 'Answered no',
  closed: 'Closed',
};

const TONES = { pending: 'info', lapsed: 'danger', verified: 'success', refused: 'warning', closed: 'neutral' } as const;

export function StateBadge({ state }: { state: EntryState }) {
  return <Badge tone={TONES[state]}>{STATE_LABELS[state]}</Badge>;
}
