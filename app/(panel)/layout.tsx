import type { ReactNode } from 'react';
import { signOutAction } from '@/app/(auth)/actions';
import { HeaderBalance } from '@/components/layout/header-balance';
import { allowedNavHrefs } from '@/components/layout/nav-filter';
import { PanelShell } from '@/components/layout/panel-shell';
import { UserMenu } from '@/components/layout/user-menu';
import { requireSession } from '@/lib/auth';
import { can, ROLE_LABELS } from '@/lib/auth/roles';
import { env } from '@/lib/env';
import { headerBalance, headerPending } from '@/lib/account/header';
import { HydrateClient, prefetch } from '@/lib/query/server';
import { queryKeys } from '@/lib/query-keys';

export const dynamic = 'force-dynamic';

/**
 * Every panel page needs a session; without one the user goes to sign-in with the reason. Pages check again
 * themselves (requireSession/requireRole): a layout is not re-rendered on every navigation.
 */
export default async function PanelLayout({ children }: { children: ReactNode }) {
  const session = await requireSession();
  const navAllowed = allowedNavHrefs(session);
  // The header's balance and the navigation's pending count start with the page and stay live in the browser.
  const showBalance = session.role !== 'customer' && can(session, 'overview', 'view');
  if (showBalance) prefetch({ queryKey: queryKeys.balance(), queryFn: () => headerBalance(session) });
  if (navAllowed.includes('/results')) prefetch({ queryKey: queryKeys.pendingResults(), queryFn: () => headerPending(session) });
  return (
    <HydrateClient>
      <PanelShell
        environment={env.ENVIRONMENT}
        navAllowed={navAllowed}
        headerSlot={
          <>
            {showBalance ? <HeaderBalance /> : null}
            <UserMenu
              userLogin={session.userLogin}
              actorName={session.actorName}
              roleLabel={ROLE_LABELS[session.role]}
              userAccess={session.userAccess}
              showBalance={showBalance}
              signOut={signOutAction}
              hasJobs={can(session, 'domains', 'view')}
            />
          </>
        }
      >
        {children}
      </PanelShell>
    </HydrateClient>
  );
}
