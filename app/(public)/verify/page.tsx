import type { Metadata } from 'next';
import { PublicCard, providerName } from '@/components/verification/public/brand';
import { PublicProblem } from '@/components/verification/public/messages';
import { VerifyAnswer } from '@/components/verification/public/verify-answer';
import { requestIp } from '@/lib/auth/request-context';
import { getDb } from '@/lib/db';
import { readIdentity } from '@/lib/verification/identity';
import { loadVerifyView } from '@/lib/verification/public';

export const metadata: Metadata = { title: 'Confirm your e-mail address', robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The whois verification landing page (set as the verification URL in Joker.com's reseller settings): the owner
 * arrives with `?key=…`, sees the address and domains the key covers (wa-email-details) and answers (wa-email-verify).
 * Public: the service credential makes the DMAPI calls; requests are limited per client address.
 */
export default async function VerifyPage({ searchParams }: Props) {
  const raw = (await searchParams).key;
  const key = Array.isArray(raw) ? raw[0] : raw;
  const [view, identity] = await Promise.all([loadVerifyView(key, await requestIp()), readIdentity(await getDb())]);
  const provider = providerName(identity);
  return (
    <PublicCard identity={identity} title="Confirm your e-mail address">
      {view.kind === 'pending' ? (
        <>
          <div className="space-y-2 text-sm">
            <p>
              {identity.name || 'Your domain provider'} registered {view.domains.length === 1 ? 'this domain' : 'these domains'} with <strong>{view.email}</strong> as
              the owner’s e-mail address:
            </p>
            <ul aria-label="Domains" className="list-disc pl-5 font-medium">
              {view.domains.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
            <p className="text-zinc-600 dark:text-zinc-400">
              The rules of ICANN, the body overseeing domain names, require this address to be confirmed. Domains whose owner address is not confirmed in
              time may be suspended.
            </p>
          </div>
          <VerifyAnswer keyValue={key as string} email={view.email} domains={view.domains} provider={provider} />
        </>
      ) : view.kind === 'limited' ? (
        <PublicProblem kind="limited" minutes={view.minutes} provider={provider} what="verification" />
      ) : (
        <PublicProblem kind={view.kind} provider={provider} what="verification" />
      )}
    </PublicCard>
  );
}
