import Link from '@/components/ui/link';
import type { ReactNode } from 'react';
import { formatDate } from '@/lib/format';
import type { DomainFacts } from '@/lib/lifecycle/domain-facts';

function Handle({ handle }: { handle: string | undefined }) {
  if (!handle) return <>—</>;
  return (
    <Link href={`/contacts/${encodeURIComponent(handle)}`} className="font-mono text-sky-700 hover:underline dark:text-sky-400">
      {handle}
    </Link>
  );
}

/** The domain at a glance: the list's row and live whois (DMAPI text rendered as text). */
export function DomainOverview({ facts }: { facts: DomainFacts }) {
  const privacy =
    facts.privacy.active === 'none'
      ? 'none'
      : `${facts.privacy.active}${facts.privacy.bought && facts.privacy.bought !== facts.privacy.active ? ` (bought: ${facts.privacy.bought})` : ''}${facts.privacy.expires ? `, until ${formatDate(facts.privacy.expires)}` : ''}`;
  const rows: [string, ReactNode][] = [
    ['Domain (ASCII)', facts.domain],
    ['Status', facts.statuses.join(', ') || '—'],
    ['Created', formatDate(facts.created)],
    ['Expiration', formatDate(facts.expires)],
    ['Transfer lock', facts.locked ? 'locked' : 'unlocked'],
    ['Owner', <Handle key="o" handle={facts.owner} />],
    ['Admin', <Handle key="a" handle={facts.admin} />],
    ['Tech', <Handle key="t" handle={facts.tech} />],
    ['Billing', <Handle key="b" handle={facts.billing} />],
    ['Name servers', facts.nameservers.join(', ') || '—'],
    ['DNSSEC', facts.dnssec ? `on (${facts.ds.length} key${facts.ds.length === 1 ? '' : 's'})` : 'off'],
    ['Privacy', privacy],
    ['Grants', facts.grants.join(', ') || 'none'],
  ];
  return (
    <div>
      {facts.whois ? null : <p className="mb-2 text-sm text-zinc-500">Live whois data is not available right now; contacts and name servers may be missing.</p>}
      <dl className="divide-y divide-zinc-100 text-sm dark:divide-zinc-800">
        {rows.map(([term, value]) => (
          <div key={term} className="grid grid-cols-1 gap-1 py-1.5 sm:grid-cols-3 sm:gap-4">
            <dt className="text-zinc-500">{term}</dt>
            <dd className="break-words sm:col-span-2">{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
