import { domainsHref } from '@/lib/portfolio/url-state';
import type { DashboardData } from '@/lib/portfolio/dashboard-data';
import { Figure, Panel, Unavailable } from './figure';
import { ResultList, TransferList, VerificationList } from './lists';
import { RenewalCover } from './money-section';

const money = (n: number, currency: string) => `${n.toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${currency}`;

/** The panel's home: money, portfolio figures (each linking to the filtered list), deadlines and recent requests. */
export function Overview({ data }: { data: DashboardData }) {
  const { balance, figures } = data;
  const currency = balance.ok ? balance.data.currency : '';
  return (
    <div className="space-y-4">
      {balance.ok ? (
        <div className="grid grid-cols-2 gap-3 md:grid-cols-4" aria-label="Account balance">
          <Figure label="Available" value={money(balance.data.available, currency)} />
          <Figure label="Pending" value={money(balance.data.pending, currency)} />
          <Figure label="Total" value={money(balance.data.total, currency)} />
          <Figure label="Currency" value={currency || '—'} />
        </div>
      ) : null}
      {figures.ok ? (
        <>
          <div className="grid grid-cols-2 gap-3 md:grid-cols-6" aria-label="Expirations">
            <Figure label="Domains" value={figures.data.total} href="/domains" />
            {figures.data.expiring.map((e) => (
              <Figure
                key={e.days}
                label={`Expiring within ${e.days} days`}
                value={e.count}
                tone={e.days <= 7 && e.count > 0 ? 'warning' : undefined}
                href={domainsHref({ exp: String(e.days), sort: 'expires' })}
              />
            ))}
            <Figure label="Expired" value={figures.data.expired} tone={figures.data.expired > 0 ? 'danger' : undefined} href={domainsHref({ exp: 'expired', sort: 'expires' })} />
          </div>
          <div className="grid gap-4 lg:grid-cols-3">
            <div className="lg:col-span-2">
              <RenewalCover figures={figures.data} balance={balance.ok ? balance.data.available : 0} currency={currency} />
            </div>
            <Panel title="Domains by TLD" id="tld-heading">
              <ul className="max-h-80 space-y-1 overflow-auto" aria-label="Domains by TLD">
                {figures.data.byTld.map((t) => (
                  <li key={t.tld}>
                    <a href={domainsHref({ tld: t.tld })} className="flex justify-between hover:underline" aria-label={`.${t.tld}: ${t.count}`}>
                      <span>.{t.tld}</span>
                      <span className="tabular-nums">{t.count.toLocaleString('en')}</span>
                    </a>
                  </li>
                ))}
              </ul>
            </Panel>
          </div>
        </>
      ) : (
        <Panel title="Portfolio" id="portfolio-heading">
          <Unavailable reason={figures.reason} />
        </Panel>
      )}
      <div className="grid gap-4 lg:grid-cols-2">
        <Panel title="Pending transfers" id="transfers-heading">
          {data.transfers.ok ? <TransferList rows={data.transfers.data} /> : <Unavailable reason={data.transfers.reason} />}
        </Panel>
        <Panel title="Verifications nearest their deadline" id="verifications-heading">
          {data.verifications.ok ? <VerificationList rows={data.verifications.data} now={data.now} /> : <Unavailable reason={data.verifications.reason} />}
        </Panel>
      </div>
      <Panel title="Recent queued requests" id="results-heading">
        {data.results.ok ? <ResultList rows={data.results.data} /> : <Unavailable reason={data.results.reason} />}
      </Panel>
    </div>
  );
}
