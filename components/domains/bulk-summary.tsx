import type { BulkSummary } from '@/lib/jobs/summary';
import { formatCount, formatMoney } from '@/lib/format';

/** What will happen: requests sent, skips with their reasons, and for renewals the cost against the balance. */
export function BulkSummaryView({ summary }: { summary: BulkSummary }) {
  return (
    <section aria-label="Summary" className="space-y-3 text-sm">
      <p>
        <strong>{summary.title}</strong>: {formatCount(summary.send)} of {formatCount(summary.selected)} domains
        {summary.pattern ? (
          <> in one request (domain-set-property with the pattern <code>{summary.pattern}</code>)</>
        ) : (
          <>, one request each</>
        )}
        .
      </p>
      {summary.cost ? (
        <dl className="grid grid-cols-2 gap-x-4 gap-y-1 rounded border border-zinc-200 p-3 dark:border-zinc-700">
          <dt>Total price</dt>
          <dd className="tabular-nums" data-testid="bulk-total">{formatMoney(summary.cost.total, summary.cost.currency)}</dd>
          <dt>Balance after</dt>
          <dd className={summary.cost.balanceAfter < 0 ? 'tabular-nums text-rose-700' : 'tabular-nums'}>
            {formatMoney(summary.cost.balanceAfter, summary.cost.currency)}
          </dd>
          {summary.cost.unpriced > 0 ? (
            <dd className="col-span-2 text-xs text-amber-700">{summary.cost.unpriced} domains have no price in the price list; they are not in the total.</dd>
          ) : null}
          {summary.cost.balanceAfter < 0 ? (
            <dd className="col-span-2 text-xs text-rose-700">The balance does not cover all renewals: the last ones will fail.</dd>
          ) : null}
        </dl>
      ) : null}
      {summary.notes?.length ? (
        <ul aria-label="Handles per TLD" className="space-y-0.5 font-mono text-xs">
          {summary.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      {summary.skipped.length > 0 ? (
        <div>
          <h3 className="font-medium">Skipped</h3>
          <ul className="mt-1 space-y-1" aria-label="Skipped domains">
            {summary.skipped.map((s) => (
              <li key={s.reason} className="rounded bg-amber-50 px-2 py-1 dark:bg-amber-950/40">
                <span className="tabular-nums">{formatCount(s.count)}</span> — {s.reason}
                <span className="block text-xs text-zinc-500">{s.examples.join(', ')}{s.count > s.examples.length ? ', …' : ''}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
