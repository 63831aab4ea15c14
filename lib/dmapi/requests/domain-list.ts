/**
 * DMAPI `query-domain-list`: the portfolio, up to 100,000 rows, so the mapping is a single tight loop.
 */
import { z } from 'zod';
import type { DmapiClient } from '../client';
import { cell, parseDmapiDate, parseList, parseTable, type DmapiReply } from '../parse';
import { fromTo, pattern, READ } from './common';

export const queryDomainListSchema = z.object({
  pattern: pattern.optional(),
  from: fromTo.optional(),
  to: fromTo.optional(),
  showstatus: z.boolean().optional(),
  showgrants: z.boolean().optional(),
  showprivacy: z.boolean().optional(),
});
export type QueryDomainListInput = z.input<typeof queryDomainListSchema>;

export interface DomainListRow {
  domain: string;
  expiration: Date | undefined;
  /** With showstatus: e.g. ['production', 'autorenew'] (comma-joined on the wire). */
  statuses?: string[];
  /** With showgrants: the grant column split at commas ([] for `-`). */
  grants?: string[];
  /** With showprivacy. */
  privacyStatus?: string;
  privacyOrigin?: string;
  privacyExpiration?: Date;
}

/** Column order when the reply carries no Columns header, following the flags asked for. */
function fallbackColumns(input: { showstatus?: boolean; showgrants?: boolean; showprivacy?: boolean }): string[] {
  const cols = ['domain', 'expiration_date'];
  if (input.showstatus) cols.push('domain_status');
  if (input.showgrants) cols.push('grants');
  if (input.showprivacy) cols.push('privacy-status', 'privacy-origin', 'privacy-expiration');
  return cols;
}

/**
 * Map a query-domain-list reply to rows. Columns are located by name (`Columns` header), so extra or reordered
 * columns do not shift values. Quirks: rows are space-separated, the body has no trailing newline, and no match
 * gives an empty body with success.
 */
export function mapDomainList(reply: DmapiReply, flags: { showstatus?: boolean; showgrants?: boolean; showprivacy?: boolean } = {}): DomainListRow[] {
  const table = parseTable(reply, fallbackColumns(flags));
  const cols = table.columns.map((c) => c.toLowerCase().replace(/_/g, '-'));
  const iDomain = Math.max(0, cols.indexOf('domain'));
  const iExp = cols.findIndex((c) => c.startsWith('expiration'));
  const iStatus = cols.findIndex((c) => c === 'domain-status' || c === 'status');
  const iGrants = cols.findIndex((c) => c.includes('grant'));
  const iPStatus = cols.indexOf('privacy-status');
  const iPOrigin = cols.indexOf('privacy-origin');
  const iPExp = cols.indexOf('privacy-expiration');
  const rows = table.rows;
  const out: DomainListRow[] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const f = rows[r] as string[];
    const row: DomainListRow = { domain: f[iDomain] as string, expiration: iExp >= 0 ? parseDmapiDate(f[iExp]) : undefined };
    if (iStatus >= 0) row.statuses = parseList(f[iStatus]);
    if (iGrants >= 0) row.grants = parseList(f[iGrants]);
    if (iPStatus >= 0) {
      const s = cell(f[iPStatus]);
      if (s !== undefined) row.privacyStatus = s;
    }
    if (iPOrigin >= 0) {
      const o = cell(f[iPOrigin]);
      if (o !== undefined) row.privacyOrigin = o;
    }
    if (iPExp >= 0) {
      const d = parseDmapiDate(f[iPExp]);
      if (d) row.privacyExpiration = d;
    }
    out[r] = row;
  }
  return out;
}

/**
 * DMAPI `query-domain-list`. Not queued. `from`/`to` are 1-based item positions; `pattern` is a glob (`dom*`).
 * No Tracking-Id on this reply.
 */
export async function queryDomainList(client: DmapiClient, input: QueryDomainListInput = {}): Promise<DomainListRow[]> {
  const v = queryDomainListSchema.parse(input);
  const reply = await client.call('query-domain-list', v, READ);
  return mapDomainList(reply, v);
}

