/**
 * Zones: dns-zone-list, dns-zone-get, dns-zone-put. The zone model is lib/zone's: dns-zone-get hands back its parsed
 * zone, dns-zone-put takes its directives and records and writes the text with lib/zone's serializer.
 */
import 'server-only';
import { z } from 'zod';
import { parseDmapiDate } from '@/lib/dates/dmapi-date';
import { pattern } from '@/lib/schemas/common';
import { domainName } from '@/lib/schemas/domain';
import { dnsZonePutSchema } from '@/lib/schemas/zone';
import { parseZone, serializeZone, type ParsedZone } from '@/lib/zone';
import type { DmapiClient } from '../client';
import { parseTable } from '../parse';
import { READ, toQueuedResult, WRITE, type QueuedResult } from './common';

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

export interface ZoneGetResult extends ParsedZone {
  domain: string;
  /** The body as received (padded TXT untouched): never write it back; put `directives` and `records` instead. */
  text: string;
}

/**
 * DMAPI `dns-zone-get`. Not queued. The body starts with `$dnssec=` and `$dyndns=` lines, then one record per line;
 * an empty zone is just the two directives. `include-defaults=1` adds records Joker otherwise omits. Quirk: the live
 * server pads TXT values (`x TXT 0  "tok " 3600`); lib/zone reads them back as `tok`. A line lib/zone cannot read
 * is listed in `errors` (with its line number) rather than dropped silently.
 */
export async function dnsZoneGet(client: DmapiClient, input: z.input<typeof dnsZoneGetSchema>): Promise<ZoneGetResult> {
  const v = dnsZoneGetSchema.parse(input);
  const reply = await client.call('dns-zone-get', { domain: v.domain, 'include-defaults': v.includeDefaults ? 1 : undefined }, READ);
  return { domain: v.domain, text: reply.body, ...parseZone(reply.body) };
}

export type DnsZonePutInput = z.input<typeof dnsZonePutSchema>;

/**
 * DMAPI `dns-zone-put`: replace the whole zone with these directives and records, written by lib/zone (TXT never in
 * the padded form dns-zone-get shows). Queued (Proc-ID and Tracking-Id, empty body). Always POST (a zone over GET
 * fails with HTTP 414); newlines travel as %0A. Any bad line refuses the whole put with one `Error:` line per bad
 * line (DmapiError.errors); lib/schemas/zone.ts checks every record by the same rules first.
 */
export async function dnsZonePut(client: DmapiClient, input: DnsZonePutInput): Promise<QueuedResult> {
  const { domain, directives, records } = dnsZonePutSchema.parse(input);
  const zone = serializeZone({ directives, records });
  return toQueuedResult(await client.call('dns-zone-put', { domain, zone }, { ...WRITE, method: 'POST' }));
}
