import { decodeSegment } from '@/lib/utils/segment';
import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { ContactsForm } from '@/components/domain/contacts-form';
import { AuthIdSection } from '@/components/domain/auth-id-section';
import { DeleteForm } from '@/components/domain/delete-form';
import { DomainOverview } from '@/components/domain/domain-overview';
import { DomainSections, type DomainSectionEntry } from '@/components/domain/domain-section';
import { NameserversForm } from '@/components/domain/nameservers-form';
import { RestoreForm } from '@/components/domain/restore-form';
import { OwnerChangeSection } from '@/components/contacts/owner-change-section';
import { DomainGrantsSection } from '@/components/grants/domain-grants-section';
import { DomainVerificationSection } from '@/components/verification/domain-verification-section';
import { Skeleton, Streamed } from '@/components/ui/streamed';
import { actionPermission, getDmapiClient, requireRole } from '@/lib/auth';
import { deleteRule } from '@/lib/lifecycle/delete-rule';
import { isValidDomainName, toAsciiDomain, toUnicodeDomain } from '@/lib/net';
import { loadDomainCore, loadRedemption, preloadDomainSections } from './load';
import { DnssecLoaded, PrivacyLoaded, RenewLoaded, SettingsLoaded } from './sections';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ domain: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: toUnicodeDomain(decodeSegment((await params).domain)) };
}

function Header({ domain }: { domain: string }) {
  return (
    <>
      <p className="text-sm">
        <Link href="/domains" className="text-sky-700 hover:underline dark:text-sky-400">
          ← Domains
        </Link>
      </p>
      <h1 className="break-words text-lg font-semibold" title={domain}>
        {toUnicodeDomain(domain)}
      </h1>
    </>
  );
}

/**
 * One domain's whole life on one page: overview, settings, name servers, DNSSEC, auth-id, renew, delete; a domain in
 * redemption shows its restore instead. Other areas add a section with one line in `sections`.
 */
export default async function DomainPage({ params }: Props) {
  const session = await requireRole('domains');
  // The URL segment is browser input: validate before it reaches the DMAPI.
  const raw = decodeSegment((await params).domain);
  if (!isValidDomainName(raw)) notFound();
  const domain = toAsciiDomain(raw);
  const display = toUnicodeDomain(domain);
  // Each control's permission: role × User-Access, and the DMAPI request it sends in the key's request list.
  const change = (request: string) => actionPermission(session, 'domains', 'change', request);
  const order = (request: string) => actionPermission(session, 'domains', 'order', request);
  // The core's reads go out before the sections' (started with them, not after): a fast DMAPI answers the whois first.
  const reading = loadDomainCore(session.uid, domain);
  void preloadDomainSections(session.uid, domain);
  const core = await reading;
  if (!core) {
    const redemption = await loadRedemption(session.uid, await getDmapiClient(), domain);
    if (!redemption) notFound();
    return (
      <div className="max-w-3xl space-y-4">
        <Header domain={domain} />
        <DomainSections sections={[{ id: 'restore', title: 'Restore from redemption', node: <RestoreForm domain={domain} display={display} {...redemption} order={order('domain-redeem')} /> }]} />
      </div>
    );
  }
  const { facts, now } = core;
  const common = { domain, display, facts };
  const sections: DomainSectionEntry[] = [
    { id: 'overview', title: 'Overview', node: <DomainOverview facts={facts} /> },
    {
      id: 'settings',
      title: 'Settings',
      node: (
        <Streamed label="the settings" fallback={<Skeleton className="h-24 w-full" />}>
          <SettingsLoaded {...common} change={change('domain-set-property')} lock={change(facts.locked ? 'domain-unlock' : 'domain-lock')} />
        </Streamed>
      ),
    },
    {
      id: 'zone',
      title: 'DNS zone',
      node: (
        <p className="text-sm">
          <Link href={`/zones/${encodeURIComponent(domain)}`} className="text-sky-700 hover:underline dark:text-sky-400">
            Edit the DNS zone
          </Link>
        </p>
      ),
    },
    { id: 'nameservers', title: 'Name servers', node: <NameserversForm domain={domain} display={display} nameservers={facts.nameservers} change={change('domain-modify')} /> },
    {
      id: 'contacts',
      title: 'Contacts',
      node: <ContactsForm domain={domain} display={display} tld={facts.tld} admin={facts.admin} tech={facts.tech} billing={facts.billing} change={change('domain-modify')} />,
    },
    {
      id: 'dnssec',
      title: 'DNSSEC',
      node: (
        <Streamed label="DNSSEC" fallback={<Skeleton className="h-10 w-full" />}>
          <DnssecLoaded {...common} change={change('domain-modify')} />
        </Streamed>
      ),
    },
    {
      id: 'privacy',
      title: 'Whois privacy',
      node: (
        <Streamed label="whois privacy" fallback={<Skeleton className="h-16 w-full" />}>
          <PrivacyLoaded {...common} uid={session.uid} now={now} order={order('domain-privacy-order')} />
        </Streamed>
      ),
    },
    // Sections of other areas that draw their own card (framed: false).
    { id: 'owner', title: 'Owner change', framed: false, node: <OwnerChangeSection domain={domain} change={change('domain-owner-change')} /> },
    { id: 'grants', title: 'Grants', framed: false, node: <DomainGrantsSection domain={domain} /> },
    { id: 'verification', title: 'Verification', framed: false, node: <DomainVerificationSection domain={domain} session={session} /> },
    { id: 'auth-id', title: 'Auth-ID', node: <AuthIdSection domain={domain} display={display} change={change('domain-transfer-get-auth-id')} /> },
    {
      id: 'renew',
      title: 'Renew',
      node: (
        <Streamed label="the renewal" fallback={<Skeleton className="h-24 w-full" />}>
          <RenewLoaded {...common} uid={session.uid} now={now} order={order('domain-renew')} />
        </Streamed>
      ),
    },
    { id: 'delete', title: 'Delete', node: <DeleteForm domain={domain} display={display} rule={deleteRule(facts.created, facts.tld, now)} change={change('domain-delete')} /> },
  ];
  return (
    <div className="max-w-3xl space-y-4">
      <Header domain={domain} />
      <DomainSections sections={sections} />
    </div>
  );
}
