import { z } from 'zod';

// TODO(merge): the domain-name schema comes from lib/schemas/domain.ts once it lands.
const domain = z.string().trim().toLowerCase().min(3).max(253).regex(/^[a-z0-9.-]+$/, 'Enter a domain name such as example.com');

/** Lock or unlock one domain (domain-lock / domain-unlock). */
export const lockDomainSchema = z.object({ domain, lock: z.boolean() });
export type LockDomainInput = z.infer<typeof lockDomainSchema>;

/** Autorenew on or off for one domain (domain-set-property pname=autorenew). */
export const setAutorenewSchema = z.object({ domain, on: z.boolean() });
export type SetAutorenewInput = z.infer<typeof setAutorenewSchema>;
