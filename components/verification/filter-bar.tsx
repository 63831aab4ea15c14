import Link from '@/components/ui/link';
import { Button } from '@/components/ui/button';
import { formatCount } from '@/lib/format';
import { type EntryState, type ListFilters, STATES } from '@/lib/schemas/verification';
import { STATE_NAMES } from './state-badge';

const SELECT = 'rounded border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900';
const WITHIN = [1, 2, 3, 7, 14, 30];

function Field({ id, label, children }: { id: string; label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {children}
    </div>
  );
}

/**
 * The list's filters as a plain GET form: they live in the URL (shareable, back button), and work without
 * JavaScript. The server applies them in the database.
 */
export function FilterBar({ filters, tlds, counts }: { filters: ListFilters; tlds: string[]; counts: Record<EntryState, number> }) {
  return (
    <form method="get" action="/verification" aria-label="Filter the verifications" className="flex flex-wrap items-end gap-3">
      <Field id="vf-state" label="Status">
        <select id="vf-state" name="state" defaultValue={filters.state} className={SELECT}>
          {STATES.map((s) => (
            <option key={s} value={s}>
              {STATE_NAMES[s]} ({formatCount(counts[s])})
            </option>
          ))}
          <option value="all">All</option>
        </select>
      </Field>
      <Field id="vf-within" label="Deadline within">
        <select id="vf-within" name="within" defaultValue={filters.within === undefined ? '' : String(filters.within)} className={SELECT}>
          <option value="">any time</option>
          {WITHIN.map((d) => (
            <option key={d} value={d}>
              {d} {d === 1 ? 'day' : 'days'}
            </option>
          ))}
        </select>
      </Field>
      <Field id="vf-tld" label="TLD">
        <select id="vf-tld" name="tld" defaultValue={filters.tld ?? ''} className={SELECT}>
          <option value="">all</option>
          {[...new Set([...tlds, ...(filters.tld ? [filters.tld] : [])])].map((t) => (
            <option key={t} value={t}>
              .{t}
            </option>
          ))}
        </select>
      </Field>
      <Field id="vf-q" label="E-mail or domain">
        <input id="vf-q" name="q" type="search" defaultValue={filters.q ?? ''} placeholder="part of an address or name" className={`${SELECT} w-56`} />
      </Field>
      <Field id="vf-size" label="Rows per page">
        <select id="vf-size" name="size" defaultValue={String(filters.size)} className={SELECT}>
          {[25, 50, 100].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </Field>
      <Button type="submit" variant="secondary">
        Apply
      </Button>
      <Link href="/verification" className="py-1.5 text-sm text-sky-700 hover:underline dark:text-sky-400">
        Clear filters
      </Link>
    </form>
  );
}
