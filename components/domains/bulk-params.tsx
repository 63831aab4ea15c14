'use client';

import type { FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import type { JobKind } from '@/lib/jobs/kinds';

export function needsParams(kind: JobKind): boolean {
  return kind === 'renew' || kind === 'nameservers' || kind === 'contacts';
}

const INPUT = 'w-full rounded border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900';
const thisYear = new Date().getUTCFullYear();

interface Props {
  kind: JobKind;
  value: Record<string, unknown>;
  onChange: (next: Record<string, unknown>) => void;
  onSubmit: () => void;
  pending: boolean;
}

/** The parameters of renew, name servers and contacts; validated by the same zod schema the server uses. */
export function BulkParams({ kind, value, onChange, onSubmit, pending }: Props) {
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  const text = (name: string) => (typeof value[name] === 'string' ? (value[name] as string) : '');
  return (
    <form onSubmit={submit} className="space-y-3 text-sm">
      {kind === 'renew' ? (
        <fieldset className="space-y-2">
          <legend className="font-medium">Renew by</legend>
          <label className="flex items-center gap-2">
            <input type="radio" name="by" checked={value.expyear === undefined} onChange={() => onChange({ kind, period: 12 })} />
            Period
            <select
              aria-label="Renewal period"
              className={INPUT + ' w-32'}
              value={typeof value.period === 'number' ? value.period : 12}
              onChange={(e) => onChange({ kind, period: Number(e.target.value) })}
              disabled={value.expyear !== undefined}
            >
              {[1, 2, 3, 5, 10].map((y) => (
                <option key={y} value={y * 12}>
                  {y} year{y > 1 ? 's' : ''}
                </option>
              ))}
            </select>
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="by" checked={value.expyear !== undefined} onChange={() => onChange({ kind, expyear: thisYear + 1 })} />
            Until the year (safe against repeats)
            <input
              aria-label="Expiration year"
              type="number"
              className={INPUT + ' w-24'}
              min={thisYear}
              max={thisYear + 10}
              value={typeof value.expyear === 'number' ? value.expyear : ''}
              onChange={(e) => onChange({ kind, expyear: Number(e.target.value) })}
              disabled={value.expyear === undefined}
            />
          </label>
        </fieldset>
      ) : null}
      {kind === 'nameservers' ? (
        <label className="block space-y-1">
          <span className="font-medium">Name servers (one per line; they replace the current ones)</span>
          <textarea
            className={INPUT}
            rows={4}
            value={Array.isArray(value.ns) ? (value.ns as string[]).join('\n') : ''}
            onChange={(e) => onChange({ kind, ns: e.target.value.split(/[\s,]+/).filter(Boolean) })}
          />
        </label>
      ) : null}
      {kind === 'contacts' ? (
        <div className="grid grid-cols-3 gap-2">
          {(['adminC', 'techC', 'billingC'] as const).map((name) => (
            <label key={name} className="space-y-1">
              <span className="font-medium">{name.replace('C', '-c')}</span>
              <input className={INPUT} value={text(name)} placeholder="unchanged" onChange={(e) => onChange({ ...value, kind, [name]: e.target.value.trim() || undefined })} />
            </label>
          ))}
          <p className="col-span-3 text-xs text-zinc-500">Domains whose TLD needs a handle of another prefix are skipped with the reason.</p>
        </div>
      ) : null}
      <Button type="submit" disabled={pending}>
        {pending ? 'Checking…' : 'Review'}
      </Button>
    </form>
  );
}
