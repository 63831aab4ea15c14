import type { Metadata } from 'next';
import { CorAnswer } from '@/components/verification/public/cor-answer';
import { PublicCard, providerName } from '@/components/verification/public/brand';
import { PublicProblem } from '@/components/verification/public/messages';
import { getDb } from '@/lib/db';
import { readIdentity } from '@/lib/verification/identity';
import { checkCorKey } from '@/lib/verification/public';

export const metadata: Metadata = { title: 'Change of registrant', robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The change-of-registrant landing page: a registrant arrives with `?key=…` and confirms or refuses (cor-verify, with
 * the service credential). The DMAPI has no look-up for these keys, so the page explains the change in general (the
 * e-mail names domain and new registrant) and Joker.com's answer tells whether the key was good.
 */
export default async function CorPage({ searchParams }: Props) {
  const raw = (await searchParams).key;
  const key = Array.isArray(raw) ? raw[0] : raw;
  const identity = await readIdentity(await getDb());
  const provider = providerName(identity);
  const check = checkCorKey(key);
  return (
    <PublicCard identity={identity} title="Change of registrant">
      <div className="space-y-2 text-sm">
        <p>
          Someone asked {provider} to change the registrant, the legal holder, of a domain name. The rules of ICANN, the body overseeing domain
          names, require the registrants to agree before the change is made. The e-mail that brought you here names the domain and the new registrant.
        </p>
        <h2 className="pt-1 font-medium">What changes if the change is confirmed</h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>The registrant’s name, organization, postal address, e-mail address and phone number are replaced by the new registrant’s.</li>
          <li>The new registrant becomes the holder of the domain.</li>
          <li>
            The domain cannot be transferred to another registrar for 60 days afterwards, unless the person who asked for the change opted out of this
            lock.
          </li>
        </ul>
        <p>If the change is refused, or nobody answers before the deadline, nothing changes.</p>
      </div>
      {check.kind === 'ready' ? <CorAnswer keyValue={key as string} provider={provider} /> : <PublicProblem kind={check.kind} provider={provider} what="cor" />}
    </PublicCard>
  );
}
