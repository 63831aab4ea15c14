'use client';

import { useFormContext } from 'react-hook-form';
import { CheckboxField, SelectField, TextAreaField } from '@/components/form';
import { JOKER_NAMESERVERS } from '@/lib/lifecycle/nameservers';

const YEARS = Array.from({ length: 10 }, (_, i) => ({ value: String(i + 1), label: `${i + 1} year${i ? 's' : ''}` }));

/** Period, name servers (Joker's or your own), privacy and autorenew: shared by register and transfer forms. */
export function OrderOptions({ withYears = true, privacyOffered = true }: { withYears?: boolean; privacyOffered?: boolean }) {
  const nsMode = useFormContext().watch('nsMode');
  return (
    <div className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-3">
        {withYears ? <SelectField name="years" label="Period" options={YEARS} /> : null}
        <SelectField
          name="privacy"
          label="Whois privacy"
          options={privacyOffered ? [{ value: 'none', label: 'None' }, { value: 'basic', label: 'Basic' }, { value: 'pro', label: 'Pro' }] : [{ value: 'none', label: 'Not offered for this TLD' }]}
        />
        <SelectField name="nsMode" label="Name servers" options={[{ value: 'joker', label: "Joker.com's" }, { value: 'own', label: 'My own' }]} />
      </div>
      {nsMode === 'own' ? (
        <TextAreaField name="nsText" label="Your name servers, one per line" rows={3} spellCheck={false} hint="A name server inside the new domain needs a glue host: create it under Hosts after registering." />
      ) : (
        <p className="text-xs text-zinc-500">{JOKER_NAMESERVERS.join(', ')}</p>
      )}
      <CheckboxField name="autorenew" label="Renew automatically before expiry" />
    </div>
  );
}
