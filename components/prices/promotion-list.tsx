import { formatDate, formatMoney } from '@/lib/format';
import type { PromotionView } from '@/lib/prices/page-view';

const OP_WORDS: Record<string, string> = { create: 'Register', renew: 'Renew', transfer: 'Transfer', restore: 'Restore' };

/** Promotions of one state (running or coming) with their price next to the standard one and their period rule. */
export function PromotionList({ title, items, currency, vat }: { title: string; items: PromotionView[]; currency: string; vat: number | undefined }) {
  const id = `promos-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-sm font-medium">
        {title} ({items.length})
      </h2>
      {items.length === 0 ? (
        <p className="text-sm text-zinc-500">None.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[40rem] text-sm" aria-labelledby={id}>
            <thead className="text-left text-xs text-zinc-500">
              <tr>
                <th className="py-1 font-medium">TLD</th>
                <th className="font-medium">Operation</th>
                <th className="font-medium">Promo price (standard)</th>
                <th className="font-medium">Periods</th>
                <th className="font-medium">Valid</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
              {items.map(({ promotion: p, prices, period, terms }) => (
                <tr key={`${p.tld} ${p.operation} ${p.validFrom ?? ''}`} className="align-top">
                  <td className="py-1 font-mono">.{p.tld}</td>
                  <td>{OP_WORDS[p.operation] ?? p.operation}</td>
                  <td className="tabular-nums">
                    {prices.map((x) => (
                      <div key={x.years}>
                        {x.years} y: <strong>{formatMoney(x.total, currency)}</strong>
                        {x.standard !== undefined && x.standard !== x.total ? <span className="text-zinc-500"> (standard {formatMoney(x.standard, currency)})</span> : null}
                      </div>
                    ))}
                  </td>
                  <td className="max-w-xs text-xs text-zinc-600 dark:text-zinc-400">
                    {period}
                    {terms ? <div>{terms}</div> : null}
                  </td>
                  <td className="whitespace-nowrap text-xs">
                    {p.validFrom !== undefined ? formatDate(p.validFrom) : 'open'} – {p.validTo !== undefined ? formatDate(p.validTo) : 'open'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {vat !== undefined && items.length > 0 ? <p className="text-xs text-zinc-500">Prices include {Math.round(vat * 1000) / 10}% VAT, as Joker charges this account.</p> : null}
    </section>
  );
}
