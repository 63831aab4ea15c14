/**
 * query-tld-list: the TLDs the account may order, one per line (Joker's reseller panel takes each line's first token).
 * inquire-tld: facts about a TLD as `key: value` lines. Not in the seeds; Joker's WHMCS module reads its `dnssec`
 * key to choose between the DNSKEY (`keydata`) and the DS (`dsdata`) form of domain-modify's ds-N values.
 */
import 'server-only';
import { z } from 'zod';
import type { DmapiClient } from '../client';
import { bodyLines, parseKeyValues } from '../parse';
import { READ } from './common';

export const inquireTldSchema = z.object({
  tld: z.string().trim().toLowerCase().regex(/^\.?[a-z0-9-]+(\.[a-z0-9-]+)*$/, 'Enter a TLD such as com').transform((t) => t.replace(/^\./, '')),
});
export type InquireTldInput = z.input<typeof inquireTldSchema>;

export interface TldInfo {
  /** Every line, keys lower-cased (first value of a repeated key). */
  fields: Record<string, string>;
  /** The DNSSEC forms the registry takes for ds-N: DNSKEY data and/or DS data; [] when DNSSEC is not offered. */
  dnssecForms: Array<'keydata' | 'dsdata'>;
}

/** DMAPI `inquire-tld`. Not queued. A TLD the account may not use is refused (DmapiError). */
export async function inquireTld(client: DmapiClient, input: InquireTldInput): Promise<TldInfo> {
  const v = inquireTldSchema.parse(input);
  const reply = await client.call('inquire-tld', { tld: v.tld }, READ);
  const fields: Record<string, string> = {};
  for (const [k, values] of Object.entries(parseKeyValues(reply.body))) fields[k] = values[0] ?? '';
  const dnssec = (fields['dnssec'] ?? '').toLowerCase();
  const dnssecForms: TldInfo['dnssecForms'] = [];
  if (dnssec.includes('keydata')) dnssecForms.push('keydata');
  if (dnssec.includes('dsdata')) dnssecForms.push('dsdata');
  return { fields, dnssecForms };
}

/** DMAPI `query-tld-list`. Not queued. The TLDs, sorted (the first blank-separated token of each line). */
export async function queryTldList(client: DmapiClient): Promise<string[]> {
  const reply = await client.call('query-tld-list', {}, READ);
  return bodyLines(reply.body).map((l) => l.trim().split(/\s+/)[0] ?? '').filter((t) => t !== '').sort();
}
