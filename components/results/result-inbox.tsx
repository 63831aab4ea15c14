'use client';

import { useQueryClient, useQueryErrorResetBoundary, useSuspenseQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { Suspense, useMemo, useState } from 'react';
import { DataTable, type RowSelectionState } from '@/components/data-table';
import { FailureNotice } from '@/components/form';
import { Button } from '@/components/ui/button';
import { SectionBoundary } from '@/components/ui/section-boundary';
import { useHydrated } from '@/lib/hooks/use-hydrated';
import type { Permission } from '@/lib/auth/roles';
import type { Failure } from '@/lib/failure/types';
import { formatCount, formatDateTime, plural } from '@/lib/format';
import { queryKeys } from '@/lib/query-keys';
import type { InboxResult } from '@/lib/results/types';
import { type ResultFilters, resultFiltersQuery } from '@/lib/schemas/results';
import { DeleteReplies, type DeleteOutcome } from './delete-replies';
import { resultColumns } from './result-columns';

async function fetchInbox(query: string): Promise<InboxResult> {
  const response = await fetch(`/api/results${query}`, { cache: 'no-store' });
  const body = (await response.json().catch(() => null)) as unknown;
  if (response.ok && body && typeof body === 'object' && 'rows' in body) return { ok: true, page: body as never };
  const failure = body && typeof body === 'object' && 'error' in body ? (body as Failure) : { code: 'unavailable' as const, error: `The results could not be read (HTTP ${response.status}).` };
  return { ok: false, failure };
}

/**
 * The queued-request inbox: one page of result-list with the total from count-only, who caused each request, paging
 * through the URL, and the selected replies deleted in one go. While a request on the page is still in progress the
 * page asks again every 5 seconds, otherwise every minute.
 */
export function ResultInbox({ filters, canDelete }: { filters: ResultFilters; canDelete: Permission }) {
  // The page's prefetch streams in (lib/query/server.tsx): read under Suspense, with the inbox itself, empty and
  // busy, as the fallback, so that the server's HTML and the first render in the browser are the same tree.
  const { reset } = useQueryErrorResetBoundary();
  return (
    <SectionBoundary label="the queued requests" onRetry={reset}>
      <Suspense fallback={<InboxView filters={filters} canDelete={canDelete} isFetching refetch={() => undefined} />}>
        <LoadedInbox filters={filters} canDelete={canDelete} />
      </Suspense>
    </SectionBoundary>
  );
}

function LoadedInbox({ filters, canDelete }: { filters: ResultFilters; canDelete: Permission }) {
  const query = resultFiltersQuery({ ...filters, page: filters.page });
  const { data, isFetching, refetch } = useSuspenseQuery({
    queryKey: queryKeys.resultPage(query),
    queryFn: () => fetchInbox(query),
    // Just read by the server for this page: not asked again the moment it mounts (one read per view).
    staleTime: 10_000,
    refetchInterval: (q) => (q.state.data?.ok && q.state.data.page.rows.some((r) => r.status === 'pending') ? 5_000 : 60_000),
  });
  // "Refreshing…" only once hydrated: the first render in the browser must be the server's, whatever react-query
  // thinks of the data's age by the browser's clock.
  const hydrated = useHydrated();
  return <InboxView filters={filters} canDelete={canDelete} data={data} isFetching={hydrated && isFetching} refetch={() => void refetch()} />;
}

interface InboxViewProps {
  filters: ResultFilters;
  canDelete: Permission;
  /** Undefined while the first answer is on its way. */
  data?: InboxResult;
  isFetching: boolean;
  refetch: () => void;
}

function InboxView({ filters, canDelete, data, isFetching, refetch }: InboxViewProps) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [selected, setSelected] = useState<RowSelectionState>({});
  const [outcome, setOutcome] = useState<string>();
  const page = data?.ok ? data.page : undefined;
  const rows = useMemo(() => page?.rows ?? [], [page]);
  const chosen = rows.filter((r) => selected[r.procId]);
  const deletable = chosen.filter((r) => r.status !== 'pending').map((r) => r.procId);
  const running = chosen.length - deletable.length;

  const onDeleted = (d: DeleteOutcome) => {
    setSelected({});
    setOutcome(`Deleted ${plural(d.deleted.length, 'reply', 'replies')}: Proc-ID ${d.deleted.join(', ')}.`);
    void queryClient.invalidateQueries({ queryKey: queryKeys.results() });
  };

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <p aria-live="polite">
          {page ? (
            <>
              <strong className="tabular-nums">{formatCount(page.total)}</strong> {page.total === 1 ? 'request' : 'requests'} {page.window}
              <span className="ml-2 text-xs text-zinc-500">read {formatDateTime(page.readAt)}</span>
            </>
          ) : (
            'Reading result-list…'
          )}
        </p>
        <Button size="sm" variant="secondary" onClick={refetch} disabled={isFetching}>
          {isFetching ? 'Refreshing…' : 'Refresh'}
        </Button>
      </div>
      {data && !data.ok ? <FailureNotice failure={data.failure} onFix={(a) => a === 'retry' && refetch()} /> : null}
      {outcome ? (
        <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
          {outcome}
        </p>
      ) : null}
      <DataTable
        label="Queued requests"
        columns={resultColumns}
        data={rows}
        getRowId={(r) => r.procId}
        isLoading={!data}
        empty="No queued requests match these filters."
        serverPaging={{
          pageIndex: filters.page - 1,
          pageSize: filters.size,
          ...(page ? { total: page.total } : {}),
          onPageChange: (index) => router.push(`/results${resultFiltersQuery({ ...filters, page: index + 1 })}`),
        }}
        selection={{ selected, onChange: setSelected, rowLabel: (r) => `Proc-ID ${r.procId}` }}
        toolbar={
          <div className="flex flex-wrap items-center gap-2">
            <DeleteReplies
              procIds={deletable}
              permission={canDelete}
              onDone={onDeleted}
              label={deletable.length > 0 ? `Delete ${plural(deletable.length, 'selected reply', 'selected replies')}` : 'Delete selected replies'}
            />
            {running > 0 ? <span className="text-xs text-zinc-500">{plural(running, 'request')} still in progress cannot be deleted and will be left out.</span> : null}
          </div>
        }
      />
    </div>
  );
}
