import { DnssecSection } from '@/components/domain/dnssec-form';
import { DomainSettings } from '@/components/domain/domain-settings';
import { PrivacyOrderForm } from '@/components/domain/privacy-order-form';
import { RenewForm } from '@/components/domain/renew-form';
import type { Permission } from '@/lib/auth';
import type { DomainFacts } from '@/lib/lifecycle/domain-facts';
import { loadDnssec, loadFlags, loadOrderData } from './load';

/** The domain page's sections that wait for reads of their own; the page streams each behind a skeleton. */

interface Common {
  domain: string;
  display: string;
  facts: DomainFacts;
}

const privacyLevelOf = (facts: DomainFacts) => (facts.privacy.active === 'basic' || facts.privacy.active === 'pro' ? facts.privacy.active : 'none');

export async function SettingsLoaded({ domain, display, facts, change, lock }: Common & { change: Permission; lock: Permission }) {
  const flags = await loadFlags(domain);
  return <DomainSettings domain={domain} display={display} locked={facts.locked} autorenew={facts.autorenew} privacy={facts.privacy.active} flags={flags} change={change} lock={lock} />;
}

export async function DnssecLoaded({ uid, domain, display, facts, change }: Common & { uid: string; change: Permission }) {
  const { form, entries } = await loadDnssec(uid, facts);
  return <DnssecSection domain={domain} display={display} enabled={facts.dnssec} entries={entries} form={form} change={change} />;
}

export async function PrivacyLoaded({ uid, domain, display, facts, now, order }: Common & { uid: string; now: number; order: Permission }) {
  const data = await loadOrderData(uid, domain, facts.tld, now);
  if (!data.offer) return <p className="text-sm text-zinc-500">The price list could not be read just now: reload the page to order privacy.</p>;
  return (
    <PrivacyOrderForm
      domain={domain}
      display={display}
      offer={data.offer}
      current={privacyLevelOf(facts)}
      currentExpires={facts.privacy.expires}
      domainExpires={facts.expires}
      now={now}
      order={order}
    />
  );
}

export async function RenewLoaded({ uid, domain, display, facts, now, order }: Common & { uid: string; now: number; order: Permission }) {
  const data = await loadOrderData(uid, domain, facts.tld, now);
  if (!data.offer) return <p className="text-sm text-zinc-500">The price list could not be read just now: reload the page to renew.</p>;
  return (
    <RenewForm
      domain={domain}
      display={display}
      expiresYear={new Date(facts.expires ?? now).getUTCFullYear()}
      offer={data.offer}
      privacyLevel={privacyLevelOf(facts)}
      order={order}
      {...(data.premiumRenewPerYear !== undefined ? { premiumPerYear: data.premiumRenewPerYear } : {})}
      {...(data.balance ? { balance: data.balance } : {})}
      {...(data.renewBlockedUntil ? { blockedUntil: data.renewBlockedUntil } : {})}
    />
  );
}
