/**
 * Account and handling: result-list, result-retrieve, result-delete, query-profile, query-account-balance,
 * query-order-list. (login and logout live in ../session.ts.)
 */
import 'server-only';
import { z } from 'zod';
import type { DmapiClient } from '../client';
import { DmapiTransportError } from '../errors';
import { parseDmapiDate } from '@/lib/dates/dmapi-date';
import { cell, header, parseAmount, parseKeyValues, parseRecordCount, parseTable } from '../parse';
import { dayFilter } from '@/lib/schemas/common';
import { READ, WRITE, toWriteResult, type WriteResult } from './common';

export type CompletionStatus = 'ack' | 'nack' | '?';

function completion(value: string | undefined): CompletionStatus | undefined {
  const v = value?.trim().toLowerCase();
  return v === 'ack' || v === 'nack' || v === '?' ? v : undefined;
}

export const resultListSchema = z.object({
  /**
   * Include requests still in progress (`?`). The live server leaves them out unless asked (Joker's WHMCS module
   * sends pending=1 to find the request it just made), so the client asks by default; false leaves them out.
   */
  pending: z.boolean().default(true),
  showall: z.boolean().optional(),
  /** Days back from today (or from `date`); default 90. */
  period: z.number().int().min(1).optional(),
  date: dayFilter.optional(),
  offset: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).optional(),
  status: z.enum(['ack', 'nack', '?']).optional(),
  rtype: z.string().min(1).optional(),
  objid: z.string().min(1).optional(),
  procid: z.string().min(1).optional(),
  svtrid: z.string().min(1).optional(),
  cltrid: z.string().min(1).optional(),
});
export type ResultListInput = z.input<typeof resultListSchema>;

export interface ResultListRow {
  timestamp: Date | undefined;
  svTrId: string;
  procId: string;
  requestType: string;
  object: string | undefined;
  status: CompletionStatus;
  clTrId: string | undefined;
}

/**
 * DMAPI `result-list`: outcomes of queued requests. Not queued. Rows are seven space-separated fields
 * `timestamp svtrid proc-id request-type object status cltrid` on the wire (the documentation shows six, without object;
 * both are read). Status is `ack`, `nack` or `?` (still running).
 */
export async function resultList(client: DmapiClient, input: ResultListInput = {}): Promise<ResultListRow[]> {
  const params = resultListSchema.parse(input);
  const reply = await client.call('result-list', params, READ);
  const out: ResultListRow[] = [];
  for (const f of parseTable(reply).rows) {
    const seven = f.length >= 7;
    const status = completion(seven ? f[5] : f[4]);
    if (f.length < 6 || !status) continue;
    out.push({
      timestamp: parseDmapiDate(f[0]),
      svTrId: f[1] as string,
      procId: f[2] as string,
      requestType: f[3] as string,
      object: seven ? cell(f[4]) : undefined,
      status,
      clTrId: cell(seven ? f[6] : f[5]),
    });
  }
  return out;
}

/**
 * DMAPI `result-list` with `count-only=1`: the single line `Records: N`; Joker's reseller panel reads the total from
 * the `Row-Count` header instead, which is the fallback. offset/limit do not apply to a count. Not queued.
 */
export async function resultListCount(client: DmapiClient, input: ResultListInput = {}): Promise<number> {
  const { offset: _offset, limit: _limit, ...params } = resultListSchema.parse(input);
  const reply = await client.call('result-list', { ...params, 'count-only': 1 }, READ);
  const rowCount = Number.parseInt(header(reply, 'Row-Count') ?? '', 10);
  const n = parseRecordCount(reply) ?? (Number.isNaN(rowCount) ? undefined : rowCount);
  if (n === undefined) throw new DmapiTransportError('result-list', 'truncated', 'count-only reply without Records: N or Row-Count');
  return n;
}

const id = z.union([z.string().trim().min(1), z.number().int().nonnegative()]).transform(String);

export const resultRetrieveSchema = z
  .object({ procId: id.optional(), svTrId: id.optional() })
  .refine((v) => v.procId !== undefined || v.svTrId !== undefined, 'Give a Proc-ID or an SvTrId');
export type ResultRetrieveInput = z.input<typeof resultRetrieveSchema>;

export interface RetrievedResult {
  completionStatus: CompletionStatus | undefined;
  /** Every `key: value` line of the stored reply, keys lower-cased. */
  fields: Record<string, string[]>;
  body: string;
  /** domain-transfer-get-auth-id: from the line `The Authorization ID is: "<id>"`. */
  authId?: string;
}

/**
 * DMAPI `result-retrieve`: the stored reply of a queued request by Proc-ID or SvTrId (SvTrId wins when both are
 * given). Not queued. Bodies are `key: value` lines with `Completion-Status: ack|nack|?`.
 */
export async function resultRetrieve(client: DmapiClient, input: ResultRetrieveInput): Promise<RetrievedResult> {
  const v = resultRetrieveSchema.parse(input);
  const reply = await client.call('result-retrieve', { 'proc-id': v.procId, svtrid: v.svTrId }, READ);
  const fields = parseKeyValues(reply.body);
  const out: RetrievedResult = {
    completionStatus: completion(fields['completion-status']?.[0]),
    fields,
    body: reply.body,
  };
  const auth = /The Authorization ID is:\s*"([^"]*)"/i.exec(reply.body);
  if (auth?.[1]) out.authId = auth[1];
  return out;
}

/**
 * DMAPI `result-delete`: forget the content (not the status) of a stored reply. Not queued. Returns Joker's
 * confirmation text.
 */
export async function resultDelete(client: DmapiClient, input: ResultRetrieveInput): Promise<WriteResult & { message: string }> {
  const v = resultRetrieveSchema.parse(input);
  const reply = await client.call('result-delete', { 'proc-id': v.procId, svtrid: v.svTrId }, WRITE);
  return { ...toWriteResult(reply), message: reply.body.trim() };
}

export interface Profile {
  customerId?: string;
  fname?: string;
  lname?: string;
  organization?: string;
  email?: string;
  vatId?: string;
  balance?: number;
  /** Every line, keys lower-cased. */
  fields: Record<string, string>;
}

/** DMAPI `query-profile`: reseller profile as `key: value` lines. Not queued. */
export async function queryProfile(client: DmapiClient): Promise<Profile> {
  const reply = await client.call('query-profile', {}, READ);
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(parseKeyValues(reply.body))) fields[k] = v.join('\n');
  const pick = (k: string) => cell(fields[k]);
  const out: Profile = { fields };
  const set = <K extends keyof Profile>(key: K, value: Profile[K] | undefined) => {
    if (value !== undefined) out[key] = value;
  };
  set('customerId', pick('customer-id'));
  set('fname', pick('fname'));
  set('lname', pick('lname'));
  set('organization', pick('organization'));
  set('email', pick('email'));
  set('vatId', pick('vat-id'));
  set('balance', parseAmount(fields['balance']));
  return out;
}

export interface AccountBalance {
  available: number;
  pending: number;
  total: number;
  currency: string;
}

/**
 * DMAPI `query-account-balance` (DMAPI documentation): one TAB row under `Columns: available,pending,total,currency`,
 * Status-Code 1000. Not queued.
 */
export async function queryAccountBalance(client: DmapiClient): Promise<AccountBalance> {
  const reply = await client.call('query-account-balance', {}, READ);
  const table = parseTable(reply, ['available', 'pending', 'total', 'currency']);
  const row = table.rows[0];
  if (!row) throw new DmapiTransportError('query-account-balance', 'truncated', 'balance reply without a row');
  const get = (name: string) => row[table.columns.indexOf(name)];
  const available = parseAmount(get('available')) ?? 0;
  const pending = parseAmount(get('pending')) ?? 0;
  return { available, pending, total: parseAmount(get('total')) ?? available + pending, currency: cell(get('currency')) ?? '' };
}

export { queryOrderList, queryOrderListSchema, type OrderRow, type QueryOrderListInput } from './orders';
