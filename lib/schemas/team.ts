import { z } from 'zod';
import { STAFF_ROLES } from '@/lib/auth/roles';

/** Owner: register a staff member's API key with a role (the key is checked with a DMAPI login first). */
export const registerMemberSchema = z.object({
  name: z.string().trim().min(1, 'Enter a name').max(80, 'At most 80 characters'),
  role: z.enum(STAFF_ROLES, { error: 'Pick a role' }),
  apiKey: z.string().trim().min(1, 'Enter the API key made for them at Joker.com').max(512),
});
export type RegisterMemberInput = z.input<typeof registerMemberSchema>;

export const memberRoleSchema = z.object({ id: z.coerce.number().int().positive(), role: z.enum(STAFF_ROLES) });
export type MemberRoleInput = z.input<typeof memberRoleSchema>;

export const memberSchema = z.object({ id: z.coerce.number().int().positive() });
export type MemberInput = z.input<typeof memberSchema>;
