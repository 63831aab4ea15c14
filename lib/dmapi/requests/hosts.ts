/**
 * Name server hosts: query-ns-list, ns-create, ns-modify, ns-delete (host-create/-modify/-delete are aliases on the
 * server; this client sends the ns-* names).
 */
import 'server-only';
import { z } from 'zod';
import type { DmapiClient } from '../client';
import { cell, parseList, parseTable } from '../parse';
import { pattern } from '@/lib/schemas/common';
import { hostName, nsWriteSchema } from '@/lib/schemas/host';
import { READ, toWriteResult, WRITE, type WriteResult } from './common';

export const queryNsListSchema = z.object({ pattern: pattern.optional(), full: z.boolean().optional() });
export type QueryNsListInput = z.input<typeof queryNsListSchema>;

export interface HostListRow {
  host: string;
  ipv4: string[];
  ipv6: string[];
}

/**
 * DMAPI `query-ns-list`. Not queued. With `full=1`: TAB rows `host ipv4 ipv6`, `-` for a missing address, several
 * addresses comma-joined in one cell (the DMAPI documentation allows several IPs per host).
 */
export async function queryNsList(client: DmapiClient, input: QueryNsListInput = {}): Promise<HostListRow[]> {
  const v = queryNsListSchema.parse(input);
  const reply = await client.call('query-ns-list', { pattern: v.pattern, full: v.full }, READ);
  const table = parseTable(reply, ['host', 'ipv4', 'ipv6']);
  const cols = table.columns.map((c) => c.toLowerCase());
  const at = (names: string[], fallback: number) => {
    const i = cols.findIndex((c) => names.includes(c));
    return i >= 0 ? i : fallback;
  };
  const [iHost, iV4, iV6] = [at(['host', 'hostname', 'name'], 0), at(['ipv4', 'ip'], 1), at(['ipv6'], 2)];
  return table.rows.map((f) => ({ host: cell(f[iHost]) ?? '', ipv4: parseList(f[iV4]), ipv6: parseList(f[iV6]) }));
}

export type NsWriteInput = z.input<typeof nsWriteSchema>;

/** ns-modify: `-` as the value of `ip` or `ipv6` removes that address family (Joker's reseller panel sends it). */
const NO_ADDRESS = '-';

/**
 * Several addresses travel comma-joined: ip=1.2.3.4,4.5.6.7. A family left out stays as it is; in ns-modify an empty
 * list removes the family.
 */
function addressParams(v: z.output<typeof nsWriteSchema>, mode: 'create' | 'modify') {
  const family = (list: string[] | undefined) =>
    list === undefined ? undefined : list.length > 0 ? list.join(',') : mode === 'modify' ? NO_ADDRESS : undefined;
  return { host: v.host, ip: family(v.ip), ipv6: family(v.ipv6) };
}

/** DMAPI `ns-create` (alias host-create): register a glue host. May be queued (Proc-ID). */
export async function nsCreate(client: DmapiClient, input: NsWriteInput): Promise<WriteResult> {
  return toWriteResult(await client.call('ns-create', addressParams(nsWriteSchema.parse(input), 'create'), WRITE));
}

/**
 * DMAPI `ns-modify` (alias host-modify): replace a host's addresses. May be queued (Proc-ID). A family left out
 * (undefined) stays; an empty list removes it (`-`); at least one address must remain.
 */
export async function nsModify(client: DmapiClient, input: NsWriteInput): Promise<WriteResult> {
  return toWriteResult(await client.call('ns-modify', addressParams(nsWriteSchema.parse(input), 'modify'), WRITE));
}

export const nsDeleteSchema = z.object({ host: hostName });

/** DMAPI `ns-delete` (alias host-delete). May be queued (Proc-ID). */
export async function nsDelete(client: DmapiClient, input: z.input<typeof nsDeleteSchema>): Promise<WriteResult> {
  const v = nsDeleteSchema.parse(input);
  return toWriteResult(await client.call('ns-delete', { host: v.host }, WRITE));
}

/** One host with its addresses (`query-ns-list` with the name as pattern and full=1), or null when there is none. */
export async function queryHost(client: DmapiClient, input: z.input<typeof nsDeleteSchema>): Promise<HostListRow | null> {
  const { host } = nsDeleteSchema.parse(input);
  const rows = await queryNsList(client, { pattern: host, full: true });
  return rows.find((r) => r.host.toLowerCase() === host) ?? null;
}
