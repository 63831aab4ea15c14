'use client';

import type { ComponentType, FormEvent } from 'react';
import { GrantInviteFields, GrantRevokeFields } from '@/components/grants/bulk-fields';
import { Button } from '@/components/ui/button';
import type { JobKind } from '@/lib/jobs/kinds';
import { ContactFields, NameserverFields, type ParamFieldsProps, RenewFields } from './bulk-param-fields';

/**
 * Which registry kinds ask for parameters before the summary, and the fields they show; null: none (the menu entry
 * carries them). Typed over every kind, so a kind added to lib/jobs/kinds must be listed here.
 */
const PARAM_FIELDS: Record<JobKind, ComponentType<ParamFieldsProps> | null> = {
  lock: null,
  unlock: null,
  autorenew: null,
  privacy: null,
  renew: RenewFields,
  nameservers: NameserverFields,
  contacts: ContactFields,
  grantInvite: GrantInviteFields,
  grantRevoke: GrantRevokeFields,
  'zone-change': null,
  register: null,
  transfer: null,
};

export function needsParams(kind: JobKind): boolean {
  return PARAM_FIELDS[kind] !== null;
}

interface Props extends ParamFieldsProps {
  kind: JobKind;
  onSubmit: () => void;
  pending: boolean;
}

/** The parameters of a kind that has any; validated by the same zod schema the server uses. */
export function BulkParams({ kind, value, onChange, onSubmit, pending }: Props) {
  const Fields = PARAM_FIELDS[kind];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} className="space-y-3 text-sm">
      {Fields ? <Fields value={value} onChange={onChange} /> : null}
      <Button type="submit" disabled={pending}>
        {pending ? 'Checking…' : 'Review'}
      </Button>
    </form>
  );
}
