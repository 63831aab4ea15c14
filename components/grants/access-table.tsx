'use client';

import Papa from 'papaparse';
import { useRouter } from 'next/navigation';
import { useMemo, useState, useTransition } from 'react';
import { startBulkJobAction } from '@/app/(panel)/domains/actions';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormError } from '@/components/ui/field-error';
import type { Permission } from '@/lib/auth/roles';
import { formatDate, plural } from '@/lib/format';
import type { GrantEntry } from '@/lib/grants/view';
import { GRANT_ROLES } from '@/lib/schemas/grants';
import { GrantsTable } from './grants-table';

const SELECT = 'rounded border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900';

/** The filtered rows as CSV (papaparse; cells that look like formulas are escaped). */
function accessCsv(rows: readonly GrantEntry[]): string {
  return Papa.unparse(
    {
      fields: ['person', 'login', 'user_id', 'domain', 'domain_unicode', 'role', 'state', 'nick_name', 'since', 'panel_invitation'],
      data: rows.map((e) => [
        e.person,
        e.login ?? '',
        e.uid ?? '',
        e.domain,
        e.display,
        e.role.replace(/^@/, ''),
        e.type === 'grant' ? 'active' : 'pending',
        e.nickName ?? '',
        e.since ? formatDate(e.since) : '',
        e.panel ? 'yes' : 'no',
      ]),
    },
    { escapeFormulae: true, newline: '\n' },
  );
}

function download(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

interface Props {
  entries: readonly GrantEntry[];
  initialPerson: string;
  /** permission(grants, change): revoke one row. */
  change: Permission;
  /** permission(domains, change): start the bulk revoke of one person. */
  bulk: Permission;
}

/** Every grant and invitation of the portfolio, filtered by person, role and state; revoke, CSV, revoke a person everywhere. */
export function AccessTable({ entries, initialPerson, change, bulk }: Props) {
  const router = useRouter();
  const people = useMemo(() => [...new Set(entries.map((e) => e.person).filter(Boolean))].sort(), [entries]);
  const [person, setPerson] = useState(people.includes(initialPerson.toLowerCase()) ? initialPerson.toLowerCase() : '');
  const [role, setRole] = useState('');
  const [state, setState] = useState('');
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const rows = useMemo(
    () =>
      entries.filter(
        (e) => (!person || e.person === person) && (!role || e.role === role) && (!state || (state === 'active') === (e.type === 'grant')),
      ),
    [entries, person, role, state],
  );
  const theirDomains = useMemo(() => [...new Set(entries.filter((e) => e.person === person).map((e) => e.domain))], [entries, person]);

  const revokeEverywhere = () =>
    startTransition(async () => {
      setError(undefined);
      const result = await startBulkJobAction({ action: { kind: 'grantRevoke', person }, selection: { mode: 'domains', domains: theirDomains } });
      if (result.ok) router.push(`/jobs/${result.data.jobId}`);
      else setError(result.error);
    });

  const toolbar = (
    <>
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium">Person</span>
        <select className={SELECT} value={person} onChange={(e) => setPerson(e.target.value)}>
          <option value="">Everyone ({people.length})</option>
          {people.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium">Role</span>
        <select className={SELECT} value={role} onChange={(e) => setRole(e.target.value)}>
          <option value="">Any</option>
          {GRANT_ROLES.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium">State</span>
        <select className={SELECT} value={state} onChange={(e) => setState(e.target.value)}>
          <option value="">Active and pending</option>
          <option value="active">Active grants</option>
          <option value="pending">Pending invitations</option>
        </select>
      </label>
      <Button variant="secondary" size="sm" className="ml-auto" disabled={rows.length === 0} onClick={() => download(accessCsv(rows), 'access.csv')}>
        Export CSV
      </Button>
    </>
  );

  return (
    <div className="space-y-3">
      {person ? (
        <div className="flex flex-wrap items-center gap-3 rounded border border-zinc-200 px-3 py-2 text-sm dark:border-zinc-800">
          <span>
            <strong>{person}</strong>: {plural(entries.filter((e) => e.person === person).length, 'role or invitation', 'roles and invitations')} on{' '}
            {plural(theirDomains.length, 'domain')}.
          </span>
          <ConfirmDialog
            trigger={
              <Button size="sm" variant="danger" disabled={!bulk.allowed || !change.allowed || pending} title={bulk.allowed ? undefined : bulk.reason}>
                {pending ? 'Starting…' : `Revoke everything of ${person}`}
              </Button>
            }
            title={`Revoke every role and invitation of ${person}?`}
            description={
              <p>
                A bulk job revokes their grants and withdraws their invitations on {plural(theirDomains.length, 'domain')}, one domain after the other, with the
                result per domain on the job page. Joker.com tells them by e-mail.
              </p>
            }
            confirmLabel="Revoke everything"
            onConfirm={revokeEverywhere}
          />
          {!bulk.allowed ? <span className="text-xs text-zinc-500">{bulk.reason}</span> : null}
        </div>
      ) : null}
      <FormError message={error} />
      <GrantsTable
        label="Access to your domains"
        entries={rows}
        change={change}
        withDomain
        toolbar={toolbar}
        empty={entries.length === 0 ? 'Nobody holds a role on any of your domains, and nobody is invited.' : 'Nothing matches these filters.'}
      />
    </div>
  );
}
