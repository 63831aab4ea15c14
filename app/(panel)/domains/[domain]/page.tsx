import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DomainSettings } from '@/components/domain/domain-settings';
import { permission, requireRole, withDmapi } from '@/lib/auth';
import { queryDomainList, queryWhois } from '@/lib/dmapi';
import { isValidDomainName, toAsciiDomain, toUnicodeDomain } from '@/lib/net';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ domain: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: toUnicodeDomain(decodeURIComponent((await params).domain)) };
}

const date = (d: Date | undefined) => (d ? d.toISOString().slice(0, 10) : '—');

/** One domain: what the list knows (status, expiry, privacy, grants) plus live query-whois. */
export default async function DomainPage({ params }: Props) {
  const session = await requireRole('domains');
  // The URL segment is browser input: validate before it reaches the DMAPI.
  const raw = decodeURIComponent((await params).domain);
  if (!isValidDomainName(raw)) notFound();
  const domain = toAsciiDomain(raw);
  const [rows, whois] = await withDmapi((client) =>
    Promise.all([
      queryDomainList(client, { pattern: domain, showstatus: true, showgrants: true, showprivacy: true }),
      queryWhois(client, { domain }).catch(() => null),
    ]),
  );
  const row = rows.find((r) => r.domain.toLowerCase() === domain);
  if (!row) notFound();
  const facts: [string, string][] = [
    ['Domain (ASCII)', row.domain],
    ['Expiration', date(row.expiration)],
    ['Status', (row.statuses ?? []).join(', ') || '—'],
    ['Privacy', row.privacyStatus ? `${row.privacyStatus}${row.privacyExpiration ? ` until ${date(row.privacyExpiration)}` : ''}` : 'none'],
    ['Grants', (row.grants ?? []).join(', ') || 'none'],
  ];
  if (whois?.domain) {
    facts.push(['Created', date(whois.domain.created)], ['Name servers', whois.domain.nameservers.join(', ') || '—']);
    if (whois.domain.status.length > 0) facts.push(['Registry status', whois.domain.status.join(', ')]);
  }
  return (
    <div className="max-w-3xl space-y-4">
      <p className="text-sm">
        <Link href="/domains" className="text-sky-700 hover:underline dark:text-sky-400">
          ← Domains
        </Link>
      </p>
      <h1 className="text-lg font-semibold" title={row.domain}>
        {toUnicodeDomain(row.domain)}
      </h1>
      <dl className="divide-y divide-zinc-100 rounded-md border border-zinc-200 bg-white text-sm dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
        {facts.map(([term, value]) => (
          <div key={term} className="grid grid-cols-3 gap-4 px-4 py-2">
            <dt className="text-zinc-500">{term}</dt>
            <dd className="col-span-2 break-words">{value}</dd>
          </div>
        ))}
      </dl>
      {!whois ? <p className="text-sm text-zinc-500">Live whois data is not available for this domain right now.</p> : null}
      <DomainSettings
        domain={row.domain}
        display={toUnicodeDomain(row.domain)}
        locked={(row.statuses ?? []).includes('lock')}
        autorenew={(row.statuses ?? []).includes('autorenew')}
        change={permission(session, 'domains', 'change')}
      />
    </div>
  );
}
