import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { AcceptInvitation } from '@/components/grants/accept-invitation';
import { LandingSignIn } from '@/components/grants/landing-sign-in';
import { SignOutButton } from '@/components/layout/sign-out-button';
import { getSession } from '@/lib/auth';
import { requestIp } from '@/lib/auth/request-context';
import { getDb } from '@/lib/db';
import type { GrantInvitation } from '@/lib/db/schema';
import { formatDate } from '@/lib/format';
import { landingBlockedMinutes, recordLandingMiss } from '@/lib/grants/landing-limit';
import { invitationByToken } from '@/lib/grants/store';
import { stateSentence } from '@/lib/grants/words';
import { toUnicodeDomain } from '@/lib/net/idn';
import { invitationToken, isGrantRole, ROLE_INFO } from '@/lib/schemas/grants';
import { switchAccountAction } from './actions';

// The token is a key: no search engine keeps the page, and no page of ours hands its path on (Referrer-Policy
// strict-origin, next.config.mjs; links leaving the panel carry rel="noreferrer").
export const metadata: Metadata = { title: 'Invitation', robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ token: string }> };

/**
 * The public landing page of a grant invitation made in the panel: the one invitation its token names (domain, role
 * in words, who invites) and the two ways on: sign in here and Accept, or accept at Joker.com with the e-mail's key.
 * Nothing else of the panel or the reseller shows; an unknown, revoked or used link says so.
 */
export default async function InvitePage({ params }: Props) {
  const { token: raw } = await params;
  const db = await getDb();
  const ip = await requestIp();
  const blocked = await landingBlockedMinutes(db, ip);
  if (blocked > 0) return <Frame title="Too many unknown links">Too many unknown invitation links were opened from your address. Try again in {blocked} minutes.</Frame>;
  const token = invitationToken.safeParse(raw);
  const row = token.success ? await invitationByToken(db, token.data) : undefined;
  if (!token.success || !row) {
    await recordLandingMiss(db, ip);
    return (
      <Frame title="Invitation not found">
        This invitation link is not known to this panel. Check that the whole link was copied from the message, or ask whoever invited you for a new
        one.
      </Frame>
    );
  }
  return <Invitation row={row} token={token.data} />;
}

async function Invitation({ row, token }: { row: GrantInvitation; token: string }) {
  const display = toUnicodeDomain(row.domain);
  const role = isGrantRole(row.role) ? ROLE_INFO[row.role] : undefined;
  const session = await getSession();
  return (
    <Frame title={`Invitation to ${display}`}>
      <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-zinc-500">Domain</dt>
        <dd className="font-mono">{display}</dd>
        <dt className="text-zinc-500">Role</dt>
        <dd>
          {row.role}
          {role ? ` (${role.label}): you ${role.meaning}` : ''}
        </dd>
        <dt className="text-zinc-500">Invited by</dt>
        <dd>
          {row.inviterName === row.inviterLogin ? row.inviterLogin : `${row.inviterName} (${row.inviterLogin})`} on {formatDate(row.createdAt)}
        </dd>
        <dt className="text-zinc-500">For</dt>
        <dd>{row.email}</dd>
      </dl>
      {row.state !== 'pending' ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          {stateSentence(row)}
        </p>
      ) : (
        <div className="space-y-4">
          {row.role === '@creator' ? (
            <p className="text-sm font-medium">Accepting moves {display} into your Joker.com account; the inviter no longer manages it.</p>
          ) : null}
          <section aria-labelledby="accept-here" className="space-y-2 rounded-md border border-zinc-200 p-3 dark:border-zinc-800">
            <h2 id="accept-here" className="text-sm font-semibold">
              Accept here
            </h2>
            {!session ? (
              <>
                <p className="text-sm text-zinc-600 dark:text-zinc-400">Sign in with the Joker.com account of {row.email}, then accept.</p>
                <LandingSignIn token={token} />
              </>
            ) : session.userLogin.trim().toLowerCase() === row.email ? (
              <>
                <p className="text-sm">You are signed in as {session.userLogin}.</p>
                <AcceptInvitation token={token} display={display} />
              </>
            ) : (
              <div className="space-y-2">
                <p role="alert" className="text-sm text-red-800 dark:text-red-300">
                  This invitation is for {row.email}, but you are signed in as {session.userLogin}. Only the invited account can accept it.
                </p>
                <form action={switchAccountAction}>
                  <input type="hidden" name="token" value={token} />
                  <SignOutButton variant="secondary" size="sm">
                    Sign out and use another account
                  </SignOutButton>
                </form>
              </div>
            )}
          </section>
          <section aria-labelledby="accept-joker" className="space-y-1 rounded-md border border-zinc-200 p-3 text-sm dark:border-zinc-800">
            <h2 id="accept-joker" className="font-semibold">
              Or accept at Joker.com
            </h2>
            <p className="text-zinc-600 dark:text-zinc-400">
              Joker.com sent {row.email} an e-mail with a link and a key for this invitation. Open that link, or sign in at{' '}
              <a href="https://joker.com/" rel="noreferrer noopener" target="_blank" className="text-sky-800 underline dark:text-sky-300">
                joker.com
              </a>{' '}
              and enter the key.
            </p>
          </section>
        </div>
      )}
    </Frame>
  );
}

function Frame({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <main className="mx-auto flex min-h-screen max-w-xl flex-col justify-center gap-4 p-6">
      <h1 className="text-xl font-semibold">{title}</h1>
      <div className="space-y-4 text-sm">{children}</div>
      <p className="text-xs text-zinc-500">
        <Link href="/login">Reseller Panel sign-in</Link>
      </p>
    </main>
  );
}
