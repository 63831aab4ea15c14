import type { Metadata } from 'next';
import { z } from 'zod';
import { ResultFilters } from '@/components/results/result-filters';
import { ResultInbox } from '@/components/results/result-inbox';
import { requireRole } from '@/lib/auth';
import { HydrateClient, prefetch } from '@/lib/query/server';
import { queryKeys } from '@/lib/query-keys';
import { inboxResult } from '@/lib/results/inbox';
import { deletePermission } from '@/lib/results/permissions';
import { resultFiltersQuery, resultFiltersSchema } from '@/lib/schemas/results';
import { type PageSearchParams, urlValues } from '@/lib/utils/search-params';

export const metadata: Metadata = { title: 'Results' };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<PageSearchParams> };

/**
 * Every queued request of the account (result-list): what is still running, what Joker refused and why, and who in
 * the panel caused it. The filters live in the URL; the first page comes with the HTML.
 */
export default async function ResultsPage({ searchParams }: Props) {
  const session = await requireRole('results');
  const values = urlValues(await searchParams);
  const parsed = resultFiltersSchema.safeParse(values);
  const key = JSON.stringify(values);
  if (parsed.success) {
    prefetch({ queryKey: queryKeys.resultPage(resultFiltersQuery(parsed.data)), queryFn: () => inboxResult(session, parsed.data) });
  }
  const errors = parsed.success ? undefined : (z.flattenError(parsed.error).fieldErrors as Record<string, string[] | undefined>);
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-lg font-semibold">Results</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Requests Joker.com carries out later (registrations, renewals, transfers, changes): in progress, done (ack) or refused
          (nack), with who in the panel sent them. Open a Proc-ID for Joker’s full answer.
        </p>
      </div>
      <ResultFilters key={key} values={values} errors={errors} />
      {parsed.success ? (
        <HydrateClient>
          <ResultInbox key={key} filters={parsed.data} canDelete={deletePermission(session)} />
        </HydrateClient>
      ) : (
        <p role="alert" className="rounded border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-900 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-200">
          Some filters need attention (marked above); nothing was asked of Joker.com yet.
        </p>
      )}
    </div>
  );
}
