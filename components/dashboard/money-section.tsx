import type { CoverFigures } from '@/lib/portfolio/dashboard';
import { domainsHref } from '@/lib/portfolio/url-state';
import { Figure, Panel } from './figure';
import { RenewalChart } from './renewal-chart';
import { formatMoney } from '@/lib/format';

/** Autorenew domains whose renewals the available balance will not cover, and the weekly spend chart. */
export function RenewalCover({ figures, balance, currency }: { figures: CoverFigures; balance: number; currency: string }) {
  return (
    <Panel title="Autorenew against the balance" id="cover-heading">
      <div className="grid grid-cols-3 gap-3">
        {figures.cover.map((c) => (
          <Figure
            key={c.days}
            label={`Not covered within ${c.days} days`}
            value={c.uncovered}
            tone={c.uncovered > 0 ? 'danger' : undefined}
            href={domainsHref({ autorenew: 'on', exp: String(c.days), sort: 'expires' })}
            hint={`${c.domains} renewals, ${formatMoney(c.cost, currency)}${c.shortfall > 0 ? `; short by ${formatMoney(c.shortfall, currency)}` : ''}${c.unpriced > 0 ? `; ${c.unpriced} unpriced` : ''}`}
          />
        ))}
      </div>
      <p className="mt-3 text-xs text-zinc-500">
        Available balance {formatMoney(balance, currency)}; one-year renewal prices from the price list, running promotions included.
      </p>
      <RenewalChart weeks={figures.weeks} balance={balance} currency={currency} />
    </Panel>
  );
}
