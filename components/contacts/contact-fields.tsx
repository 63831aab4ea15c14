'use client';

import { useFormContext, useWatch } from 'react-hook-form';
import { SelectField, TextField } from '@/components/form';
import { fieldRequiredNow, fieldShown, requirementHint } from '@/lib/contacts/conditions';
import { contactFieldsFor } from '@/lib/contacts/fields';
import { toDmapiPhone } from '@/lib/contacts/phone';
import type { ContactFieldSpec, ContactMode } from '@/lib/contacts/types';
import { CountryField } from './country-field';

export interface ContactFieldsProps {
  /** The TLD whose rules apply: its own fields appear, grouped and explained, under the generic ones. */
  tld: string;
  mode: ContactMode;
  /** Where the values live in the form (`fields`: `fields.address-1`, …). */
  prefix?: string;
}

const GROUPS: { key: ContactFieldSpec['group']; title: string; intro?: string }[] = [
  { key: 'person', title: 'Holder', intro: 'Who the contact is: a person, or an organisation with a person’s name.' },
  { key: 'address', title: 'Postal address' },
  { key: 'communication', title: 'E-mail and phone' },
  { key: 'registry', title: 'Registry' },
];

const INPUT_TYPE: Partial<Record<ContactFieldSpec['kind'], string>> = { email: 'email', tel: 'tel', date: 'date' };

function Field({ spec, path, mode, values }: { spec: ContactFieldSpec; path: string; mode: ContactMode; values: Record<string, string> }) {
  const { getValues, setValue } = useFormContext();
  const required = fieldRequiredNow(spec, values, mode);
  const hint = required ? 'required' : requirementHint(spec, mode);
  const readOnly = mode === 'modify' && spec.immutable === true;
  const description = readOnly ? `${spec.immutableReason ?? 'Cannot be changed after the contact is created.'}` : spec.help;
  const name = `${path}.${spec.name}`;
  if (spec.kind === 'country') {
    return <CountryField name={name} label={spec.label} hint={readOnly ? 'cannot be changed' : hint} description={description} readOnly={readOnly} />;
  }
  if (spec.kind === 'select' && !readOnly) {
    return <SelectField name={name} label={spec.label} hint={hint} description={description} options={spec.options ?? []} placeholder="— choose —" />;
  }
  const field = (
    <TextField
      name={name}
      label={spec.label}
      hint={readOnly ? 'cannot be changed' : hint}
      description={description}
      type={readOnly ? 'text' : (INPUT_TYPE[spec.kind] ?? 'text')}
      readOnly={readOnly}
      maxLength={spec.maxLength}
      autoComplete="off"
    />
  );
  if (spec.kind !== 'tel') return field;
  // Phone numbers are shown in the DMAPI's +CC.NUMBER form as soon as the field is left (before validation runs).
  return (
    <div
      onBlurCapture={() => {
        const value = String(getValues(name) ?? '');
        const country = String(getValues(`${path}.country`) ?? '');
        const tidy = toDmapiPhone(value, country || undefined);
        if (tidy && tidy !== value) setValue(name, tidy);
      }}
    >
      {field}
    </div>
  );
}

/**
 * The fields of one TLD's contact, grouped and explained: generic ones first, then the TLD's registry fields;
 * conditional fields appear while their condition holds (the .fi identity number only for a Finnish private person).
 * In a modify, fields that cannot change are read-only with the reason. Use inside <ActionForm>.
 */
export function ContactFields({ tld, mode, prefix = 'fields' }: ContactFieldsProps) {
  const watched = useWatch({ name: prefix }) as Record<string, string> | undefined;
  const values = Object.fromEntries(Object.entries(watched ?? {}).filter(([, v]) => typeof v === 'string' && v.trim() !== '')) as Record<string, string>;
  const specs = contactFieldsFor(tld).filter((spec) => fieldShown(spec, values));
  return (
    <div className="flex flex-col gap-4">
      {GROUPS.map((group) => {
        const inGroup = specs.filter((s) => s.group === group.key);
        if (inGroup.length === 0) return null;
        const title = group.key === 'registry' ? `Required or accepted by the .${tld} registry` : group.title;
        return (
          <fieldset key={group.key} className="rounded-md border border-zinc-200 p-3 dark:border-zinc-800">
            <legend className="px-1 text-sm font-semibold">{title}</legend>
            {group.intro ? <p className="mb-2 text-xs text-zinc-500">{group.intro}</p> : null}
            <div className="grid gap-3 sm:grid-cols-2">
              {inGroup.map((spec) => (
                <Field key={spec.name} spec={spec} path={prefix} mode={mode} values={values} />
              ))}
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
