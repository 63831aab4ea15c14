/**
 * Domain names, domain patterns and the inputs of the domain requests, as forms, server actions and the DMAPI request
 * functions (lib/dmapi/requests/domains.ts) validate them.
 */
import { z } from 'zod';
import { isValidDomainName, normalizeDomainName } from '@/lib/net/domain';
import { isDomainPattern, isGlob } from '@/lib/net/glob';
import { contactHandle, expYear, maxPrice, ONE_PERIOD_MESSAGE, onePeriodOnly, periodMonths } from './common';
import { nsList } from './host';

/** A registrable domain name (IDN allowed), handed on in the lower-case ASCII form the DMAPI takes. */
export const domainName = z
  .string()
  .trim()
  .refine(isValidDomainName, 'Enter a domain name such as example.com')
  .transform(normalizeDomainName);

/** domain-set-property and friends take one domain or a wildcard pattern over the account's domains. */
export const domainOrPattern = z
  .string()
  .trim()
  .min(1)
  .refine((v) => (isGlob(v) ? isDomainPattern(v) : isValidDomainName(v)), 'Enter a domain name or a pattern such as *.com')
  .transform((v) => (isGlob(v) ? v.toLowerCase() : normalizeDomainName(v)));

/** ds-N: `tag:alg:digest-type:digest` (com/net/org/...) or `protocol:alg:flags:pubkey-base64` (de). */
export const dsRecord = z
  .string()
  .trim()
  .regex(/^\d{1,5}:\d{1,3}:\d{1,5}:[A-Za-z0-9+/=]+$/, 'Use tag:alg:digest-type:digest or protocol:alg:flags:pubkey');

/** domain-register `language`: the IDN language tag (3 letters). */
export const idnLanguage = z.string().trim().regex(/^[a-z]{3}$/i, '3-letter language code');

export const privacyLevel = z.enum(['basic', 'pro', 'none']);

export const domainRegisterSchema = z.object({
  domain: domainName,
  period: periodMonths,
  /** "only production is accepted so far". */
  status: z.literal('production').default('production'),
  ownerC: contactHandle,
  billingC: contactHandle,
  adminC: contactHandle,
  techC: contactHandle,
  nsList,
  autorenew: z.boolean().optional(),
  language: idnLanguage.optional(),
  registrarTag: z.string().trim().min(1).optional(),
  privacy: privacyLevel.optional(),
  maxPrice: maxPrice.optional(),
});

export const domainRenewSchema = z
  .object({
    domain: domainName,
    period: periodMonths.optional(),
    expyear: expYear.optional(),
    privacy: z.enum(['basic', 'pro', 'none', 'keep']).optional(),
    maxPrice: maxPrice.optional(),
  })
  .refine(onePeriodOnly, ONE_PERIOD_MESSAGE)
  .refine((v) => v.period !== undefined || v.expyear !== undefined, 'Give a period or an expiration year');

export const domainModifySchema = z.object({
  domain: domainName,
  billingC: contactHandle.optional(),
  adminC: contactHandle.optional(),
  techC: contactHandle.optional(),
  nsList: nsList.optional(),
  registrarTag: z.string().trim().min(1).optional(),
  /** false removes DNSSEC (`dnssec=0`); an array of 1 to 6 ds-N entries sets it (`dnssec=1&ds-1=...`). */
  dnssec: z.union([z.literal(false), z.array(dsRecord).min(1).max(6)]).optional(),
});

export const domainDeleteSchema = z.object({ domain: domainName, force: z.boolean().optional() });

export const domainOnlySchema = z.object({ domain: domainName });

export const domainPrivacyOrderSchema = z
  .object({
    domain: domainName,
    privacy: z.enum(['basic', 'pro']),
    period: periodMonths.optional(),
    expyear: expYear.optional(),
  })
  .refine(onePeriodOnly, ONE_PERIOD_MESSAGE);
