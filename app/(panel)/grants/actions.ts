'use server';

import { createAction } from '@/lib/actions';
import { getDb } from '@/lib/db';
import { inviteAndRecord } from '@/lib/grants/invite';
import { revokeOne } from '@/lib/grants/revoke';
import { landingUrl } from '@/lib/grants/tokens';
import { invalidatePortfolio } from '@/lib/portfolio/copy';
import { inviteGrantSchema, revokeGrantSchema } from '@/lib/schemas/grants';

export type InviteResult =
  | { applied: true; handedOver: boolean }
  | { applied: false; link: string; invitationId: number; scopeKnown: boolean };

/**
 * Invite an address to a role on one domain (grants-invite; immediate, not queued). Without client-uid Joker mails the
 * invitation and the panel records it with a landing link of its own; with client-uid the role applies at once.
 * @creator hands the domain over: the schema insists on the domain name typed as confirmation.
 */
export const inviteGrantAction = createAction({
  name: 'inviteGrantAction',
  area: 'grants',
  operation: 'change',
  schema: inviteGrantSchema,
  fields: { domain: 'domain', email: 'email', role: 'role', 'client-uid': 'clientUid', 'nick-name': 'nickName', nickname: 'nickName' },
  handler: async (input, ctx): Promise<InviteResult> => {
    const { session } = ctx;
    const inviter = { accountUid: session.uid, login: session.userLogin, name: session.actorName, fingerprint: session.actorFingerprint };
    const outcome = await inviteAndRecord(await ctx.client(), await getDb(), inviter, input);
    invalidatePortfolio(session.uid, [input.domain]);
    if (outcome.applied) return { applied: true, handedOver: input.role === '@creator' };
    return { applied: false, link: landingUrl(outcome.token), invitationId: outcome.invitation.id, scopeKnown: outcome.invitation.scope !== null };
  },
});

/** Revoke one grant, or withdraw one pending invitation (grants-revoke; immediate). */
export const revokeGrantAction = createAction({
  name: 'revokeGrantAction',
  area: 'grants',
  operation: 'change',
  schema: revokeGrantSchema,
  fields: ['domain', 'role', 'scope', 'type'],
  handler: async (input, ctx) => {
    await revokeOne(await ctx.client(), await getDb(), ctx.session.uid, input, ctx.session.actorName);
    invalidatePortfolio(ctx.session.uid, [input.domain]);
    return { domain: input.domain, type: input.type };
  },
});
