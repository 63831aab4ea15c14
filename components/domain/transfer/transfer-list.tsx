'use client';

import { useQueryClient, useQueryErrorResetBoundary, useSuspenseQuery } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { FailureNotice } from '@/components/form';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { SectionBoundary } from '@/components/ui/section-boundary';
import { cancelTransferAction, resendFoaAction } from '@/app/(panel)/transfers/actions';
import type { Permission } from '@/lib/auth/roles';
import type { Failure } from '@/lib/failure/types';
import { formatDateTime } from '@/lib/format';
import { queryKeys } from '@/lib/query-keys';
import type { TransfersView, TransferView } from '@/lib/lifecycle/transfer-view';

const KEY = queryKeys.transfers();

async function loadTransfers(): Promise<TransfersView> {
  const response = await fetch('/api/transfers', { cache: 'no-store' });
  if (!response.ok) throw new Error('The list of transfers could not be read from Joker.com. It is read again shortly.');
  return (await response.json()) as TransfersView;
}

function Controls({ t, order }: { t: TransferView; order: Permission }) {
  const client = useQueryClient();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [done, setDone] = useState('');
  const [confirming, setConfirming] = useState(false);
  const run = async (action: (input: { domain: string }) => Promise<{ ok: true } | ({ ok: false } & Failure)>, words: string) => {
    setFailure(null);
    const result = await action({ domain: t.domain });
    if (result.ok) setDone(words);
    else setFailure(result);
    await client.invalidateQueries({ queryKey: KEY });
  };
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {t.pending && t.canResendFoa ? (
          <Button size="sm" variant="secondary" disabled={!order.allowed} onClick={() => void run(resendFoaAction, `The approval email for ${t.display} is sent again.`)}>
            Resend approval email
          </Button>
        ) : null}
        {t.pending && t.canCancel ? (
          <ConfirmDialog
            open={confirming}
            onOpenChange={setConfirming}
            trigger={<Button size="sm" variant="secondary" disabled={!order.allowed}>Cancel transfer…</Button>}
            title={`Cancel the transfer of ${t.display}?`}
            description={<p>The domain stays at its current registrar. A new transfer needs a new request (and may need a new auth-id).</p>}
            confirmLabel="Cancel transfer"
            onConfirm={() => run(cancelTransferAction, `The transfer of ${t.display} is cancelled.`)}
          />
        ) : null}
      </div>
      <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">{done}</p>
      {failure ? <FailureNotice failure={failure} /> : null}
    </div>
  );
}

/**
 * Every pending (and recently ended) incoming transfer, its state in words, the states seen so far; read every 15 s.
 * The page's prefetch streams in (lib/query/server.tsx): read under Suspense, never with useQuery's loading state.
 */
export function TransferList({ change }: { change: Permission }) {
  const { reset } = useQueryErrorResetBoundary();
  return (
    <SectionBoundary label="the incoming transfers" onRetry={reset}>
      <Suspense fallback={<p className="text-sm text-zinc-500" aria-busy="true">Reading transfers…</p>}>
        <LoadedTransfers change={change} />
      </Suspense>
    </SectionBoundary>
  );
}

function LoadedTransfers({ change }: { change: Permission }) {
  // Just read by the server for this page: not asked again the moment it mounts (one read per view).
  const query = useSuspenseQuery({ queryKey: KEY, queryFn: loadTransfers, staleTime: 10_000, refetchInterval: 15_000 });
  const { transfers, at } = query.data;
  return (
    <div className="space-y-3">
      <p className="text-xs text-zinc-500">Read from Joker.com at {formatDateTime(at)}; read again every 15 seconds.</p>
      {query.error ? <p className="text-sm text-rose-700 dark:text-rose-400">{query.error.message}</p> : null}
      {transfers.length === 0 ? <p className="text-sm">No incoming transfers.</p> : null}
      <ul className="space-y-3" aria-label="Incoming transfers">
        {transfers.map((t) => (
          <li key={t.domain} className="space-y-2 rounded border border-zinc-200 p-3 text-sm dark:border-zinc-700">
            <p className="flex flex-wrap items-center gap-2">
              <strong>{t.display}</strong>
              <Badge tone={t.info.tone}>{t.info.label}</Badge>
              <span className="font-mono text-xs text-zinc-500">{t.state}</span>
              {t.procId ? <span className="text-xs text-zinc-500">Proc-ID {t.procId}</span> : null}
            </p>
            <p>{t.info.meaning}</p>
            <p className="text-zinc-600 dark:text-zinc-400">
              {t.info.duration} {t.info.action}
            </p>
            {t.states.length > 0 ? (
              <ol className="flex flex-wrap gap-x-3 text-xs text-zinc-500" aria-label={`States of ${t.display} so far`}>
                {t.states.map((s) => (
                  <li key={`${s.state}-${s.at}`}>
                    {s.label} ({formatDateTime(s.at)})
                  </li>
                ))}
              </ol>
            ) : null}
            <Controls t={t} order={change} />
          </li>
        ))}
      </ul>
    </div>
  );
}
