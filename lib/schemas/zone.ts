/**
 * Zones as lib/zone models them (directives plus typed records), checked by the rules dns-zone-put applies. The zone
 * editor, its server action and dnsZonePut validate with these.
 */
import { z } from 'zod';
import { CAA_TAGS, parseZone, RECORD_TYPES, serializeDirectives, validateRecord } from '@/lib/zone';
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
