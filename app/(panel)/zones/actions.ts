'use server';

import { type ActionContext, createAction } from '@/lib/actions';
import { getDb } from '@/lib/db';
import { describeJob } from '@/lib/jobs/kinds';
import { kickJobRunner } from '@/lib/jobs/server';
import { insertJob } from '@/lib/jobs/store';
import { previewZoneChangeSchema, saveZoneSchema, startZoneChangeSchema } from '@/lib/schemas/zone';
import type { z } from 'zod';
import { previewZoneChange } from '@/lib/zone/server/bulk';
import { saveZone } from '@/lib/zone/server/save';

async function save(input: z.output<typeof saveZoneSchema>, ctx: ActionContext) {
  const actor = { uid: ctx.session.uid, fingerprint: ctx.session.actorFingerprint, name: ctx.session.actorName };
  return saveZone(await ctx.client(), await getDb(), actor, input);
}

/**
 * Save a zone from the editor: conflict check (the zone read again right before the put), the typed confirmation
 * of large saves, history, dns-zone-put (queued: the editor follows the Proc-ID). The reseller's panel roles.
 */
export const saveZoneAction = createAction({
  name: 'saveZoneAction',
  area: 'zones',
  operation: 'change',
  schema: saveZoneSchema,
  fields: { zone: 'zone', domain: 'domain' },
  handler: save,
});

/**
 * The same save for a signed-in customer on a domain of their own or granted to them: their area is "my domains",
 * and Joker itself refuses a zone their grant role does not cover (only the owner, @tech and @admin may edit it).
 */
export const saveMyZoneAction = createAction({
  name: 'saveMyZoneAction',
  area: 'my-domains',
  operation: 'change',
  schema: saveZoneSchema,
  fields: { zone: 'zone', domain: 'domain' },
  handler: save,
});

/** What one change would do to each selected zone (each read once), before anything is sent. */
export const previewZoneChangeAction = createAction({
  name: 'previewZoneChangeAction',
  area: 'zones',
  operation: 'change',
  schema: previewZoneChangeSchema,
  handler: async ({ change, domains }, ctx) => ({ zones: await previewZoneChange(await ctx.client(), domains, change) }),
});

/** Start the previewed change as a bulk job: one dns-zone-put per zone, each only on the version previewed. */
export const startZoneChangeAction = createAction({
  name: 'startZoneChangeAction',
  area: 'zones',
  operation: 'change',
  schema: startZoneChangeSchema,
  audit: { request: 'panel:bulk-job', object: () => 'zone-change' },
  handler: async ({ change, zones }, ctx) => {
    const { session } = ctx;
    const action = { kind: 'zone-change' as const, change, versions: Object.fromEntries(zones.map((z) => [z.domain, z.version])) };
    const db = await getDb();
    const job = await insertJob(db, {
      kind: action.kind,
      params: {
        action,
        actorRole: session.role,
        zoneActor: { uid: session.uid, fingerprint: session.actorFingerprint, name: session.actorName },
      },
      accountUid: session.uid,
      createdBy: session.actorFingerprint,
      createdByName: session.actorName,
      sessionId: session.id,
      title: `${describeJob(action)}: ${zones.length} ${zones.length === 1 ? 'zone' : 'zones'}`,
      items: zones.map((z) => ({ domain: z.domain })),
    });
    await kickJobRunner();
    return { jobId: job.id };
  },
});
