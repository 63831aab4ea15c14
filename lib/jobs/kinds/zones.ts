import { z } from 'zod';
import { zoneChangeSchema, zoneVersion } from '@/lib/schemas/zone';
import { describeZoneChange } from '@/lib/zone';
import { defineKind } from './types';

/**
 * One change across many zones (the Zones page's bulk change): one dns-zone-put per zone, each only if the zone is
 * still the version its preview was made from. Not in the domain list's menu: the Zones page previews every zone
 * first and passes the versions.
 */
export const zoneChangeKind = defineKind({
  schema: z.object({
    kind: z.literal('zone-change'),
    change: zoneChangeSchema,
    /** Zone → the version the preview showed (lib/zone/server/version.ts). */
    versions: z.record(z.string(), zoneVersion),
  }),
  operation: 'change',
  menu: [],
  describe: (p) => `Zones: ${describeZoneChange(p.change)}`,
  skip: (p, row) => (p.versions[row.domain] ? undefined : 'Not part of the zone preview'),
});
