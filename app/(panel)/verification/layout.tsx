import type { ReactNode } from 'react';
import { SectionNav } from '@/components/verification/section-nav';
import { requireRole } from '@/lib/auth';

/** The whois verification workspace: the e-mail list, changes of registrant, keys. Each page checks the role again. */
export default async function VerificationLayout({ children }: { children: ReactNode }) {
  await requireRole('verification');
  return (
    <div className="max-w-6xl space-y-4">
      <div className="space-y-1">
        <h1 className="text-lg font-semibold">Whois verification</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          ICANN requires the owner e-mail of new, transferred and changed gTLD domains to be confirmed; domains whose owner does not confirm by
          the deadline may be deactivated.
        </p>
      </div>
      <SectionNav />
      {children}
    </div>
  );
}
