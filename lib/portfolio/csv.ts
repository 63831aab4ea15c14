import Papa from 'papaparse';
import type { PortfolioRow } from './types';

const isoDate = (ms: number) => (ms ? new Date(ms).toISOString().slice(0, 10) : '');

/** The filtered view as CSV, one row per domain, columns as the list shows them (ASCII name beside the Unicode). */
export function portfolioCsv(rows: readonly PortfolioRow[]): string {
  return Papa.unparse(
    {
      fields: ['domain', 'domain_unicode', 'tld', 'expiration', 'locked', 'autorenew', 'privacy', 'privacy_expiration', 'grants'],
      data: rows.map((r) => [
        r.domain,
        r.display,
        r.tld,
        isoDate(r.expires),
        r.locked ? 'yes' : 'no',
        r.autorenew ? 'yes' : 'no',
        r.privacy,
        isoDate(r.privacyExpires),
        r.grants.join(' '),
      ]),
    },
    // Cells starting with = + - @ are prefixed so spreadsheet programs do not run them as formulas.
    { escapeFormulae: true, newline: '\n' },
  );
}
