import type { ReactNode } from 'react';
import { signOutAction } from '@/app/(auth)/actions';
import { allowedNavHrefs } from '@/components/layout/nav-filter';
import { PanelShell } from '@/components/layout/panel-shell';
import { UserMenu } from '@/components/layout/user-menu';
import { requireSession } from '@/lib/auth';
import { can, ROLE_LABELS } from '@/lib/auth/roles';
import { env } from '@/lib/env';

export const dynamic = 'force-dynamic';

function money(amount: number, currency: string): string | null {
  if (!currency) return null;
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency}`;
  }
}

/**
 * Every panel page needs a session; without one the user goes to sign-in with the reason. Pages check again
 * themselves (requireSession/requireRole): a layout is not re-rendered on every navigation.
 */
export default async function PanelLayout({ children }: { children: ReactNode }) {
  const session = await requireSession();
  return (
    <PanelShell
      environment={env.ENVIRONMENT}
      navAllowed={allowedNavHrefs(session)}
      headerSlot={
        <UserMenu
          userLogin={session.userLogin}
          actorName={session.actorName}
          roleLabel={ROLE_LABELS[session.role]}
          userAccess={session.userAccess}
          balance={session.role === 'customer' ? null : money(session.account.balance, session.currency)}
          signOut={signOutAction}
          hasJobs={can(session, 'domains', 'view')}
        />
      }
    >
      {children}
    </PanelShell>
  );
}
