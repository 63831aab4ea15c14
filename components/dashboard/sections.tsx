import 'server-only';
import { cache } from 'react';
import type { PanelSession } from '@/lib/auth';
import { withDmapi } from '@/lib/auth';
import { SectionFailure } from '@/components/ui/section-failure';
import { loadBalance, loadCounts, loadCover, loadResults, loadTransfers, loadVerifications, type Section } from '@/lib/portfolio/dashboard-data';
import { domainsHref } from '@/lib/portfolio/url-state';
import { Figure, Panel, Unavailable } from './figure';
import { NackAlert, ResultList, TransferList, VerificationList } from './lists';
import { RenewalCover } from './money-section';
import { formatCount, formatMoney } from '@/lib/format';
import { afterFirstFlush } from '@/lib/render/first-flush.mjs';

/**
 * The overview's sections, each an async Server Component that <Streamed> sends when its own reads are done. Reads
 * are shared within the render (lib/auth/read-once.ts), and the counts (two sections) are computed once. Each reads at
 * once and renders after the page's first bytes are out (afterFirstFlush), so the overview paints before its figures.
 */

/** A section that has no data: its failure with "Try again", or why this role does not see it. */
function Missing({ section }: { section: Extract<Section<unknown>, { ok: false }> }) {
  return section.failure ? <SectionFailure failure={section.failure} /> : <Unavailable reason={section.reason} />;
}

const balanceOf = cache((session: PanelSession) => afterFirstFlush(withDmapi((client) => loadBalance(session, client))));
const countsOf = cache((session: PanelSession) => afterFirstFlush(withDmapi((client) => loadCounts(session, client))));

export async function BalanceFigures({ session }: { session: PanelSession }) {
  const balance = await balanceOf(session);
  if (!balance.ok) return balance.failure ? <SectionFailure failure={balance.failure} /> : null;
  const currency = balance.data.currency;
  return (
    <div role="group" className="grid grid-cols-2 gap-3 md:grid-cols-4" aria-label="Account balance">
      <Figure label="Available" value={formatMoney(balance.data.available, currency)} />
      <Figure label="Pending" value={formatMoney(balance.data.pending, currency)} />
      <Figure label="Total" value={formatMoney(balance.data.total, currency)} />
      <Figure label="Currency" value={currency || '—'} />
    </div>
  );
}

export async function ExpiryFigures({ session }: { session: PanelSession }) {
  const figures = await countsOf(session);
  if (!figures.ok) {
    return (
      <Panel title="Portfolio" id="portfolio-heading">
        <Missing section={figures} />
      </Panel>
    );
  }
  return (
    <div role="group" className="grid grid-cols-2 gap-3 md:grid-cols-6" aria-label="Expirations">
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
  );
}

export async function TldFigures({ session }: { session: PanelSession }) {
  const figures = await countsOf(session);
  if (!figures.ok && !figures.failure) return null;
  return (
    <Panel title="Domains by TLD" id="tld-heading">
      {!figures.ok ? (
        <Missing section={figures} />
      ) : (
        <ul className="max-h-80 space-y-1 overflow-auto" aria-label="Domains by TLD">
          {figures.data.byTld.map((t) => (
            <li key={t.tld}>
              <a href={domainsHref({ tld: t.tld })} className="flex justify-between hover:underline" aria-label={`.${t.tld}: ${t.count}`}>
                <span>.{t.tld}</span>
                <span className="tabular-nums">{formatCount(t.count)}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

export async function CoverSection({ session }: { session: PanelSession }) {
  const [cover, balance] = await Promise.all([afterFirstFlush(withDmapi((client) => loadCover(session, client))), balanceOf(session)]);
  if (!cover.ok) {
    if (!cover.failure) return null;
    return (
      <Panel title="Autorenew against the balance" id="cover-heading">
        <Missing section={cover} />
      </Panel>
    );
  }
  return <RenewalCover figures={cover.data} balance={cover.data.available} currency={balance.ok ? balance.data.currency : session.currency} />;
}

export async function TransfersSection({ session }: { session: PanelSession }) {
  const transfers = await afterFirstFlush(withDmapi((client) => loadTransfers(session, client)));
  return transfers.ok ? <TransferList rows={transfers.data} /> : <Missing section={transfers} />;
}

export async function VerificationsSection({ session }: { session: PanelSession }) {
  const verifications = await afterFirstFlush(withDmapi((client) => loadVerifications(session, client)));
  return verifications.ok ? <VerificationList rows={verifications.data.rows} now={verifications.data.now} /> : <Missing section={verifications} />;
}

const resultsOf = cache((session: PanelSession) => afterFirstFlush(withDmapi((client) => loadResults(session, client))));

export async function ResultsSection({ session }: { session: PanelSession }) {
  const results = await resultsOf(session);
  return results.ok ? <ResultList {...results.data} /> : <Missing section={results} />;
}

/** A nack anywhere in the result list, said at the top of the overview (the same reads as the results section). */
export async function NackSection({ session }: { session: PanelSession }) {
  const results = await resultsOf(session);
  return results.ok ? <NackAlert nacks={results.data.nacks} /> : null;
}
