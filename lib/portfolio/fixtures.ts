import type { DomainListRow } from '@/lib/dmapi/requests/domain-list';
import { decodePortfolio } from './encode';
import { scanDomainList } from './scan';
import type { PortfolioPayload, PortfolioRow } from './types';

/**
 * Test rows built through the real path: the rows are written as a query-domain-list body, which the browser's
 * scanner reads and decodePortfolio turns into rows, so tests cover the wire format too.
 */
export const NOW = Date.UTC(2026, 0, 1);
const DAY = 86_400_000;

/** The live server's columns with showstatus, showgrants (four columns) and showprivacy. */
const COLUMNS = ['domain', 'expiration_date', 'domain_status', 'own_role', 'invitation_possible', 'number_of_confirmed_grants', 'pending_invitations', 'privacy-status', 'privacy-origin', 'privacy-expiration'];
const UNICODE: Record<string, string> = { 'xn--mnchen-3ya.de': 'münchen.de' };

const day = (d: Date | undefined) => (d ? d.toISOString().slice(0, 10) : '-');
const list = (xs: readonly string[] | undefined) => (xs && xs.length > 0 ? xs.join(',') : '-');

/** A sample row; `confirmed` and `pending` fill the grant counts of an own domain (`undef` when pending is null). */
export type SampleRow = DomainListRow & { confirmed?: number; pending?: number | null };

export function rowsFrom(rows: readonly SampleRow[]): PortfolioRow[] {
  return decodePortfolio(payloadFrom(rows));
}

/** The columnar payload of sample rows, as the browser's scanner makes it from the list's body. */
export function payloadFrom(rows: readonly SampleRow[]): PortfolioPayload {
  const body = rows
    .map((r) => {
      const own = !r.grants || r.grants.length === 0 || r.grants.includes('@creator');
      const grantCells = [own ? '@creator' : list(r.grants), own ? 'true' : 'false', String(r.confirmed ?? 0), r.pending === null ? 'undef' : String(r.pending ?? 0)];
      return [r.domain, day(r.expiration), list(r.statuses), ...grantCells, r.privacyStatus ?? '-', r.privacyOrigin ?? '-', day(r.privacyExpiration)].join(' ');
    })
    .join('\n');
  return scanDomainList({ v: 2, at: NOW, columns: COLUMNS, separator: 'SPACE', unicode: UNICODE, body });
}

export const SAMPLE: SampleRow[] = [
  { domain: 'alpha.de', expiration: new Date(NOW + 5 * DAY), statuses: ['production', 'lock', 'autorenew'], grants: ['@creator'], privacyStatus: 'pro', privacyExpiration: new Date(NOW + 300 * DAY), confirmed: 2, pending: 1 },
  { domain: 'beta.com', expiration: new Date(NOW + 45 * DAY), statuses: ['production'], grants: ['@admin:bob@example.com'] },
  { domain: 'xn--mnchen-3ya.de', expiration: new Date(NOW - 3 * DAY), statuses: ['production', 'autorenew'], privacyStatus: 'basic' },
  { domain: 'apple.de', expiration: new Date(NOW + 80 * DAY), statuses: ['production', 'autorenew'], privacyStatus: 'off' },
  { domain: 'gamma.co.uk', expiration: undefined, statuses: ['production', 'lock'] },
];
