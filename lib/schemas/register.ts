/** The register flow's inputs (one name, or a list as a bulk job), shared by the form and its server actions. */
import { z } from 'zod';
import { contactHandle } from './common';
import { domainName } from './domain';
import { checkNameserverText, confirmedAmount, nameserverText, yearsField } from './form-fields';

export const nameserverMode = z.enum(['joker', 'own']);
export const privacyChoice = z.enum(['none', 'basic', 'pro']);

const registrationFields = {
  years: yearsField,
  ownerC: contactHandle,
  adminC: contactHandle,
  techC: contactHandle,
  billingC: contactHandle,
  nsMode: nameserverMode,
  nsText: nameserverText,
  privacy: privacyChoice,
  autorenew: z.boolean(),
};

const withNameservers = <T extends { nsMode: 'joker' | 'own'; nsText: string }>(v: T, ctx: z.RefinementCtx) => {
  if (v.nsMode === 'own') checkNameserverText(v.nsText, ctx, 'nsText');
};

/** One name. `confirmedTotal` is what the confirmation showed; `maxPrice` is sent for a non-standard price class. */
export const registerDomainSchema = z
  .object({
    domain: domainName,
    ...registrationFields,
    confirmedTotal: confirmedAmount,
    maxPrice: z.number().positive().optional(),
  })
  .superRefine(withNameservers);
export type RegisterDomainInput = z.input<typeof registerDomainSchema>;

/** Several names (one per line) as one bulk job with the same contacts, name servers and options. */
export const bulkRegisterSchema = z
  .object({
    names: z.string().trim().min(1, 'Enter at least one domain name').max(40_000, 'The list is too long: at most 40,000 characters (about 1,000 names) per bulk registration. Split it into several.'),
    ...registrationFields,
    /** The summary's total the person confirmed; the start refuses when the total has grown since. */
    confirmedTotal: confirmedAmount,
  })
  .superRefine(withNameservers);
export type BulkRegisterInput = z.input<typeof bulkRegisterSchema>;
