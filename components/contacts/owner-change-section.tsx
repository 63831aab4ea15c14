import 'server-only';
import { Skeleton, Streamed } from '@/components/ui/streamed';
import { getDmapiClient } from '@/lib/auth';
import type { Permission } from '@/lib/auth/roles';
import { ownerFromWhois } from '@/lib/contacts/owner';
import { tldOf } from '@/lib/net/suffix';
import { OwnerChangeForm } from './owner-change-form';

export interface OwnerChangeSectionProps {
  /** The domain in ASCII (punycode) form. */
  domain: string;
  /** permission(session, 'domains', 'change'), computed on the server; the action checks again. */
  change: Permission;
}

async function OwnerChangeLoader({ domain, change }: OwnerChangeSectionProps) {
  const owner = await ownerFromWhois(await getDmapiClient(), domain);
  return <OwnerChangeForm domain={domain} tld={tldOf(domain)} current={owner.fields} currentHandle={owner.handle} change={change} />;
}

/**
 * The owner change of a domain (domain-owner-change) for the domain page: who owns it now (from the page's whois), and
 * on "Change owner…" the full owner contact form of the domain's TLD, started from the current owner contact (read
 * then, lib/contacts/owner.ts), `lock-opt-out` explained, the request sent after a confirmation and its
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
