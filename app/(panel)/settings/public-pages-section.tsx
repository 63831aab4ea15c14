import { headers } from 'next/headers';
import { PublicIdentityForm, RemoveServiceCredential, ServiceCredentialForm } from '@/components/verification/settings/public-pages-forms';
import { serviceCredentialInfo } from '@/lib/auth/service-credential';
import { getDb } from '@/lib/db';
import { formatDateTime } from '@/lib/format';
import { readIdentity } from '@/lib/verification/identity';

/** The panel's own origin as the browser reached it (behind a proxy: its forwarded host and scheme). */
async function panelOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost';
  const proto = h.get('x-forwarded-proto') ?? (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https');
  return `${proto.split(',')[0]?.trim() || 'https'}://${host}`;
}

/** Owner: the landing pages owners reach from Joker.com's e-mails, the identity they show and the key they use. */
export async function PublicPagesSection() {
  const db = await getDb();
  const [identity, credential, origin] = await Promise.all([readIdentity(db), serviceCredentialInfo(db), panelOrigin()]);
  const urls = [
    ['Whois verification page (owner e-mail verification URL)', `${origin}/verify?key=`],
    ['Change-of-registrant page (COR confirmation URL)', `${origin}/cor?key=`],
  ] as const;
  return (
    <section aria-labelledby="public-pages-heading" className="space-y-4">
      <h2 id="public-pages-heading" className="text-base font-semibold">
        Public pages
      </h2>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Owners answer whois verifications and changes of registrant on these pages without signing in. Paste the addresses into the
        reseller settings at Joker.com; Joker.com adds each owner’s key after <code>key=</code>.
      </p>
      <dl className="grid gap-2 text-sm">
        {urls.map(([label, url]) => (
          <div key={url}>
            <dt className="text-zinc-600 dark:text-zinc-400">{label}</dt>
            <dd>
              <code className="select-all rounded bg-zinc-100 px-1.5 py-0.5 dark:bg-zinc-800">{url}</code>
            </dd>
          </div>
        ))}
      </dl>
      <div className="space-y-2">
        <h3 className="font-medium">Identity</h3>
        <PublicIdentityForm name={identity.name} logoUrl={identity.logoUrl} />
      </div>
      <div className="space-y-2">
        <h3 className="font-medium">Service credential</h3>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          An API key of this account (it must be allowed to modify) that the panel acts with where nobody of yours is signed in: the
          pages above, and a customer accepting a grant invitation.
        </p>
        <p role="status" className="text-sm">
          {credential.configured
            ? `In use: a key of ${credential.userLogin} (${credential.userAccess}), set by ${credential.setBy} on ${formatDateTime(credential.setAt)}.`
            : 'None: the public pages tell owners they are not available, and an invitation can be accepted in the panel only while someone who manages grants is signed in.'}
        </p>
        <ServiceCredentialForm configured={credential.configured} />
        <RemoveServiceCredential configured={credential.configured} />
      </div>
    </section>
  );
}
