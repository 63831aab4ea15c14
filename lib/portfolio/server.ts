import 'server-only';
import { type DmapiClient, header } from '@/lib/dmapi';
import { toUnicodeDomain } from '@/lib/net/idn';
import { type ListWire, scanDomainListInSlices } from './scan';
import type { PortfolioPayload } from './types';

const DEFAULT_COLUMNS = 'domain,expiration_date,domain_status,own_role,invitation_possible,number_of_confirmed_grants,pending_invitations,privacy-status,privacy-origin,privacy-expiration';

/** The Unicode form of every IDN in the body, found by scanning for `xn--` rather than visiting each row. */
export function idnNames(body: string, separator: string): Record<string, string> {
  const out: Record<string, string> = {};
  let at = body.indexOf('xn--');
  while (at !== -1) {
    const lineStart = body.lastIndexOf('\n', at) + 1;
    let nameEnd = body.indexOf(separator, lineStart);
    const lineEnd = body.indexOf('\n', at);
    if (nameEnd === -1 || (lineEnd !== -1 && nameEnd > lineEnd)) nameEnd = lineEnd === -1 ? body.length : lineEnd;
    if (at < nameEnd) {
      const name = body.slice(lineStart, nameEnd).trim();
      out[name] ??= toUnicodeDomain(name);
    }
    if (lineEnd === -1) break;
    at = body.indexOf('xn--', lineEnd);
  }
  return out;
}

/**
 * `from=1` (the whole list still) makes Joker count pending invitations: without from/to the live server answers
 * `undef` in pending_invitations (Joker's reseller panel re-asks with from/to for the numbers; lib/sandbox/README.md,
 * "query-domain-list showgrants").
 */
export const LIST_FLAGS = { showstatus: 1, showgrants: 1, showprivacy: 1, from: 1 } as const;

/** DMAPI `query-domain-list` with showstatus, showgrants and showprivacy, as the list route sends it. */
export async function loadListWire(client: DmapiClient, at = Date.now()): Promise<ListWire> {
  const reply = await client.call('query-domain-list', LIST_FLAGS, { idempotent: true });
  const separator = (header(reply, 'Separator') ?? 'SPACE').toUpperCase() === 'TAB' ? 'TAB' : 'SPACE';
  return {
    v: 2,
    at,
    columns: (header(reply, 'Columns') ?? DEFAULT_COLUMNS).split(','),
    separator,
    unicode: idnNames(reply.body, separator === 'TAB' ? '\t' : ' '),
    body: reply.body,
  };
}

/** The same portfolio as columns, for server-side figures and bulk selections. */
export async function loadPortfolio(client: DmapiClient): Promise<PortfolioPayload> {
  return scanDomainListInSlices(await loadListWire(client));
}
