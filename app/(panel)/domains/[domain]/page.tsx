import { decodeSegment } from '@/lib/utils/segment';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { ContactsForm } from '@/components/domain/contacts-form';
import { AuthIdSection } from '@/components/domain/auth-id-section';
import { DeleteForm } from '@/components/domain/delete-form';
import { DomainOverview, DomainWhoisOverview } from '@/components/domain/domain-overview';
import { DomainSectionList, DomainSections } from '@/components/domain/domain-section';
import { NameserversForm } from '@/components/domain/nameservers-form';
import { RestoreForm } from '@/components/domain/restore-form';
import { OwnerChangeSection } from '@/components/contacts/owner-change-section';
import { DomainGrantsSection } from '@/components/grants/domain-grants-section';
import { DomainVerificationSection } from '@/components/verification/domain-verification-section';
import { Skeleton, Streamed } from '@/components/ui/streamed';
import { actionPermission, getDmapiClient, type PanelSession, type Permission, requireRole } from '@/lib/auth';
import { deleteRule } from '@/lib/lifecycle/delete-rule';
import { type DomainFacts, factsFrom } from '@/lib/lifecycle/domain-facts';
import { isValidDomainName, toAsciiDomain, toUnicodeDomain } from '@/lib/net';
import { loadDomainCore, loadDomainRow, loadRedemption, preloadDomainSections } from './load';
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

interface PageContext {
  session: PanelSession;
  domain: string;
  display: string;
  /** Each control's permission: role × User-Access, and the DMAPI request it sends in the key's request list. */
  change: (request: string) => Permission;
  order: (request: string) => Permission;
}

/** The sections below the overview, in order; each renders from the domain's facts (list row and whois). */
const LATER_SECTIONS: { id: string; title: string; framed?: false; node: (c: PageContext & { facts: DomainFacts; now: number }) => ReactNode }[] = [
  {
    id: 'settings',
    title: 'Settings',
    node: ({ domain, display, facts, change }) => (
      <Streamed label="the settings" fallback={<Skeleton className="h-24 w-full" />}>
        <SettingsLoaded domain={domain} display={display} facts={facts} change={change('domain-set-property')} lock={change(facts.locked ? 'domain-unlock' : 'domain-lock')} />
      </Streamed>
    ),
  },
  {
    id: 'zone',
    title: 'DNS zone',
    node: ({ domain }) => (
      <p className="text-sm">
        <Link href={`/zones/${encodeURIComponent(domain)}`} className="text-sky-700 hover:underline dark:text-sky-400">
          Edit the DNS zone
        </Link>
      </p>
    ),
  },
  {
    id: 'nameservers',
    title: 'Name servers',
    node: ({ domain, display, facts, change }) => <NameserversForm domain={domain} display={display} nameservers={facts.nameservers} change={change('domain-modify')} />,
  },
  {
    id: 'contacts',
    title: 'Contacts',
    node: ({ domain, display, facts, change }) => (
      <ContactsForm domain={domain} display={display} tld={facts.tld} admin={facts.admin} tech={facts.tech} billing={facts.billing} change={change('domain-modify')} />
    ),
  },
  {
    id: 'dnssec',
    title: 'DNSSEC',
    node: ({ session, domain, display, facts, change }) => (
      <Streamed label="DNSSEC" fallback={<Skeleton className="h-10 w-full" />}>
        <DnssecLoaded uid={session.uid} domain={domain} display={display} facts={facts} change={change('domain-modify')} />
      </Streamed>
    ),
  },
  {
    id: 'privacy',
    title: 'Whois privacy',
    node: ({ session, domain, display, facts, now, order }) => (
      <Streamed label="whois privacy" fallback={<Skeleton className="h-16 w-full" />}>
        <PrivacyLoaded domain={domain} display={display} facts={facts} uid={session.uid} now={now} order={order('domain-privacy-order')} />
      </Streamed>
    ),
  },
  // Sections of other areas that draw their own card (framed: false).
  { id: 'owner', title: 'Owner change', framed: false, node: ({ domain, change }) => <OwnerChangeSection domain={domain} change={change('domain-owner-change')} /> },
  { id: 'grants', title: 'Grants', framed: false, node: ({ domain }) => <DomainGrantsSection domain={domain} /> },
  { id: 'verification', title: 'Verification', framed: false, node: ({ domain, session }) => <DomainVerificationSection domain={domain} session={session} /> },
  { id: 'auth-id', title: 'Auth-ID', node: ({ domain, display, change }) => <AuthIdSection domain={domain} display={display} change={change('domain-transfer-get-auth-id')} /> },
  {
    id: 'renew',
    title: 'Renew',
    node: ({ session, domain, display, facts, now, order }) => (
      <Streamed label="the renewal" fallback={<Skeleton className="h-24 w-full" />}>
        <RenewLoaded domain={domain} display={display} facts={facts} uid={session.uid} now={now} order={order('domain-renew')} />
      </Streamed>
    ),
  },
  {
    id: 'delete',
    title: 'Delete',
    node: ({ domain, display, facts, now, change }) => <DeleteForm domain={domain} display={display} rule={deleteRule(facts.created, facts.tld, now)} change={change('domain-delete')} />,
  },
];

/** The overview's whois part, when the whois has answered. */
async function WhoisPart({ uid, domain, listed }: { uid: string; domain: string; listed: DomainFacts }) {
  const core = await loadDomainCore(uid, domain);
  return core ? <DomainWhoisOverview facts={core.facts} listed={listed} /> : null;
}

/** Everything below the overview, when the whois has answered. */
async function LaterSections(context: PageContext) {
  const core = await loadDomainCore(context.session.uid, context.domain);
  if (!core) return null;
  const full = { ...context, ...core };
  return <DomainSectionList sections={LATER_SECTIONS.map((s) => ({ id: s.id, title: s.title, ...(s.framed === false ? { framed: false } : {}), node: s.node(full) }))} />;
}

/**
 * One domain's whole life on one page: overview, settings, name servers, DNSSEC, auth-id, renew, delete; a domain in
 * redemption shows its restore instead. Other areas add a section with one entry in LATER_SECTIONS.
 *
 * The heading and what the account's list knows of the domain go out with the first bytes, as soon as the list's row
 * is there (from the held copy: no DMAPI read when the user came from the list); the whois part of the overview and
 * the sections below, which need the whois, stream in when it has answered.
 */
export default async function DomainPage({ params }: Props) {
  const session = await requireRole('domains');
  // The URL segment is browser input: validate before it reaches the DMAPI.
  const raw = decodeSegment((await params).domain);
  if (!isValidDomainName(raw)) notFound();
  const domain = toAsciiDomain(raw);
  const display = toUnicodeDomain(domain);
  const context: PageContext = {
    session,
    domain,
    display,
    change: (request) => actionPermission(session, 'domains', 'change', request),
    order: (request) => actionPermission(session, 'domains', 'order', request),
  };
  // The core's reads go out before the sections' (started with them, not after): a fast DMAPI answers the whois first.
  // (Awaited by the parts that need it; a failure here is theirs to show, or the row's, which reads the same way.)
  loadDomainCore(session.uid, domain).catch(() => undefined);
  void preloadDomainSections(session.uid, domain);
  const row = await loadDomainRow(session.uid, domain);
  if (!row) {
    const redemption = await loadRedemption(session.uid, await getDmapiClient(), domain);
    if (!redemption) notFound();
    return (
      <div className="max-w-3xl space-y-4">
        <Header domain={domain} />
        <DomainSections sections={[{ id: 'restore', title: 'Restore from redemption', node: <RestoreForm domain={domain} display={display} {...redemption} order={context.order('domain-redeem')} /> }]} />
      </div>
    );
  }
  const listed = factsFrom(domain, row, null);
  const overview = (
    <DomainOverview
      facts={listed}
      whois={
        <Streamed label="the whois data" fallback={<Skeleton className="mt-2 h-40 w-full" />}>
          <WhoisPart uid={session.uid} domain={domain} listed={listed} />
        </Streamed>
      }
    />
  );
  return (
    <div className="max-w-3xl space-y-4">
      <Header domain={domain} />
      <DomainSections
        sections={[{ id: 'overview', title: 'Overview', node: overview }]}
        later={{ contents: LATER_SECTIONS, node: <LaterSections {...context} /> }}
      />
    </div>
  );
}
