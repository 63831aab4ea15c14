import { z } from 'zod';

/** The account-wide autorenew default (user-set-property pname=autorenew): what new registrations and transfers get. */
export const setAccountAutorenewSchema = z.object({ on: z.boolean() });
export type SetAccountAutorenewInput = z.infer<typeof setAccountAutorenewSchema>;
