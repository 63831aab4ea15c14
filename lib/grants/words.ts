import type { GrantInvitation } from '@/lib/db/schema';
import { formatDate } from '@/lib/format';

/** An invitation's state in one sentence, for the landing page, the customer's list and refusals. */
export function stateSentence(row: Pick<GrantInvitation, 'state' | 'stateReason' | 'settledAt'>): string {
  const when = row.settledAt ? ` on ${formatDate(row.settledAt)}` : '';
  switch (row.state) {
    case 'pending':
      return 'This invitation is waiting to be accepted.';
    case 'accepted':
      return `This invitation has already been used: it was accepted${when}.`;
    case 'revoked':
      return `This invitation was withdrawn${when} and can no longer be accepted.`;
    default:
      return `This invitation was replaced${when} and can no longer be accepted.${row.stateReason ? ` ${row.stateReason}` : ''}`;
  }
}
