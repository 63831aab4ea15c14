'use server';

import { revalidatePath } from 'next/cache';
import { createAction } from '@/lib/actions';
import { registerStaffKey, setMemberRole, setMemberStatus } from '@/lib/auth/team-admin';
import { memberRoleSchema, memberSchema, registerMemberSchema } from '@/lib/schemas/team';

/** Owner: register a staff member's API key with a role (the key is checked with a DMAPI login first). */
export const registerMemberAction = createAction({
  name: 'registerMemberAction',
  area: 'team',
  operation: 'change',
  schema: registerMemberSchema,
  audit: { request: 'panel:team-register', object: (input) => input.name },
  handler: async (input, ctx) => {
    const member = await registerStaffKey(ctx.session, input);
    revalidatePath('/settings');
    return { name: member.name };
  },
});

/** Owner: change a member's role; it applies on the member's next request. */
export const assignRoleAction = createAction({
  name: 'assignRoleAction',
  area: 'team',
  operation: 'change',
  schema: memberRoleSchema,
  audit: { request: 'panel:team-assign-role', object: (input) => `member ${input.id}` },
  handler: async (input, ctx) => {
    await setMemberRole(ctx.session, input.id, input.role);
    revalidatePath('/settings');
    return null;
  },
});

/** Owner: revoke a member; their panel sessions and DMAPI sessions end at once. */
export const revokeMemberAction = createAction({
  name: 'revokeMemberAction',
  area: 'team',
  operation: 'change',
  schema: memberSchema,
  audit: { request: 'panel:team-revoke', object: (input) => `member ${input.id}` },
  handler: async (input, ctx) => {
    const ended = await setMemberStatus(ctx.session, input.id, 'revoked');
    revalidatePath('/settings');
    return { endedSessions: ended };
  },
});

/** Owner: let a revoked key sign in again. */
export const restoreMemberAction = createAction({
  name: 'restoreMemberAction',
  area: 'team',
  operation: 'change',
  schema: memberSchema,
  audit: { request: 'panel:team-restore', object: (input) => `member ${input.id}` },
  handler: async (input, ctx) => {
    await setMemberStatus(ctx.session, input.id, 'active');
    revalidatePath('/settings');
    return null;
  },
});
