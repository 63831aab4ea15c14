'use client';

import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { DYNDNS_PASSWORD_KEPT, type DynDns } from '@/lib/zone';

interface Props {
  dyndns: DynDns | undefined;
  disabled: boolean;
  onApply: (next: DynDns) => void;
}

const input = 'rounded border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900';

/** `$dyndns=` user names and passwords "may not contain spaces or colon characters" (DMAPI documentation, dns-zone-put). */
const badCredential = (value: string) => /[\s:]/.test(value);

/**
 * `$dyndns` on or off, with its user and password, applied to the draft like any record edit. The password field
 * is always empty: the panel never has the saved password (it stays at Joker.com, see lib/zone dyndns.ts), so
 * leaving it empty keeps it, and typing one replaces it with the next save.
 */
export function DynDnsSettings({ dyndns, disabled, onApply }: Props) {
  const id = useId();
  const [enabled, setEnabled] = useState(dyndns?.enabled ?? false);
  const [user, setUser] = useState(dyndns?.user ?? '');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string>();
  const current = dyndns?.password ?? '';
  const hint =
    current === DYNDNS_PASSWORD_KEPT
      ? 'A password is set; leave this empty to keep it.'
      : current !== ''
        ? 'A new password is sent with the next save.'
        : 'No password is set yet.';
  const apply = (e: React.FormEvent) => {
    e.preventDefault();
    const name = user.trim();
    const next = password === '' ? current : password;
    if (badCredential(name) || badCredential(password)) return setProblem('The DynDNS user and password may not contain spaces or ":".');
    if (enabled && (name === '' || next === '')) return setProblem('DynDNS needs a user and a password.');
    setProblem(undefined);
    setPassword('');
    onApply({ enabled, user: name, password: next });
  };
  return (
    <form onSubmit={apply} aria-labelledby={`${id}-h`} className="space-y-2 rounded border border-zinc-200 p-3 dark:border-zinc-800">
      <h3 id={`${id}-h`} className="text-sm font-medium">
        DynDNS
      </h3>
      <div className="flex flex-wrap items-end gap-3 text-sm">
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={enabled} disabled={disabled} onChange={(e) => setEnabled(e.target.checked)} />
          DynDNS on (DYNA and DYNAAAA records are updated by a DynDNS client)
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium">DynDNS user</span>
          <input className={input} value={user} disabled={disabled} autoComplete="off" onChange={(e) => setUser(e.target.value)} />
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium">DynDNS password</span>
          <input className={input} type="password" value={password} disabled={disabled} autoComplete="new-password" aria-describedby={`${id}-hint`} onChange={(e) => setPassword(e.target.value)} />
          <span id={`${id}-hint`} className="text-xs text-zinc-500">
            {hint}
          </span>
        </label>
        <Button type="submit" size="sm" variant="secondary" disabled={disabled}>
          Apply DynDNS settings
        </Button>
      </div>
      {problem ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {problem}
        </p>
      ) : null}
    </form>
  );
}
