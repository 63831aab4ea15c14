'use client';

import { type BulkContactRole, CONTACT_ROLES } from '@/lib/jobs/kinds';

/** The parameter fields of the bulk kinds that have any; validated by the kind's zod schema (lib/jobs/kinds). */
export interface ParamFieldsProps {
  value: Record<string, unknown>;
  onChange: (next: Record<string, unknown>) => void;
}

export const INPUT = 'w-full rounded border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900';
const thisYear = new Date().getUTCFullYear();

export function RenewFields({ value, onChange }: ParamFieldsProps) {
  const kind = 'renew';
  return (
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
  );
}

export function NameserverFields({ value, onChange }: ParamFieldsProps) {
  return (
    <label className="block space-y-1">
      <span className="font-medium">Name servers (one per line; they replace the current ones)</span>
      <textarea
        className={INPUT}
        rows={4}
        value={Array.isArray(value.ns) ? (value.ns as string[]).join('\n') : ''}
        onChange={(e) => onChange({ kind: 'nameservers', ns: e.target.value.split(/[\s,]+/).filter(Boolean) })}
      />
    </label>
  );
}

/**
 * Per role: a handle typed here, or "TLD default" (each domain gets its TLD's default from Settings, looked up by the
 * server when it plans the job; a TLD without one is skipped with the reason in the summary).
 */
export function ContactFields({ value, onChange }: ParamFieldsProps) {
  const text = (name: string) => (typeof value[name] === 'string' ? (value[name] as string) : '');
  const fromDefaults = Array.isArray(value.fromDefaults) ? (value.fromDefaults as BulkContactRole[]) : [];
  const all = CONTACT_ROLES.every(([name]) => fromDefaults.includes(name));
  const setDefaults = (roles: BulkContactRole[]) => {
    const next: Record<string, unknown> = { ...value, kind: 'contacts', fromDefaults: roles.length > 0 ? roles : undefined };
    for (const role of roles) delete next[role];
    onChange(next);
  };
  return (
    <div className="space-y-2">
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={all} onChange={(e) => setDefaults(e.target.checked ? CONTACT_ROLES.map(([name]) => name) : [])} />
        Use each domain’s TLD defaults from Settings (all roles)
      </label>
      <div className="grid grid-cols-3 gap-2">
        {CONTACT_ROLES.map(([name, field]) => {
          const fromDefault = fromDefaults.includes(name);
          return (
            <div key={name} className="space-y-1">
              <label className="block space-y-1">
                <span className="font-medium">{field}</span>
                <input
                  className={INPUT}
                  value={fromDefault ? '' : text(name)}
                  placeholder={fromDefault ? 'TLD default' : 'unchanged'}
                  disabled={fromDefault}
                  onChange={(e) => onChange({ ...value, kind: 'contacts', [name]: e.target.value.trim() || undefined })}
                />
              </label>
              <label className="flex items-center gap-1 text-xs">
                <input
                  type="checkbox"
                  checked={fromDefault}
                  aria-label={`${field}: each domain’s TLD default`}
                  onChange={(e) => setDefaults(e.target.checked ? [...fromDefaults, name] : fromDefaults.filter((r) => r !== name))}
                />
                TLD default
              </label>
            </div>
          );
        })}
      </div>
      <p className="text-xs text-zinc-500">
        Domains whose TLD needs a handle of another prefix, or has no default in Settings for a role taken from defaults, are skipped with the reason.
      </p>
    </div>
  );
}
