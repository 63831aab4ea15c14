/**
 * DMAPI `query-domain-list`: the portfolio, up to 100,000 rows, so the mapping is a single tight loop.
 */
import 'server-only';
import { z } from 'zod';
import type { DmapiClient } from '../client';
import { parseDmapiDate } from '@/lib/dates/dmapi-date';
import { cell, header, parseList, parseTable, type DmapiReply } from '../parse';
import { scanListBody, type ColumnIndexes } from './domain-list-fast';
import { fromTo, pattern } from '@/lib/schemas/common';
import { READ } from './common';

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
  /** Shared between rows with the same day and read-only (its setters throw): copy before changing it. */
  expiration: Date | undefined;
  /** With showstatus: e.g. ['production', 'autorenew'] (comma-joined on the wire). Shared between rows: read-only. */
  statuses?: readonly string[];
  /**
   * With showgrants: the account's own role(s) on the domain (`own_role`, `@creator` for its own domains), split at
   * commas ([] for `-`). Shared between rows: read-only.
   */
  grants?: readonly string[];
  /** With showprivacy; undefined for `-`. */
  privacyStatus?: string | undefined;
  privacyOrigin?: string | undefined;
  privacyExpiration?: Date | undefined;
}

/** Column order when the reply carries no Columns header, following the flags asked for. */
function fallbackColumns(input: { showstatus?: boolean; showgrants?: boolean; showprivacy?: boolean }): string[] {
  const cols = ['domain', 'expiration_date'];
  if (input.showstatus) cols.push('domain_status');
  if (input.showgrants) cols.push('own_role', 'invitation_possible', 'number_of_confirmed_grants', 'pending_invitations');
  if (input.showprivacy) cols.push('privacy-status', 'privacy-origin', 'privacy-expiration');
  return cols;
}

/**
 * Map a query-domain-list reply to rows. Columns are located by name (`Columns` header), so extra or reordered
 * columns do not shift values. Quirks: rows are space-separated, the body has no trailing newline, and no match
 * gives an empty body with success. SPACE bodies take the single-pass scanner (domain-list-fast.ts).
 */
export function mapDomainList(reply: DmapiReply, flags: { showstatus?: boolean; showgrants?: boolean; showprivacy?: boolean } = {}): DomainListRow[] {
  const declared = header(reply, 'Columns');
  const columns = declared ? declared.split(',').map((c) => c.trim()) : fallbackColumns(flags);
  const cols = columns.map((c) => c.toLowerCase().replace(/_/g, '-'));
  const idx: ColumnIndexes = {
    domain: Math.max(0, cols.indexOf('domain')),
    expiration: cols.findIndex((c) => c.startsWith('expiration')),
    status: cols.findIndex((c) => c === 'domain-status' || c === 'status'),
    // The live server names four grant columns (own_role first); an older single `grants` column is read alike.
    grants: cols.includes('own-role') ? cols.indexOf('own-role') : cols.findIndex((c) => c.includes('grant')),
    privacyStatus: cols.indexOf('privacy-status'),
    privacyOrigin: cols.indexOf('privacy-origin'),
    privacyExpiration: cols.indexOf('privacy-expiration'),
  };
  const generic = (line: string) => rowFromFields(line.trim().split(/[ \t]+/), idx);
  const tab = (header(reply, 'Separator') ?? 'SPACE').toUpperCase() === 'TAB';
  if (!tab && !reply.body.includes('\t')) return scanListBody(reply.body, idx, cols.length, generic);
  return parseTable(reply, columns).rows.map((f) => rowFromFields(f, idx));
}

function rowFromFields(f: readonly string[], idx: ColumnIndexes): DomainListRow {
  const row: DomainListRow = { domain: f[idx.domain] ?? '', expiration: idx.expiration >= 0 ? parseDmapiDate(f[idx.expiration]) : undefined };
  if (idx.status >= 0) row.statuses = parseList(f[idx.status]);
  if (idx.grants >= 0) row.grants = parseList(f[idx.grants]);
  const privacyStatus = idx.privacyStatus >= 0 ? cell(f[idx.privacyStatus]) : undefined;
  if (privacyStatus !== undefined) row.privacyStatus = privacyStatus;
  const privacyOrigin = idx.privacyOrigin >= 0 ? cell(f[idx.privacyOrigin]) : undefined;
  if (privacyOrigin !== undefined) row.privacyOrigin = privacyOrigin;
  const privacyExpiration = idx.privacyExpiration >= 0 ? parseDmapiDate(f[idx.privacyExpiration]) : undefined;
  if (privacyExpiration) row.privacyExpiration = privacyExpiration;
  return row;
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

