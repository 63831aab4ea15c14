import { formatMoney } from '@/lib/format';
import type { OrderSummary } from '@/lib/lifecycle/order-summary';

/** A bulk order before it starts: what is sent, what is left out and why, premium prices, total and balance after. */
export function OrderSummaryView({ summary }: { summary: OrderSummary }) {
  const m = (n: number) => formatMoney(n, summary.currency);
  return (
    <section aria-label="Summary" className="space-y-2 rounded border border-zinc-200 p-3 text-sm dark:border-zinc-700">
      <p>
        <strong>{summary.title}</strong>: {summary.send} of {summary.listed} names get a request.
      </p>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1">
        <dt>Total price</dt>
        <dd className="tabular-nums">{m(summary.total)}</dd>
        <dt>Balance after</dt>
        <dd className={summary.balanceAfter < 0 ? 'tabular-nums text-rose-700' : 'tabular-nums'}>{m(summary.balanceAfter)}</dd>
      </dl>
      {summary.balanceAfter < 0 ? <p className="text-rose-700 dark:text-rose-400">The balance does not cover this order: top up at Joker.com first.</p> : null}
      {summary.premium.length > 0 ? (
        <p>Premium names (their price is sent as max-price): {summary.premium.map((p) => `${p.domain} ${m(p.price)}`).join(', ')}</p>
      ) : null}
      {summary.skipped.length > 0 ? (
        <ul className="list-disc pl-5">
          {summary.skipped.map((s) => (
            <li key={s.reason}>
              Left out, {s.reason}: {s.count} ({s.examples.join(', ')}
              {s.count > s.examples.length ? ', …' : ''})
            </li>
          ))}
        </ul>
      ) : null}
      {summary.problems.length > 0 ? (
        <ul className="list-disc pl-5 text-rose-700 dark:text-rose-400">
          {summary.problems.slice(0, 20).map((p) => (
            <li key={p.line}>
              Line {p.line}: {p.message}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
