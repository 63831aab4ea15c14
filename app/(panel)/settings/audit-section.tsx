import { format } from 'date-fns';
import { DomainLink } from '@/components/domains/domain-link';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { queryAudit, type AuditFilters } from '@/lib/actions/audit';
import type { PanelSession } from '@/lib/auth';
import { auditScope } from '@/lib/auth/roles';
import { getDb } from '@/lib/db';

type Params = Record<string, string | string[] | undefined>;

function text(value: string | string[] | undefined): string | undefined {
  const v = typeof value === 'string' ? value.trim() : undefined;
  return v ? v.slice(0, 200) : undefined;
}

function day(value: string | string[] | undefined, endOfDay = false): Date | undefined {
  const v = text(value);
  if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return undefined;
  const date = new Date(`${v}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return undefined;
  return endOfDay ? new Date(date.getTime() + 86_400_000) : date;
}

/** The audit filters from the URL, validated (anything else is ignored). */
export function parseAuditFilters(params: Params): AuditFilters & { raw: Record<string, string> } {
  const raw: Record<string, string> = {};
  for (const key of ['actor', 'request', 'object', 'from', 'to']) raw[key] = text(params[key]) ?? '';
  return { actor: text(params.actor), request: text(params.request), object: text(params.object), from: day(params.from), to: day(params.to, true), raw };
}

export async function AuditSection({ session, filters }: { session: PanelSession; filters: ReturnType<typeof parseAuditFilters> }) {
  const rows = await queryAudit(await getDb(), session, filters);
  const own = auditScope(session.role) === 'own';
  return (
    <section aria-labelledby="audit-heading" className="space-y-3">
      <h2 id="audit-heading" className="text-base font-semibold">
        Audit log
      </h2>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        {own ? 'Changes you made through the panel.' : 'Every change made through the panel on this account.'}
      </p>
      <form method="get" className="flex flex-wrap items-end gap-2" aria-label="Filter the audit log">
        {(
          [
            ['actor', 'User', 'text'],
            ['request', 'Request', 'text'],
            ['object', 'Object', 'text'],
            ['from', 'From', 'date'],
            ['to', 'To', 'date'],
          ] as const
        ).map(([name, label, type]) =>
          own && name === 'actor' ? null : (
            <div key={name}>
              <Label htmlFor={`audit-${name}`}>{label}</Label>
              <Input id={`audit-${name}`} name={name} type={type} defaultValue={filters.raw[name]} className="w-40" />
            </div>
          ),
        )}
        <Button type="submit" variant="secondary">
          Filter
        </Button>
      </form>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[48rem] text-sm">
          <caption className="sr-only">Audit log entries, newest first</caption>
          <thead>
            <tr className="border-b border-zinc-200 text-left dark:border-zinc-800">
              {['Time', 'User', 'Role', 'IP', 'Request', 'Object', 'Outcome', 'Tracking-Id / Proc-ID'].map((h) => (
                <th key={h} scope="col" className="py-2 pr-2">{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={8} className="py-3 text-zinc-500">No entries.</td>
              </tr>
            ) : (
              rows.map((r) => (
                <tr key={r.id} className="border-b border-zinc-100 align-top dark:border-zinc-800/60">
                  <td className="py-1.5 pr-2 whitespace-nowrap">{format(r.at, 'yyyy-MM-dd HH:mm:ss')}</td>
                  <td className="py-1.5 pr-2">{r.actorName}</td>
                  <td className="py-1.5 pr-2">{r.role}</td>
                  <td className="py-1.5 pr-2 font-mono text-xs">{r.ip ?? '—'}</td>
                  <td className="py-1.5 pr-2 font-mono text-xs">{r.request}</td>
                  <td className="py-1.5 pr-2">
                    {r.object && r.request.startsWith('domain-') ? <DomainLink domain={r.object} /> : (r.object ?? '—')}
                    {Object.keys(r.params).length > 0 ? (
                      <details className="text-xs">
                        <summary className="cursor-pointer text-zinc-500">Parameters</summary>
                        <pre className="mt-1 max-w-xs overflow-x-auto whitespace-pre-wrap font-mono">{JSON.stringify(r.params, null, 1)}</pre>
                      </details>
                    ) : null}
                  </td>
                  <td className="py-1.5 pr-2">
                    {r.outcome === 'ok' ? 'OK' : 'Failed'}
                    {r.statusCode !== null ? ` (${r.statusCode})` : ''}
                    {r.errors.length > 0 ? <span className="block text-xs text-rose-700 dark:text-rose-400">{r.errors.join('; ')}</span> : null}
                  </td>
                  <td className="py-1.5 pr-2 font-mono text-xs">{[r.trackingId, r.procId && `Proc-ID ${r.procId}`].filter(Boolean).join(' · ') || '—'}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
    </div>
    </section>
  );
}
