import { z } from 'zod';
import { domainName } from './domain';

/** Lock or unlock one domain (domain-lock / domain-unlock). */
export const lockDomainSchema = z.object({ domain: domainName, lock: z.boolean() });
export type LockDomainInput = z.input<typeof lockDomainSchema>;

/** Autorenew on or off for one domain (domain-set-property pname=autorenew). */
export const setAutorenewSchema = z.object({ domain: domainName, on: z.boolean() });
export type SetAutorenewInput = z.input<typeof setAutorenewSchema>;
