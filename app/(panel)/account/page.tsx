import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { AccountAutorenew } from '@/components/account/account-autorenew';
import { Panel } from '@/components/dashboard/figure';
import { FactList, type Fact } from '@/components/domains/fact-list';
import { actionPermission, requireRole, withDmapi } from '@/lib/auth';
import { loadAccountPage, type Part } from '@/lib/account/page-data';
import type { Profile } from '@/lib/dmapi';
import { formatMoney } from '@/lib/format';

export const metadata: Metadata = { title: 'Account' };
export const dynamic = 'force-dynamic';

function Shown<T>({ part, children }: { part: Part<T>; children: (data: T) => ReactNode }) {
  return part.ok ? children(part.data) : <p className="text-zinc-500">Not available: {part.reason}</p>;
}

const PROFILE_LABELS: Record<string, string> = {
  'customer-id': 'Customer ID', fname: 'First name', lname: 'Last name', organization: 'Organization', email: 'Email',
  'vat-id': 'VAT ID', city: 'City', country: 'Country', phone: 'Phone',
};

function profileFacts(p: Profile): Fact[] {
  // Balance has its own panel (fresh from query-account-balance).
  return Object.entries(p.fields)
    .filter(([k, v]) => k !== 'balance' && v.trim() !== '')
    .map(([k, v]) => [PROFILE_LABELS[k] ?? k, v]);
}

/**
 * The reseller account as Joker sees it: profile, balance, the DMAPI version, the TLDs this account may use, the
 * requests this API key may send and the account's properties (the autorenew default, changeable by the owner).
 */
export default async function AccountPage() {
  const session = await requireRole('overview');
  const data = await withDmapi((client) => loadAccountPage(session, client));
  const autorenew = data.properties.ok ? data.properties.data.property['autorenew'] : undefined;
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-lg font-semibold">Account</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Signed in as {session.userLogin}, with key access {session.userAccess}.</p>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <Panel title="Profile" id="account-profile">
          <Shown part={data.profile}>{(p) => <FactList facts={profileFacts(p)} label="Profile" />}</Shown>
        </Panel>
        <Panel title="Balance" id="account-balance">
          <Shown part={data.balance}>
            {(b) => (
              <FactList
                label="Balance"
                facts={[
                  ['Available', formatMoney(b.available, b.currency)],
                  ['Reserved for pending orders', formatMoney(b.pending, b.currency)],
                  ['Total', formatMoney(b.total, b.currency)],
                ]}
              />
            )}
          </Shown>
        </Panel>
        <Panel title="Properties" id="account-properties">
          <div className="space-y-3">
            <Shown part={data.properties}>
              {(p) => (
                <>
                  {autorenew !== undefined ? <AccountAutorenew on={autorenew === '1'} change={actionPermission(session, 'overview', 'change', 'user-set-property')} /> : null}
                  <FactList
                    label="User properties"
                    facts={[...Object.entries(p.property).map(([k, v]): Fact => [k, v]), ...Object.entries(p.feature).map(([k, v]): Fact => [`${k} (feature)`, v])]}
                  />
                </>
              )}
            </Shown>
          </div>
        </Panel>
        <Panel title="DMAPI" id="account-dmapi">
          <FactList
            label="DMAPI"
            facts={[
              ['Version', data.version.ok ? data.version.data : `not available: ${data.version.reason}`],
              ['Key access', session.userAccess],
            ]}
          />
        </Panel>
        <Panel title={`TLDs this account may use (${data.tlds.length})`} id="account-tlds">
          <ul aria-label="TLDs this account may use" className="flex flex-wrap gap-1">
            {data.tlds.map((t) => (
              <li key={t} className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-xs dark:bg-zinc-800">
                .{t}
              </li>
            ))}
          </ul>
        </Panel>
        <Panel title="Requests this API key may send" id="account-requests">
          <Shown part={data.requests}>
            {(names) => (
              <details>
                <summary className="cursor-pointer">{names.length} requests (query-request-list)</summary>
                <ul aria-label="Requests this API key may send" className="mt-2 columns-2 font-mono text-xs sm:columns-3">
                  {[...names].sort().map((n) => (
                    <li key={n}>{n}</li>
                  ))}
                </ul>
              </details>
            )}
          </Shown>
        </Panel>
      </div>
    </div>
  );
}
