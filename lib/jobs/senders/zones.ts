import 'server-only';
import { z } from 'zod';
import { getDb } from '@/lib/db';
import { ExpectedFailure } from '@/lib/failure';
import { sendZoneChange } from '@/lib/zone/server/bulk';
import type { KindSender } from './types';

/** Who started a zone change, stored with the job by the Zones page's start action: the zone history names them. */
export const zoneActorSchema = z.object({ uid: z.string().min(1), fingerprint: z.string().min(1), name: z.string() });

export const zoneChangeSender: KindSender<'zone-change'> = {
  request: 'dns-zone-put',
  send: async (client, p, item, stored) => {
    const actor = zoneActorSchema.safeParse(stored.zoneActor);
    if (!actor.success) throw new ExpectedFailure('Zone changes are started from the Zones page, which previews each zone first: nothing was sent.');
    return sendZoneChange(client, await getDb(), actor.data, item.domain, p.change, p.versions[item.domain]);
  },
};
