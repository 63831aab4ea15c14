'use client';

import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { FailureNotice } from '@/components/form';
import { Button } from '@/components/ui/button';
import { previewZoneChangeAction, startZoneChangeAction } from '@/app/(panel)/zones/actions';
import type { Permission } from '@/lib/auth/roles';
import type { Failure } from '@/lib/failure/types';
import { CAA_TAGS, type CaaTag, DEFAULT_TTL, RECORD_TYPES, type RecordType } from '@/lib/zone';
import type { ZonePreview } from '@/lib/zone/server/bulk';
import type { ZoneChangeInput } from '@/lib/schemas/zone';

const input = 'rounded border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900';

function Labeled({ label, children }: { label: string; children: (id: string) => React.ReactNode }) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1 text-sm">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {children(id)}
    </div>
  );
}

/**
 * One change across the selected zones (an SPF, DMARC or CAA record added or replaced, an IP swapped everywhere, a
 * record removed): previewed per zone first (each zone read once), then started as a bulk job that sends one
 * dns-zone-put per zone, and only to a zone still as previewed.
 */
export function BulkZoneChange({ domains, change }: { domains: string[]; change: Permission }) {
  const router = useRouter();
  const [op, setOp] = useState<'add' | 'swap-ip' | 'remove'>('add');
  const [label, setLabel] = useState('@');
  const [type, setType] = useState<RecordType>('TXT');
  const [value, setValue] = useState('');
  const [priority, setPriority] = useState(10);
  const [caaTag, setCaaTag] = useState<CaaTag>('issue');
  const [ttl, setTtl] = useState(DEFAULT_TTL);
  const [replace, setReplace] = useState<'none' | 'all' | 'prefix'>('prefix');
  const [prefix, setPrefix] = useState('v=spf1');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [preview, setPreview] = useState<{ change: ZoneChangeInput; zones: ZonePreview[] }>();
  const [failure, setFailure] = useState<Failure>();
  const [pending, setPending] = useState(false);
  const build = (): ZoneChangeInput => {
    if (op === 'swap-ip') return { op, from, to };
    if (op === 'remove') return { op, label, type, ...(prefix ? { prefix } : {}) };
    const record = { label, type, priority: type === 'MX' ? priority : 0, target: value, ttl, validFrom: 0, validTo: 0, params: [], ...(type === 'CAA' ? { caaTag } : {}) };
    return { op, record, replace, ...(replace === 'prefix' ? { prefix } : {}) };
  };
  const runPreview = async () => {
    setPending(true);
    setFailure(undefined);
    const c = build();
    const result = await previewZoneChangeAction({ change: c, domains });
    setPending(false);
    if (result.ok) setPreview({ change: c, zones: result.data.zones });
    else setFailure(result);
  };
  const start = async () => {
    if (!preview) return;
    setPending(true);
    const zones = preview.zones.filter((z) => z.status === 'change').map((z) => ({ domain: z.domain, version: z.version! }));
    const result = await startZoneChangeAction({ change: preview.change, zones });
    setPending(false);
    if (result.ok) router.push(`/jobs/${result.data.jobId}`);
    else setFailure(result);
  };
  const toSend = preview?.zones.filter((z) => z.status === 'change').length ?? 0;
  return (
    <section aria-labelledby="bulk-zone-h" className="space-y-3 rounded border border-zinc-200 p-3 dark:border-zinc-800">
      <h2 id="bulk-zone-h" className="font-medium">
        Change the selected zones ({domains.length})
      </h2>
      <div className="flex flex-wrap items-end gap-3">
        <Labeled label="Change">
          {(id) => (
            <select id={id} className={input} value={op} onChange={(e) => { setOp(e.target.value as typeof op); setPreview(undefined); }}>
              <option value="add">Add or replace a record</option>
              <option value="swap-ip">Swap an IP address everywhere</option>
              <option value="remove">Remove records</option>
            </select>
          )}
        </Labeled>
        {op === 'swap-ip' ? (
          <>
            <Labeled label="Old address">{(id) => <input id={id} className={input} value={from} onChange={(e) => setFrom(e.target.value)} />}</Labeled>
            <Labeled label="New address">{(id) => <input id={id} className={input} value={to} onChange={(e) => setTo(e.target.value)} />}</Labeled>
          </>
        ) : (
          <>
            <Labeled label="Name">{(id) => <input id={id} className={`${input} w-32`} value={label} onChange={(e) => setLabel(e.target.value)} />}</Labeled>
            <Labeled label="Type">
              {(id) => (
                <select id={id} className={input} value={type} onChange={(e) => setType(e.target.value as RecordType)}>
                  {RECORD_TYPES.filter((t) => t !== 'NS').map((t) => (
                    <option key={t}>{t}</option>
                  ))}
                </select>
              )}
            </Labeled>
            {op === 'add' ? (
              <>
                {type === 'MX' ? (
                  <Labeled label="Preference">{(id) => <input id={id} type="number" min={0} max={65535} className={`${input} w-24`} value={priority} onChange={(e) => setPriority(Number(e.target.value))} />}</Labeled>
                ) : null}
                {type === 'CAA' ? (
                  <Labeled label="Tag">
                    {(id) => (
                      <select id={id} className={input} value={caaTag} onChange={(e) => setCaaTag(e.target.value as CaaTag)}>
                        {CAA_TAGS.map((t) => (
                          <option key={t}>{t}</option>
                        ))}
                      </select>
                    )}
                  </Labeled>
                ) : null}
                <Labeled label="Value">{(id) => <input id={id} className={`${input} w-80 max-w-full`} value={value} onChange={(e) => setValue(e.target.value)} />}</Labeled>
                <Labeled label="TTL">{(id) => <input id={id} type="number" className={`${input} w-24`} value={ttl} onChange={(e) => setTtl(Number(e.target.value))} />}</Labeled>
                <Labeled label="Existing records of that name and type">
                  {(id) => (
                    <select id={id} className={input} value={replace} onChange={(e) => setReplace(e.target.value as typeof replace)}>
                      <option value="prefix">Replace those whose value starts with…</option>
                      <option value="all">Replace all of them</option>
                      <option value="none">Keep them (add beside)</option>
                    </select>
                  )}
                </Labeled>
              </>
            ) : null}
            {op === 'remove' || replace === 'prefix' ? (
              <Labeled label="Value starts with">{(id) => <input id={id} className={`${input} w-32`} value={prefix} onChange={(e) => setPrefix(e.target.value)} />}</Labeled>
            ) : null}
          </>
        )}
      </div>
      {!change.allowed ? <p className="text-sm text-zinc-500">{change.reason}</p> : null}
      <Button disabled={!change.allowed || pending || domains.length === 0} onClick={() => void runPreview()}>
        {pending && !preview ? 'Reading the zones…' : 'Preview the change'}
      </Button>
      {failure ? <FailureNotice failure={failure} /> : null}
      {preview ? (
        <div className="space-y-2">
          <ul aria-label="Preview per zone" className="space-y-1 text-sm">
            {preview.zones.map((z) => (
              <li key={z.domain}>
                <span className="font-medium">{z.domain}</span>: {z.status === 'change' ? 'will change' : z.status === 'same' ? 'already as asked' : 'refused'}
                {z.message ? ` — ${z.message}` : ''}
                <ul className="pl-4 font-mono text-xs">
                  {z.lines.map((l) => (
                    <li key={`${l.kind}${l.text}`}>
                      {l.kind === 'added' ? '+ ' : l.kind === 'removed' ? '− ' : `~ ${l.before} → `}
                      {l.text}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          <Button disabled={pending || toSend === 0} onClick={() => void start()}>
            Change {toSend} {toSend === 1 ? 'zone' : 'zones'}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
