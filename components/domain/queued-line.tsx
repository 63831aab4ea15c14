'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { QueuedResult } from '@/components/results/queued-result';
import { domainSettledAction } from '@/app/(panel)/domains/[domain]/actions';

export interface Sent {
  procId: string;
  label: string;
}

/**
 * The follower of the last queued request a domain form sent: when Joker answers, the account's copy of the row is
 * read again and the page refreshed, so the section shows the new state.
 */
export function useSent(domain: string) {
  const router = useRouter();
  const [sent, setSent] = useState<Sent>();
  const line = sent ? (
    <QueuedResult
      key={sent.procId}
      procId={sent.procId}
      label={sent.label}
      onSettled={() => {
        void domainSettledAction({ domain }).finally(() => router.refresh());
      }}
    />
  ) : null;
  return { sent, setSent, line };
}
