import type { Metadata } from 'next';
import { PendingSection } from '@/components/verification/pending-section';
import { Skeleton, Streamed } from '@/components/ui/streamed';
import { requireRole } from '@/lib/auth';
import { parseListFilters } from '@/lib/verification/pending';

export const metadata: Metadata = { title: 'Whois verification' };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Owner e-mails waiting for verification, nearest deadline first; filters and paging from the URL. */
export default async function VerificationPage({ searchParams }: Props) {
  const session = await requireRole('verification');
  const params = await searchParams;
  const filters = parseListFilters(params);
  return (
    <section aria-labelledby="pending-heading" className="space-y-3">
      <h2 id="pending-heading" className="text-base font-semibold">
        Owner e-mails
      </h2>
      <Streamed label="the owner e-mails" fallback={<Skeleton className="h-64 w-full" />}>
        <PendingSection session={session} filters={filters} refresh={params.refresh === '1'} />
      </Streamed>
    </section>
  );
}
