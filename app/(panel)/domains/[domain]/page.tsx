import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { OwnerChangeSection } from '@/components/contacts/owner-change-section';
import { DomainSettings } from '@/components/domain/domain-settings';
import { FactList, type Fact } from '@/components/domains/fact-list';
import { WhoisFacts, startWhois } from '@/components/domains/whois-facts';
import { DomainGrantsSection } from '@/components/grants/domain-grants-section';
import { Skeleton, Streamed } from '@/components/ui/streamed';
import { DomainVerificationSection } from '@/components/verification/domain-verification-section';
import { permission, requireRole, withDmapi } from '@/lib/auth';
import { isValidDomainName, toAsciiDomain, toUnicodeDomain } from '@/lib/net';
import { formatDate } from '@/lib/format';
import { domainListRow } from '@/lib/portfolio/domain-row';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ domain: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: toUnicodeDomain(decodeURIComponent((await params).domain)) };
}


/**
 * One domain: what the list knows (status, expiry, privacy, grants) at once, from the account's held copy of the list
 * when there is one, and live `query-whois` streamed in behind a skeleton. Both reads start together.
 */
export default async function DomainPage({ params }: Props) {
  const session = await requireRole('domains');
  // The URL segment is browser input: validate before it reaches the DMAPI.
  const raw = decodeURIComponent((await params).domain);
  if (!isValidDomainName(raw)) notFound();
  const domain = toAsciiDomain(raw);
  startWhois(domain);
  const row = await withDmapi((client) => domainListRow(session.uid, client, domain));
  if (!row) notFound();
  const facts: Fact[] = [
    ['Domain (ASCII)', row.domain],
    ['Expiration', formatDate(row.expiration)],
    ['Status', (row.statuses ?? []).join(', ') || '—'],
    ['Privacy', row.privacyStatus ? `${row.privacyStatus}${row.privacyExpiration ? ` until ${formatDate(row.privacyExpiration)}` : ''}` : 'none'],
    ['Grants', (row.grants ?? []).join(', ') || 'none'],
  ];
  return (
    <div className="max-w-3xl space-y-4">
      <p className="text-sm">
        <Link href="/domains" className="text-sky-700 hover:underline dark:text-sky-400">
          ← Domains
        </Link>
      </p>
      <h1 className="break-words text-lg font-semibold" title={row.domain}>
        {toUnicodeDomain(row.domain)}
      </h1>
      <FactList facts={facts} label="What the domain list says" />
      <p className="text-sm"><Link href={`/zones/${encodeURIComponent(row.domain)}`} className="text-sky-700 hover:underline dark:text-sky-400">Edit the DNS zone</Link></p>
      <Streamed label="live whois data" fallback={<Skeleton className="h-24 w-full" />}>
        <WhoisFacts domain={domain} />
      </Streamed>
      <DomainSettings
        domain={row.domain}
        display={toUnicodeDomain(row.domain)}
        locked={(row.statuses ?? []).includes('lock')}
        autorenew={(row.statuses ?? []).includes('autorenew')}
        change={permission(session, 'domains', 'change')}
      />
      <DomainGrantsSection domain={row.domain} />
      <OwnerChangeSection domain={row.domain} change={permission(session, 'domains', 'change')} />
      <DomainVerificationSection domain={row.domain} session={session} />
    </div>
  );
}
