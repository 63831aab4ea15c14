import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth';
import { can } from '@/lib/auth/roles';
import { AuditSection, parseAuditFilters } from './audit-section';
import { ContactDefaultsSection } from './contact-defaults-section';
import { PublicPagesSection } from './public-pages-section';
import { TeamSection } from './team-section';

export const metadata: Metadata = { title: 'Settings' };
export const dynamic = 'force-dynamic';

/** Team (owner only) and the audit log (owner: everyone's; staff: their own). */
export default async function SettingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireRole('audit');
  const filters = parseAuditFilters(await searchParams);
  return (
    <div className="max-w-5xl space-y-8">
      <h1 className="text-lg font-semibold">Settings</h1>
      {can(session, 'team', 'view') ? <TeamSection session={session} /> : null}
      {can(session, 'contacts', 'view') ? <ContactDefaultsSection session={session} /> : null}
      {can(session, 'team', 'change') ? <PublicPagesSection /> : null}
      <AuditSection session={session} filters={filters} />
    </div>
  );
}
