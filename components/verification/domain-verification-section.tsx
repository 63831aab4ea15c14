import 'server-only';
import Link from '@/components/ui/link';
import { unstable_rethrow } from 'next/navigation';
import { Badge } from '@/components/ui/badge';
import { Skeleton, Streamed } from '@/components/ui/streamed';
import { actionPermission, can, type PanelSession, withDmapi } from '@/lib/auth';
import { ownerWhois } from '@/lib/contacts/owner';
import { type DmapiClient, waEmailQueryStatus } from '@/lib/dmapi';
import { failureText } from '@/lib/failure/describe';
import { pendingList } from '@/lib/verification/entries';
import { currentTime } from '@/lib/verification/pending';
import { Countdown } from './countdown';
import { STATUS_WORDS } from './live-status';
import { ResendForm } from './resend-form';

/**
 * The owner e-mail's verification on the domain page: the address from the page's own query-whois (the same read, made
 * once), or, when whois privacy replaces it there, from query-whois with internal=1; its state (wa-email-query-status);
 * and while pending, this domain's deadline from the account's pending list (shared with the workspace, read at most
 * once a minute).
 */
async function ownerEmail(client: DmapiClient, domain: string): Promise<string | undefined> {
  return (await ownerWhois(client, domain)).domain?.owner.email?.toLowerCase();
}

async function Facts({ domain, session }: { domain: string; session: PanelSession }) {
  let facts;
  try {
    facts = await withDmapi(async (client) => {
      const email = await ownerEmail(client, domain);
      if (!email) return null;
      const status = await waEmailQueryStatus(client, { email });
      const row = status === 'pending' ? (await pendingList(session.uid, client)).groups.find((g) => g.domains.some((d) => d.domain === domain)) : undefined;
      const deadline = row?.domains.find((d) => d.domain === domain)?.deadline ?? null;
      return { email, status, deadline: deadline ? Date.parse(deadline) : row ? row.deadline : null };
    });
  } catch (error) {
    unstable_rethrow(error);
    return <p className="text-sm text-amber-800 dark:text-amber-300">The verification state could not be read: {failureText(error)}</p>;
  }
  if (!facts) return <p className="text-sm text-zinc-500">Joker.com gives no owner e-mail for this domain.</p>;
  const words = STATUS_WORDS[facts.status];
  const workspace = can(session, 'verification', 'view');
  return (
    <div className="space-y-2 text-sm">
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
        <dt className="text-zinc-500">Owner e-mail</dt>
        <dd className="break-all">
          {workspace ? (
            <Link href={`/verification/email/${encodeURIComponent(facts.email)}`} className="text-sky-700 hover:underline dark:text-sky-400">
              {facts.email}
            </Link>
          ) : (
            facts.email
          )}
        </dd>
        <dt className="text-zinc-500">Verification</dt>
        <dd className="flex flex-wrap items-center gap-2">
          <Badge tone={words.tone}>{words.label}</Badge>
          <span>{words.text}</span>
        </dd>
        {facts.status === 'pending' ? (
          <>
            <dt className="text-zinc-500">Deadline</dt>
            <dd>
              <Countdown deadline={facts.deadline} now={currentTime()} />
            </dd>
          </>
        ) : null}
      </dl>
      {facts.status === 'pending' ? <ResendForm emails={[facts.email]} permission={actionPermission(session, 'verification', 'change', 'wa-email-validate')} label="Resend the verification e-mail" /> : null}
    </div>
  );
}

/** One line on the domain page: `<DomainVerificationSection domain={…} session={session} />`. */
export function DomainVerificationSection({ domain, session }: { domain: string; session: PanelSession }) {
  return (
    <section aria-labelledby="domain-verification-heading" className="space-y-3 rounded-md border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id="domain-verification-heading" className="text-sm font-semibold">
        Owner e-mail verification
      </h2>
      <Streamed label="the owner e-mail verification" fallback={<Skeleton className="h-12 w-full" />}>
        <Facts domain={domain} session={session} />
      </Streamed>
    </section>
  );
}
