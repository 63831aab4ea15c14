import { z } from 'zod';
import { domainName } from './domain';

/** Lock or unlock one domain (domain-lock / domain-unlock). */
export const lockDomainSchema = z.object({ domain: domainName, lock: z.boolean() });
export type LockDomainInput = z.input<typeof lockDomainSchema>;

/** Autorenew on or off for one domain (domain-set-property pname=autorenew). */
export const setAutorenewSchema = z.object({ domain: domainName, on: z.boolean() });
export type SetAutorenewInput = z.input<typeof setAutorenewSchema>;

/** The on/off properties of domain-set-property besides autorenew (DMAPI documentation, domain-set-property). */
export const domainFlagNames = ['whois-opt-out', 'gdpr-opt-in'] as const;
export const setDomainFlagSchema = z.object({ domain: domainName, pname: z.enum(domainFlagNames), on: z.boolean() });
export type SetDomainFlagInput = z.input<typeof setDomainFlagSchema>;

/** Switch an existing privacy subscription: basic, pro, or off (whois data disclosed). */
export const setPrivacySchema = z.object({ domain: domainName, level: z.enum(['basic', 'pro', 'off']) });
export type SetPrivacyInput = z.input<typeof setPrivacySchema>;
