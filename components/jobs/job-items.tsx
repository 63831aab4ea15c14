'use client';

import { type ColumnDef, DataTable } from '@/components/data-table';
import { DomainLink } from '@/components/domains/domain-link';
import type { JobItemView } from '@/lib/jobs/queries';
import { cn } from '@/lib/utils/cn';

const TONE: Record<string, string> = {
  done: 'text-emerald-700 dark:text-emerald-400',
  failed: 'text-rose-700 dark:text-rose-400',
  skipped: 'text-amber-700 dark:text-amber-400',
};

function outcome(item: JobItemView): string {
  if (item.state === 'skipped') return item.skipReason ?? 'Skipped';
  if (item.state === 'failed') return item.error ?? 'Failed';
  if (item.state === 'done') {
    if (!item.procId) return 'Done';
    if (item.result === 'ack') return `Done (Proc-ID ${item.procId}, ack)`;
    return `Accepted, Proc-ID ${item.procId} — waiting for the result`;
  }
  return item.state === 'pending' ? 'Waiting' : 'Sending…';
}

/** In the order the job sends them; sorting by state or outcome groups what needs attention. */
const columns: ColumnDef<JobItemView, unknown>[] = [
  {
    id: 'domain',
    header: 'Domain',
    accessorKey: 'domain',
    cell: ({ row }) => <span className="font-mono text-xs">{row.original.isPattern ? `pattern ${row.original.domain}` : <DomainLink domain={row.original.domain} />}</span>,
  },
  { id: 'state', header: 'State', accessorKey: 'state', cell: ({ row }) => <span className={cn('text-xs', TONE[row.original.state])}>{row.original.state}</span> },
  { id: 'outcome', header: 'Outcome', accessorFn: outcome, cell: ({ getValue }) => <span className="text-xs">{String(getValue())}</span> },
];

/** Per-item results (first 500 of the chosen state). */
export function JobItems({ items, state, onState }: { items: JobItemView[]; state: string; onState: (s: string) => void }) {
  return (
    <section aria-label="Items" className="space-y-2">
      <label className="flex items-center gap-2 text-sm">
        Show
        <select className="rounded border border-zinc-300 px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900" value={state} onChange={(e) => onState(e.target.value)}>
          <option value="">all items</option>
          <option value="done">done</option>
          <option value="failed">failed</option>
          <option value="skipped">skipped</option>
          <option value="pending">pending</option>
        </select>
      </label>
      <DataTable label="Job items" columns={columns} data={items} getRowId={(item) => String(item.id)} pageSize={500} empty="No items in this state." />
      {items.length >= 500 ? <p className="text-xs text-zinc-500">Showing the first 500; pick a state to narrow.</p> : null}
    </section>
  );
}
