'use client';

import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { CAA_TAGS, DEFAULT_TTL, RECORD_TYPES, recordTypeInfo, validateRecord, type CaaTag, type RecordType, type ZoneRecord } from '@/lib/zone';

export const EMPTY_RECORD: ZoneRecord = { label: '@', type: 'A', priority: 0, target: '', ttl: DEFAULT_TTL, validFrom: 0, validTo: 0, params: [] };

const input = 'rounded border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900';

function Field({ label, children, hint }: { label: string; children: (id: string) => React.ReactNode; hint?: string }) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1 text-sm">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {children(id)}
      {hint ? <span className="text-xs text-zinc-500">{hint}</span> : null}
    </div>
  );
}

/**
 * One record's form, its fields by type (lib/zone recordTypeInfo): priority and weight only where the type has
 * them, the CAA tag, the extra parameters of NAPTR, FRAME and MAILFW. Checked by dns-zone-put's rules as typed.
 */
export function RecordForm({ initial, onSubmit, onCancel, submitLabel }: { initial: ZoneRecord; onSubmit: (r: ZoneRecord) => void; onCancel: () => void; submitLabel: string }) {
  const [r, setR] = useState<ZoneRecord>(initial);
  const [tried, setTried] = useState(false);
  const info = recordTypeInfo(r.type);
  const problems = validateRecord(r);
  const set = (patch: Partial<ZoneRecord>) => setR((old) => ({ ...old, ...patch }));
  const setType = (type: RecordType) => {
    const next = recordTypeInfo(type);
    setR((old) => ({
      ...old,
      type,
      priority: next.pri === 'zero' ? 0 : old.priority,
      weight: next.pri === 'priority/weight' || next.pri === 'order/preference' ? (old.weight ?? 0) : undefined,
      caaTag: type === 'CAA' ? (old.caaTag ?? 'issue') : undefined,
      params: next.params.map((_, i) => old.params[i] ?? (type === 'MAILFW' ? '0' : '')),
    }));
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (problems.length === 0) onSubmit({ ...r, label: r.label.trim(), target: r.target.trim() });
  };
  return (
    <form onSubmit={submit} aria-label={submitLabel} className="space-y-2 rounded border border-zinc-200 p-3 dark:border-zinc-800">
      <div className="flex flex-wrap items-end gap-3">
        <Field label="Type">
          {(id) => (
            <select id={id} className={input} value={r.type} onChange={(e) => setType(e.target.value as RecordType)}>
              {RECORD_TYPES.map((t) => (
                <option key={t} value={t}>
                  {t} — {recordTypeInfo(t).label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={r.type === 'MAILFW' ? 'Mailbox' : 'Name'} hint="@ for the zone itself">
          {(id) => <input id={id} className={input} value={r.label} onChange={(e) => set({ label: e.target.value })} />}
        </Field>
        {info.pri !== 'zero' ? (
          <Field label={info.pri === 'preference' ? 'Preference' : info.pri === 'priority/weight' ? 'Priority' : 'Order'}>
            {(id) => <input id={id} type="number" min={0} className={`${input} w-24`} value={r.priority} onChange={(e) => set({ priority: Number(e.target.value) })} />}
          </Field>
        ) : null}
        {info.pri === 'priority/weight' || info.pri === 'order/preference' ? (
          <Field label={info.pri === 'priority/weight' ? 'Weight' : 'Preference'}>
            {(id) => <input id={id} type="number" min={0} className={`${input} w-24`} value={r.weight ?? 0} onChange={(e) => set({ weight: Number(e.target.value) })} />}
          </Field>
        ) : null}
        {r.type === 'CAA' ? (
          <Field label="Tag">
            {(id) => (
              <select id={id} className={input} value={r.caaTag ?? 'issue'} onChange={(e) => set({ caaTag: e.target.value as CaaTag })}>
                {CAA_TAGS.map((t) => (
                  <option key={t}>{t}</option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        <Field label="Value" hint={`e.g. ${info.target}`}>
          {(id) => <input id={id} className={`${input} w-80 max-w-full`} value={r.target} onChange={(e) => set({ target: e.target.value })} />}
        </Field>
        <Field label="TTL (seconds)" hint={info.ttlIgnored ? 'Joker.com uses 60 for this type' : undefined}>
          {(id) => <input id={id} type="number" min={0} className={`${input} w-28`} value={r.ttl} onChange={(e) => set({ ttl: Number(e.target.value) })} />}
        </Field>
        {info.params.map((name, i) => (
          <Field key={name} label={name[0]!.toUpperCase() + name.slice(1)}>
            {(id) => (
              <input
                id={id}
                className={input}
                value={r.params[i] ?? ''}
                onChange={(e) => set({ params: info.params.map((_, j) => (j === i ? e.target.value : (r.params[j] ?? ''))) })}
              />
            )}
          </Field>
        ))}
      </div>
      {tried && problems.length > 0 ? (
        <ul role="alert" className="list-disc pl-5 text-sm text-red-700 dark:text-red-400">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" size="sm">
          {submitLabel}
        </Button>
        <Button type="button" size="sm" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
