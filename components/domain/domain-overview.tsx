import Link from '@/components/ui/link';
import type { ReactNode } from 'react';
import { type Fact, FactList } from '@/components/domains/fact-list';
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

/**
 * The domain at a glance (DMAPI text rendered as text). What the account's list knows (status, expiry, lock, privacy,
 * grants) is there with the page; the live whois part (created, contacts, name servers, DNSSEC) comes in `whois`,
 * which the page streams in when the registry has answered (DomainWhoisOverview).
 */
export function DomainOverview({ facts, whois }: { facts: DomainFacts; whois: ReactNode }) {
  const privacy =
    facts.privacy.active === 'none'
      ? 'none'
      : `${facts.privacy.active}${facts.privacy.bought && facts.privacy.bought !== facts.privacy.active ? ` (bought: ${facts.privacy.bought})` : ''}${facts.privacy.expires ? `, until ${formatDate(facts.privacy.expires)}` : ''}`;
  return (
    <div className="divide-y divide-zinc-100 dark:divide-zinc-800">
      <FactList
        label="What the domain list says"
        framed={false}
        facts={[
          ['Domain (ASCII)', facts.domain],
          ['Status', facts.statuses.join(', ') || '—'],
          ['Expiration', formatDate(facts.expires)],
          ['Transfer lock', facts.locked ? 'locked' : 'unlocked'],
          ['Privacy', privacy],
          ['Grants', facts.grants.join(', ') || 'none'],
        ]}
      />
      {whois}
    </div>
  );
}

/** The whois part of the overview; `listed` is what the list said, to add the registry's expiry only where it had none. */
export function DomainWhoisOverview({ facts, listed }: { facts: DomainFacts; listed: DomainFacts }) {
  const rows: Fact[] = [
    ['Created', formatDate(facts.created)],
    ...(listed.expires === undefined && facts.expires !== undefined ? [['Expiration (registry)', formatDate(facts.expires)] as Fact] : []),
    ['Owner', <Handle key="o" handle={facts.owner} />],
    ['Admin', <Handle key="a" handle={facts.admin} />],
    ['Tech', <Handle key="t" handle={facts.tech} />],
    ['Billing', <Handle key="b" handle={facts.billing} />],
    ['Name servers', facts.nameservers.join(', ') || '—'],
    ['DNSSEC', facts.dnssec ? `on (${facts.ds.length} key${facts.ds.length === 1 ? '' : 's'})` : 'off'],
  ];
  return (
    <div>
      {facts.whois ? null : <p className="py-1.5 text-sm text-zinc-500">Live whois data is not available right now; contacts and name servers may be missing.</p>}
      <FactList facts={rows} label="What the registry says (whois)" framed={false} />
    </div>
  );
}
