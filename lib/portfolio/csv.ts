import Papa from 'papaparse';
import type { PortfolioRow } from './types';

const isoDate = (ms: number) => (ms ? new Date(ms).toISOString().slice(0, 10) : '');

/** The filtered view as CSV, one row per domain, columns as the list shows them (ASCII name beside the Unicode). */
export function portfolioCsv(rows: readonly PortfolioRow[]): string {
  return Papa.unparse(
    {
      fields: ['domain', 'domain_unicode', 'tld', 'expiration', 'locked', 'autorenew', 'privacy', 'privacy_expiration', 'own_role', 'confirmed_grants', 'pending_invitations'],
      data: rows.map((r) => [
        r.domain,
        r.display,
        r.tld,
        isoDate(r.expires),
        r.locked ? 'yes' : 'no',
        r.autorenew ? 'yes' : 'no',
        r.privacy,
        isoDate(r.privacyExpires),
        // Roles without their `@`: a cell starting with @ would be escaped as a would-be formula.
        r.grants.length > 0 ? r.grants.map((g) => g.replace(/^@/, '')).join(' ') : 'creator',
        r.confirmedGrants,
        r.pendingInvitations ?? '',
      ]),
    },
    // Cells starting with = + - @ are prefixed so spreadsheet programs do not run them as formulas.
    { escapeFormulae: true, newline: '\n' },
  );
}
