/**
 * Zones as lib/zone models them (directives plus typed records), checked by the rules dns-zone-put applies. The zone
 * editor, its server action and dnsZonePut validate with these.
 */
import { z } from 'zod';
import { isIpv4, isIpv6 } from '@/lib/net/ip';
import { CAA_TAGS, checkZone, formatZoneError, parseZone, RECORD_TYPES, serializeDirectives, validateRecord } from '@/lib/zone';
import { domainName } from './domain';

const uint16 = z.number().int().min(0).max(65535);
const timestamp = z.number().int().min(0);

export const zoneRecordSchema = z
  .object({
    label: z.string().trim().min(1).max(253),
    type: z.enum(RECORD_TYPES),
    priority: uint16,
    weight: uint16.optional(),
    target: z.string().max(4096),
    caaTag: z.enum(CAA_TAGS).optional(),
    ttl: z.number().int().min(0),
    validFrom: timestamp,
    validTo: timestamp,
    params: z.array(z.string().max(4096)).max(4),
  })
  .superRefine((record, ctx) => {
    for (const message of validateRecord(record)) ctx.addIssue({ code: 'custom', message });
  });

export const zoneDirectivesSchema = z
  .object({
    dnssec: z.boolean().optional(),
    dyndns: z.object({ enabled: z.boolean(), user: z.string().max(255), password: z.string().max(255) }).optional(),
  })
  .superRefine((directives, ctx) => {
    // The same rules as a dns-zone-put text: written out, then read back by lib/zone.
    for (const error of parseZone(serializeDirectives(directives).join('\n')).errors) ctx.addIssue({ code: 'custom', message: error.message });
  });

/** A whole zone for dns-zone-put: the directives and every record (the put replaces the zone). */
export const zoneSchema = z.object({
  directives: zoneDirectivesSchema,
  records: z.array(zoneRecordSchema).max(10_000),
});

export const dnsZonePutSchema = zoneSchema.extend({ domain: domainName });

/** A zone text the editor sends: the DMAPI format of the whole zone (compact: 5,000 records are ~200 KB). */
export const ZONE_TEXT_MAX = 1_500_000;
export const MAX_ZONE_RECORDS = 10_000;
export const zoneVersion = z.string().regex(/^[0-9a-f]{32}$/, 'The zone’s version is missing: reload the zone.');

/**
 * A save from the zone editor. The zone is checked by every rule the editor shows (lib/zone: the line rules of
 * dns-zone-put and the zone rules), each problem as `line N: …` of the text sent, so the editor puts it on its record.
 */
export const saveZoneSchema = z
  .object({
    domain: domainName,
    /** The version the edit started from: a different version now means someone else changed the zone. */
    baseVersion: zoneVersion,
    zone: z.string().max(ZONE_TEXT_MAX, 'The zone is too large to save in one go.'),
    comment: z.string().trim().max(500, 'Keep the comment under 500 characters.').optional(),
    /** The zone's name, typed when the save is large or touches the apex MX/NS records (lib/zone saveRisk). */
    confirmation: z.string().trim().max(300).optional(),
    source: z.enum(['editor', 'restore', 'import']).default('editor'),
  })
  .superRefine((v, ctx) => {
    const parsed = parseZone(v.zone, { txtPadding: 'none' });
    const problem = (message: string) => ctx.addIssue({ code: 'custom', path: ['zone'], message });
    for (const e of parsed.errors) problem(formatZoneError(e));
    if (parsed.records.length > MAX_ZONE_RECORDS) problem(`A zone holds at most ${MAX_ZONE_RECORDS} records.`);
    if (parsed.errors.length > 0) return;
    for (const i of checkZone(parsed, { domain: v.domain })) {
      if (i.severity === 'error') problem(`line ${parsed.recordLines[i.index]}: ${i.message}`);
    }
  });
export type SaveZoneInput = z.input<typeof saveZoneSchema>;

const ipAddress = z.string().trim().refine((v) => isIpv4(v) || isIpv6(v), 'Enter an IPv4 or IPv6 address');
const valuePrefix = z.string().trim().max(100);

/** One change across many zones (lib/zone ZoneChange). */
export const zoneChangeSchema = z.discriminatedUnion('op', [
  z
    .object({
      op: z.literal('add'),
      record: zoneRecordSchema,
      replace: z.enum(['none', 'all', 'prefix']),
      prefix: valuePrefix.optional(),
    })
    .refine((v) => v.replace !== 'prefix' || (v.prefix ?? '') !== '', { path: ['prefix'], message: 'Give the start of the values to replace, e.g. v=spf1' }),
  z
    .object({ op: z.literal('swap-ip'), from: ipAddress, to: ipAddress })
    .refine((v) => isIpv4(v.from) === isIpv4(v.to), { path: ['to'], message: 'Swap IPv4 for IPv4 and IPv6 for IPv6' }),
  z.object({ op: z.literal('remove'), label: z.string().trim().min(1).max(253), type: z.enum(RECORD_TYPES), prefix: valuePrefix.optional() }),
]);
export type ZoneChangeInput = z.infer<typeof zoneChangeSchema>;

/** The zones list's bulk change: preview it on the selected zones (each read once), then start it as a bulk job. */
export const previewZoneChangeSchema = z.object({
  change: zoneChangeSchema,
  domains: z.array(domainName).min(1, 'Select at least one zone').max(500, 'Select at most 500 zones at once'),
});

/** Start: the zones to change, each with the version its preview was made from (the same conflict check as a save). */
export const startZoneChangeSchema = z.object({
  change: zoneChangeSchema,
  zones: z.array(z.object({ domain: domainName, version: zoneVersion })).min(1, 'Nothing to change').max(500),
});
