import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ContactsForm } from '@/components/domain/contacts-form';
import { PrivacyOrderForm } from '@/components/domain/privacy-order-form';
import { AuthIdSection } from '@/components/domain/auth-id-section';
import { DeleteForm } from '@/components/domain/delete-form';
import { DnssecSection } from '@/components/domain/dnssec-form';
import { DomainOverview } from '@/components/domain/domain-overview';
import { DomainSections, type DomainSectionEntry } from '@/components/domain/domain-section';
import { DomainSettings } from '@/components/domain/domain-settings';
import { NameserversForm } from '@/components/domain/nameservers-form';
import { RenewForm } from '@/components/domain/renew-form';
import { RestoreForm } from '@/components/domain/restore-form';
import { OwnerChangeSection } from '@/components/contacts/owner-change-section';
import { DomainGrantsSection } from '@/components/grants/domain-grants-section';
import { DomainVerificationSection } from '@/components/verification/domain-verification-section';
import { getDmapiClient, permission, requireRole } from '@/lib/auth';
import { isValidDomainName, toAsciiDomain, toUnicodeDomain } from '@/lib/net';
import { loadDomainPage, loadRedemption } from './load';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ domain: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: toUnicodeDomain(decodeURIComponent((await params).domain)) };
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
  const raw = decodeURIComponent((await params).domain);
  if (!isValidDomainName(raw)) notFound();
  const domain = toAsciiDomain(raw);
  const display = toUnicodeDomain(domain);
  const change = permission(session, 'domains', 'change');
  const order = permission(session, 'domains', 'order');
  const data = await loadDomainPage(session.uid, domain);
  if (!data) {
    const redemption = await loadRedemption(session.uid, await getDmapiClient(), domain);
    if (!redemption) notFound();
    return (
      <div className="max-w-3xl space-y-4">
        <Header domain={domain} />
        <DomainSections sections={[{ id: 'restore', title: 'Restore from redemption', node: <RestoreForm domain={domain} display={display} {...redemption} order={order} /> }]} />
      </div>
    );
  }
  const { facts } = data;
  const privacyLevel = facts.privacy.active === 'basic' || facts.privacy.active === 'pro' ? facts.privacy.active : 'none';
  const sections: DomainSectionEntry[] = [
    { id: 'overview', title: 'Overview', node: <DomainOverview facts={facts} /> },
    {
      id: 'settings',
      title: 'Settings',
      node: <DomainSettings domain={domain} display={display} locked={facts.locked} autorenew={facts.autorenew} privacy={facts.privacy.active} flags={data.flags} change={change} />,
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
    { id: 'nameservers', title: 'Name servers', node: <NameserversForm domain={domain} display={display} nameservers={facts.nameservers} change={change} /> },
    {
      id: 'contacts',
      title: 'Contacts',
      node: <ContactsForm domain={domain} display={display} tld={facts.tld} admin={facts.admin} tech={facts.tech} billing={facts.billing} change={change} />,
    },
    {
      id: 'dnssec',
      title: 'DNSSEC',
      node: <DnssecSection domain={domain} display={display} enabled={facts.dnssec} entries={data.dnssecEntries} form={data.dnssecForm} change={change} />,
    },
    {
      id: 'privacy',
      title: 'Whois privacy',
      node: data.offer ? (
        <PrivacyOrderForm
          domain={domain}
          display={display}
          offer={data.offer}
          current={privacyLevel}
          currentExpires={facts.privacy.expires}
          domainExpires={facts.expires}
          now={data.now}
          order={order}
        />
      ) : null,
    },
    // Sections of other areas that draw their own card (framed: false).
    { id: 'owner', title: 'Owner change', framed: false, node: <OwnerChangeSection domain={domain} change={change} /> },
    { id: 'grants', title: 'Grants', framed: false, node: <DomainGrantsSection domain={domain} /> },
    { id: 'verification', title: 'Verification', framed: false, node: <DomainVerificationSection domain={domain} session={session} /> },
    { id: 'auth-id', title: 'Auth-ID', node: <AuthIdSection domain={domain} display={display} change={change} /> },
    {
      id: 'renew',
      title: 'Renew',
      node: data.offer ? (
        <RenewForm
          domain={domain}
          display={display}
          expiresYear={data.expiresYear}
          offer={data.offer}
          privacyLevel={privacyLevel}
          order={order}
          {...(data.premiumRenewPerYear !== undefined ? { premiumPerYear: data.premiumRenewPerYear } : {})}
          {...(data.balance ? { balance: data.balance } : {})}
          {...(data.renewBlockedUntil ? { blockedUntil: data.renewBlockedUntil } : {})}
        />
      ) : (
        <p className="text-sm text-zinc-500">The price list could not be read just now: reload the page to renew.</p>
      ),
    },
    { id: 'delete', title: 'Delete', node: <DeleteForm domain={domain} display={display} rule={data.deleteRule} change={change} /> },
  ];
  return (
    <div className="max-w-3xl space-y-4">
      <Header domain={domain} />
      <DomainSections sections={sections} />
    </div>
  );
}
