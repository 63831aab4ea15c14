import type { PanelSession } from '@/lib/auth';
import { permission } from '@/lib/auth/roles';
import { listContactDefaults } from '@/lib/contacts/defaults';
import { ContactDefaultsForm, type DefaultsRow } from './contact-defaults-form';

/**
 * Settings → Contact defaults: per TLD the owner, admin, tech and billing handles that register, transfer and the
 * bulk contact replacement start from. Panel data (one row per TLD of the account), checked at Joker when saved.
 */
export async function ContactDefaultsSection({ session }: { session: PanelSession }) {
  const rows = await listContactDefaults(session.uid);
  const data: DefaultsRow[] = rows.map((r) => ({
    tld: r.tld, owner: r.owner ?? '', admin: r.admin ?? '', tech: r.tech ?? '', billing: r.billing ?? '',
    updatedBy: r.updatedBy, updatedAt: r.updatedAt.toISOString(),
  }));
  return (
    <section aria-labelledby="contact-defaults-heading" className="space-y-3">
      <h2 id="contact-defaults-heading" className="text-base font-semibold">
        Contact defaults
      </h2>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        The handles a new registration or transfer of a TLD starts with, and what the bulk contact replacement offers.
        Each handle must exist and be usable for the TLD; the panel checks that with Joker.com when you save.
      </p>
      <ContactDefaultsForm
        rows={data}
        tlds={session.tlds}
        change={permission(session, 'contacts', 'change')}
      />
    </section>
  );
}
