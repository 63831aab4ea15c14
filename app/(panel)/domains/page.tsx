import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from '@/components/ui/link';
import { DomainList } from '@/components/domains/domain-list';
import { ListSkeleton } from '@/components/domains/list-skeleton';
import { Streamed } from '@/components/ui/streamed';
import { permission, requireRole, withDmapi } from '@/lib/auth';
import type { PanelSession } from '@/lib/auth';
import { requestPermissions } from '@/lib/auth/request-permission';
import { kindRequests } from '@/lib/jobs/senders';
import { getPortfolioCopy, knownPortfolioSize } from '@/lib/portfolio/copy';
import { portfolioPreview } from '@/lib/portfolio/preview';
import { queryKeys } from '@/lib/query-keys';
import { filtersFromParams } from '@/lib/portfolio/url-state';
import { HydrateClient, provide } from '@/lib/query/server';
import { preloadPortfolio } from '@/components/domains/preload-portfolio';

export const metadata: Metadata = { title: 'Domains' };
export const dynamic = 'force-dynamic';

/** Up to this many domains the whole list goes into the first response (≈150 KB); above it, the first screen does. */
const EMBED_ROWS = 2_000;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The list's data arrives with the page (docs/architecture.md, "Loading data"): the account's held copy of the list
 * is read (or reused) on the server; a small list is handed whole to react-query, a large one sends its first screen
 * as HTML while the browser fetches the whole list, which the page asked it to preload in the document's head.
 */
async function Portfolio({ session, searchParams }: { session: PanelSession; searchParams: SearchParams }) {
  const params = await searchParams;
  const filters = filtersFromParams({ get: (name) => (typeof params[name] === 'string' ? (params[name] as string) : null) });
  // The key's request list (query-request-list, read at sign-in): a bulk kind whose request the key may not send is
  // disabled with the reason. Actions re-check everything on the server.
  const copy = await withDmapi((client) => getPortfolioCopy(session.uid, client));
  const permissions = {
    change: permission(session, 'domains', 'change'),
    order: permission(session, 'domains', 'order'),
    requests: requestPermissions(session.requests, kindRequests()),
  };
  if (copy.payload().domain.length <= EMBED_ROWS) {
    provide(queryKeys.portfolio(), copy.payload());
    return (
      <HydrateClient>
        <DomainList permissions={permissions} />
      </HydrateClient>
    );
  }
  return <DomainList permissions={permissions} preview={portfolioPreview(copy, filters)} />;
}

export default async function DomainsPage({ searchParams }: { searchParams: SearchParams }) {
  const session = await requireRole('domains');
  // Before anything waits: the hint goes out with the first bytes of the page. Only for a document: on a client
  // navigation (`RSC: 1`) the list may already be in the browser's cache, and the hint would fetch it for nothing.
  const isDocument = (await headers()).get('rsc') !== '1';
  if (isDocument && (knownPortfolioSize(session.uid) ?? Infinity) > EMBED_ROWS) preloadPortfolio();
  return (
    <div className="flex flex-col gap-3">
      <div className="flex items-baseline gap-4">
        <h1 className="text-lg font-semibold">Domains</h1>
        <Link href="/jobs" className="text-sm text-sky-700 hover:underline dark:text-sky-400">
          Bulk jobs
        </Link>
      </div>
      <Streamed label="the domain list" fallback={<ListSkeleton />}>
        <Portfolio session={session} searchParams={searchParams} />
      </Streamed>
    </div>
  );
}
