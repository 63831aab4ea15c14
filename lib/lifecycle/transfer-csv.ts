import Papa from 'papaparse';
import { normalizeDomainName } from '@/lib/net/domain';
import { toUnicodeDomain } from '@/lib/net/idn';
import { tldOf } from '@/lib/net/suffix';

/**
 * The bulk transfer list: CSV rows `domain,auth-id[,owner-c,admin-c,tech-c,billing-c]`, pasted or uploaded, with or
 * without a header row. Each row is checked (a registrable name, an auth-id unless .eu, contact handles that look like
 * handles); problems carry their line so the form can point at them. Browser-safe: the page checks as you paste, the
 * server checks the same way again. The auth-ids are secrets: they leave this module only towards the DMAPI.
 */

export const TRANSFER_CSV_COLUMNS = ['domain', 'auth-id', 'owner-c', 'admin-c', 'tech-c', 'billing-c'] as const;
export const MAX_BULK_TRANSFERS = 500;

export interface TransferRow {
  domain: string;
  display: string;
  tld: string;
  /** Empty for .eu, which needs none. */
  authId: string;
  ownerC?: string;
  adminC?: string;
  techC?: string;
  billingC?: string;
}

export interface TransferListProblem {
  line: number;
  message: string;
}

export interface TransferList {
  rows: TransferRow[];
  problems: TransferListProblem[];
}

const HANDLE = /^[A-Za-z0-9_-]{1,64}$/;
/** The auth-id rule the DMAPI client applies (lib/schemas confirmationKey): 1-255 characters. */
const AUTH_ID = /^\S{1,255}$/;

/** The TLDs whose transfer needs no auth-id (DMAPI documentation, domain-transfer-in-reseller). */
export const needsAuthId = (tld: string): boolean => tld !== 'eu';

export function parseTransferCsv(text: string, allowedTlds?: readonly string[]): TransferList {
  const parsed = Papa.parse<string[]>(text.trim(), { skipEmptyLines: 'greedy' });
  const rows: TransferRow[] = [];
  const problems: TransferListProblem[] = [];
  const seen = new Set<string>();
  const allowed = allowedTlds ? new Set(allowedTlds.map((t) => t.toLowerCase())) : undefined;
  parsed.data.forEach((cells, index) => {
    const line = index + 1;
    const [rawDomain = '', rawAuth = '', ...handles] = cells.map((c) => c.trim());
    if (index === 0 && rawDomain.toLowerCase() === 'domain') return;
    const domain = normalizeDomainName(rawDomain);
    if (domain === '') {
      problems.push({ line, message: `${rawDomain || '(empty)'}: not a registrable domain name` });
      return;
    }
    const tld = tldOf(domain);
    if (allowed && !allowed.has(tld)) {
      problems.push({ line, message: `${domain}: your account cannot transfer .${tld} domains` });
      return;
    }
    if (seen.has(domain)) {
      problems.push({ line, message: `${domain}: listed twice` });
      return;
    }
    if (rawAuth === '' && needsAuthId(tld)) {
      problems.push({ line, message: `${domain}: the auth-id is missing (every TLD but .eu needs one)` });
      return;
    }
    if (rawAuth !== '' && !AUTH_ID.test(rawAuth)) {
      problems.push({ line, message: `${domain}: the auth-id must be 1 to 255 characters without blanks` });
      return;
    }
    const row: TransferRow = { domain, display: toUnicodeDomain(domain), tld, authId: rawAuth };
    const fields = ['ownerC', 'adminC', 'techC', 'billingC'] as const;
    for (const [i, value] of handles.slice(0, 4).entries()) {
      if (value === '') continue;
      if (!HANDLE.test(value)) {
        problems.push({ line, message: `${domain}: ${TRANSFER_CSV_COLUMNS[i + 2]} ${value} is not a contact handle` });
        return;
      }
      row[fields[i] as (typeof fields)[number]] = value.toUpperCase();
    }
    if (handles.length > 4 && handles.slice(4).some((h) => h !== '')) {
      problems.push({ line, message: `${domain}: more columns than domain,auth-id,owner-c,admin-c,tech-c,billing-c` });
      return;
    }
    seen.add(domain);
    rows.push(row);
  });
  for (const error of parsed.errors) {
    if (error.type === 'Quotes') problems.push({ line: (error.row ?? 0) + 1, message: 'unbalanced quotes' });
  }
  return { rows, problems };
}
