import type { JobItemView } from '@/lib/jobs/queries';
import { DomainLink } from '@/components/domains/domain-link';
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
      <div className="overflow-x-auto">
        <table className="w-full min-w-[32rem] text-sm">
          <thead className="text-left text-xs text-zinc-500">
            <tr>
              <th className="py-1">Domain</th>
              <th>State</th>
              <th>Outcome</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} className="border-t border-zinc-100 dark:border-zinc-800">
                <td className="py-1 font-mono text-xs">{item.isPattern ? `pattern ${item.domain}` : <DomainLink domain={item.domain} />}</td>
                <td className={cn('text-xs', TONE[item.state])}>{item.state}</td>
                <td className="text-xs">{outcome(item)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {items.length >= 500 ? <p className="text-xs text-zinc-500">Showing the first 500; pick a state to narrow.</p> : null}
    </section>
  );
}
