import 'server-only';
import Link from '@/components/ui/link';
import { FactList, type Fact } from '@/components/domains/fact-list';
import { FailureNotice } from '@/components/form/failure-notice';
import { withDmapi } from '@/lib/auth';
import type { Permission } from '@/lib/auth/roles';
import { contactTldFromFields } from '@/lib/contacts/changes';
import { countryName } from '@/lib/contacts/countries';
import { queryContact, type StoredContact } from '@/lib/dmapi';
import { DmapiError } from '@/lib/dmapi/errors';
import { describeFailure } from '@/lib/failure';
import { formatDateTime } from '@/lib/format';
import { ContactForm } from './contact-form';
import { DeleteContact } from './delete-contact';
import { RulesPicker } from './rules-picker';

export interface ContactDetailsProps {
  handle: string;
  /** The TLD whose rules to apply, when the URL says; otherwise read off the contact's own fields. */
  tld?: string;
  tlds: readonly string[];
  change: Permission;
}

/** query-whois for the contact, its facts, the modify form under the rules of its TLD, and delete. */
export async function ContactDetails({ handle, tld, tlds, change }: ContactDetailsProps) {
  let contact: StoredContact;
  try {
    contact = await withDmapi((client) => queryContact(client, { handle }));
  } catch (error) {
    if (error instanceof DmapiError && error.statusCode === 2303) {
      return (
        <p className="text-sm">
          Joker.com has no contact {handle} in this account. <Link href="/contacts" className="underline">Back to the contacts</Link>
        </p>
      );
    }
    const failure = describeFailure(error);
    if (!failure) throw error;
    return <FailureNotice failure={failure} />;
  }
  const f = contact.fields;
  const rulesTld = tld ?? contactTldFromFields(f) ?? 'com';
  const facts: Fact[] = [
    ['Handle', contact.handle],
    ['Name', f.name ?? ([f.fname, f.lname].filter(Boolean).join(' ') || '—')],
    ['Organisation', f.organization ?? '—'],
    ['E-mail', f.email ?? '—'],
    ['Country', f.country ? `${countryName(f.country)} (${f.country})` : '—'],
    ['Created', contact.created ? formatDateTime(contact.created) : '—'],
    ['Last modified', contact.modified ? formatDateTime(contact.modified) : '—'],
  ];
  return (
    <div className="space-y-6">
      <FactList facts={facts} label="What Joker.com holds" />
      <section aria-labelledby="modify-heading" className="space-y-3">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="modify-heading" className="text-base font-semibold">
            Modify
          </h2>
          <RulesPicker current={rulesTld} tlds={tlds} />
        </div>
        {change.allowed ? (
          <ContactForm mode="modify" tld={rulesTld} handle={contact.handle} stored={f} />
        ) : (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">{change.reason}</p>
        )}
      </section>
      <section aria-labelledby="delete-heading" className="space-y-2">
        <h2 id="delete-heading" className="text-base font-semibold">
          Delete
        </h2>
        <DeleteContact handle={contact.handle} permission={change} />
      </section>
    </div>
  );
}
