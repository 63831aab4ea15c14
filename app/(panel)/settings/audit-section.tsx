import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { queryAudit, type AuditFilters } from '@/lib/actions/audit';
import type { PanelSession } from '@/lib/auth';
import { auditScope } from '@/lib/auth/roles';
import { getDb } from '@/lib/db';
import { AuditTable } from './audit-table';

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
      <AuditTable rows={rows} />
    </section>
  );
}
