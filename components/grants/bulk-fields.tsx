'use client';

import { useId } from 'react';
import { INPUT, type ParamFieldsProps } from '@/components/domains/bulk-param-fields';
import { GRANT_ROLES, ROLE_INFO, roleSentence } from '@/lib/schemas/grants';

const text = (value: Record<string, unknown>, name: string) => (typeof value[name] === 'string' ? (value[name] as string) : '');

/** Bulk invite: one address, one role, one invitation mail per domain. @creator is not offered in bulk. */
export function GrantInviteFields({ value, onChange }: ParamFieldsProps) {
  const id = useId();
  const role = text(value, 'role') || '@tech';
  const set = (name: string, v: string) => onChange({ kind: 'grantInvite', role, ...value, [name]: v.trim() === '' && name === 'nickName' ? undefined : v });
  return (
    <div className="space-y-3">
      <label className="block space-y-1">
        <span className="font-medium">E-mail address to invite</span>
        <input className={INPUT} type="email" autoComplete="off" value={text(value, 'email')} onChange={(e) => set('email', e.target.value.trim())} />
      </label>
      <label className="block space-y-1">
        <span className="font-medium">Role</span>
        <select className={INPUT} value={role} aria-describedby={`${id}-role`} onChange={(e) => set('role', e.target.value)}>
          {GRANT_ROLES.filter((r) => r !== '@creator').map((r) => (
            <option key={r} value={r}>
              {r} ({ROLE_INFO[r].label})
            </option>
          ))}
        </select>
        <span id={`${id}-role`} className="block text-xs text-zinc-500">
          {roleSentence(role as '@tech')}. Handing domains over (@creator) is done one domain at a time, on its page.
        </span>
      </label>
      <label className="block space-y-1">
        <span className="font-medium">
          Nick-name <span className="text-xs font-normal text-zinc-500">optional, defaults to the e-mail address</span>
        </span>
        <input className={INPUT} value={text(value, 'nickName')} onChange={(e) => set('nickName', e.target.value)} />
      </label>
      <p className="text-xs text-zinc-500">Joker.com mails one invitation per domain; each also gets a panel link of its own (see the domain’s Grants).</p>
    </div>
  );
}

/** Bulk revoke: every grant and invitation of one person on the selected domains. */
export function GrantRevokeFields({ value, onChange }: ParamFieldsProps) {
  return (
    <label className="block space-y-1">
      <span className="font-medium">E-mail address or Joker.com login of the person</span>
      <input className={INPUT} autoComplete="off" value={text(value, 'person')} onChange={(e) => onChange({ kind: 'grantRevoke', person: e.target.value.trim() })} />
      <span className="block text-xs text-zinc-500">Their grants are revoked and their pending invitations withdrawn on every selected domain.</span>
    </label>
  );
}
