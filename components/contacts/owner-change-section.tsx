import 'server-only';
import { Skeleton, Streamed } from '@/components/ui/streamed';
import { getDmapiClient } from '@/lib/auth';
import type { Permission } from '@/lib/auth/roles';
import { contactFieldsFor } from '@/lib/contacts/fields';
import { queryContact, queryWhois } from '@/lib/dmapi';
import { tldOf } from '@/lib/net/suffix';
import { OwnerChangeForm } from './owner-change-form';

export interface OwnerChangeSectionProps {
  /** The domain in ASCII (punycode) form. */
  domain: string;
  /** permission(session, 'domains', 'change'), computed on the server; the action checks again. */
  change: Permission;
}

/**
 * The current owner's data to start the form from: the owner contact itself when Joker.com shows it to this account
 * (every field, TLD extensions included), else the owner lines of the domain's whois.
 */
async function currentOwner(domain: string): Promise<{ handle?: string; fields: Record<string, string> }> {
  const client = await getDmapiClient();
  // The same read as the page's whois facts (`{ domain }`): the data-access layer makes it once per render.
  const whois = await queryWhois(client, { domain }).catch(() => null);
  const handle = whois?.domain?.owner.handle;
  if (handle) {
    const stored = await queryContact(client, { handle }).catch(() => null);
    if (stored) return { handle, fields: stored.fields };
  }
  const fields: Record<string, string> = {};
  for (const spec of contactFieldsFor(tldOf(domain))) {
    const value = whois?.entries[`domain.${spec.name}`]?.[0];
    if (value && !/^REDACTED/i.test(value)) fields[spec.name] = value;
  }
  return { ...(handle ? { handle } : {}), fields };
}

async function OwnerChangeLoader({ domain, change }: OwnerChangeSectionProps) {
  const owner = await currentOwner(domain);
  return <OwnerChangeForm domain={domain} tld={tldOf(domain)} current={owner.fields} currentHandle={owner.handle} change={change} />;
}

/**
 * The owner change of a domain (domain-owner-change) for the domain page: the full owner contact form of the domain's
 * TLD, started from the current owner, `lock-opt-out` explained, the request sent after a confirmation and its
 * Proc-ID followed until the change of registrant is confirmed or refused.
 */
export function OwnerChangeSection({ domain, change }: OwnerChangeSectionProps) {
  return (
    <section aria-labelledby="owner-change-heading" className="space-y-3 rounded-md border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id="owner-change-heading" className="text-sm font-semibold">
        Owner
      </h2>
      <Streamed label="the current owner" fallback={<Skeleton className="h-10 w-full" />}>
        <OwnerChangeLoader domain={domain} change={change} />
      </Streamed>
    </section>
  );
}
