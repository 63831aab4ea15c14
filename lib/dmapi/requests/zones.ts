/**
 * Zones: dns-zone-list, dns-zone-get, dns-zone-put.
 */
import { z } from 'zod';
import type { DmapiClient } from '../client';
import { parseDmapiDate } from '@/lib/dates/dmapi-date';
import { parseTable } from '../parse';
import { domainName, pattern, READ, toQueuedResult, WRITE, type QueuedResult } from './common';
import { parseZoneText, type ZoneText } from './zone-text';

export const dnsZoneListSchema = z.object({ pattern: pattern.optional() });

export interface ZoneListRow {
  domain: string;
  expiration: Date | undefined;
}

/** DMAPI `dns-zone-list`: zones served by Joker's name servers, one per line (zone, then expiration). Not queued. */
export async function dnsZoneList(client: DmapiClient, input: z.input<typeof dnsZoneListSchema> = {}): Promise<ZoneListRow[]> {
  const v = dnsZoneListSchema.parse(input);
  const reply = await client.call('dns-zone-list', { pattern: v.pattern }, READ);
  return parseTable(reply).rows.map((f) => ({ domain: f[0] ?? '', expiration: parseDmapiDate(f[1]) }));
}

export const dnsZoneGetSchema = z.object({ domain: domainName, includeDefaults: z.boolean().optional() });

export interface ZoneGetResult extends ZoneText {
  domain: string;
  /** The body as received (directives first, padded TXT untouched): never write it back without re-serialising. */
  text: string;
}

/**
 * DMAPI `dns-zone-get`. Not queued. The body starts with `$dnssec=` and `$dyndns=` lines, then one record per line;
 * an empty zone is just the two directives. `include-defaults=1` adds records Joker otherwise omits. Quirk: TXT
 * values come back padded (`"tok "`); `records` has them unpadded.
 */
export async function dnsZoneGet(client: DmapiClient, input: z.input<typeof dnsZoneGetSchema>): Promise<ZoneGetResult> {
  const v = dnsZoneGetSchema.parse(input);
  const reply = await client.call('dns-zone-get', { domain: v.domain, 'include-defaults': v.includeDefaults ? 1 : undefined }, READ);
  return { domain: v.domain, text: reply.body, ...parseZoneText(reply.body) };
}

export const dnsZonePutSchema = z.object({
  domain: domainName,
  /** The whole zone, one record per line; `\n` line ends. */
  zone: z
    .string()
    .transform((s) => s.replace(/\r\n?/g, '\n'))
    .refine((s) => s.trim() !== '', 'An empty zone is refused by Joker (2400)'),
});
export type DnsZonePutInput = z.input<typeof dnsZonePutSchema>;

/**
 * DMAPI `dns-zone-put`: replace the whole zone. Queued (Proc-ID and Tracking-Id, empty body). Always POST (a zone
 * over GET fails with HTTP 414); newlines travel as %0A. Any bad line refuses the whole put with one `Error:` line
 * per bad line (DmapiError.errors). Never send TXT values in the padded form dns-zone-get returns.
 */
export async function dnsZonePut(client: DmapiClient, input: DnsZonePutInput): Promise<QueuedResult> {
  const v = dnsZonePutSchema.parse(input);
  return toQueuedResult(await client.call('dns-zone-put', { domain: v.domain, zone: v.zone }, { ...WRITE, method: 'POST' }));
}
