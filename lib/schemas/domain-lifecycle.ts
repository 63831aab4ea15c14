/**
 * The domain page's writes beyond the settings (name servers, contacts, DNSSEC, privacy order, auth-id, renew,
 * delete, restore), shared by its forms and server actions. Browser-safe.
 */
import { z } from 'zod';
import { dnssecEntryErrors, MAX_DS_ENTRIES } from '@/lib/lifecycle/dnssec';
import { contactHandle } from './common';
import { domainName } from './domain';
import { checkNameserverText, confirmedAmount, expYearField, nameserverText, yearsField } from './form-fields';

export const nameserversFormSchema = z
  .object({ domain: domainName, nsText: nameserverText })
  .superRefine((v, ctx) => checkNameserverText(v.nsText, ctx, 'nsText'));
export type NameserversFormInput = z.input<typeof nameserversFormSchema>;

/** domain-modify changes only the contacts given; the owner changes through domain-owner-change. */
export const domainContactsSchema = z.object({ domain: domainName, adminC: contactHandle, techC: contactHandle, billingC: contactHandle });
export type DomainContactsInput = z.input<typeof domainContactsSchema>;

const entryField = z.string().max(2000).optional();
export const dnssecEntrySchema = z.object({
  keyTag: entryField,
  algorithm: entryField,
  digestType: entryField,
  digest: entryField,
  flags: entryField,
  protocol: entryField,
  publicKey: entryField,
});

/** DNSSEC on: one to six entries in the TLD's form, each field checked (lib/lifecycle/dnssec). */
export const enableDnssecSchema = z
  .object({
    domain: domainName,
    form: z.enum(['dsdata', 'keydata']),
    entries: z.array(dnssecEntrySchema).min(1, 'Add at least one key').max(MAX_DS_ENTRIES, `At most ${MAX_DS_ENTRIES} keys`),
  })
  .superRefine((v, ctx) => {
    v.entries.forEach((entry, i) => {
      for (const [field, message] of Object.entries(dnssecEntryErrors(entry, v.form))) {
        ctx.addIssue({ code: 'custom', path: ['entries', i, field], message });
      }
    });
  });
export type EnableDnssecInput = z.input<typeof enableDnssecSchema>;

export const domainOnlyFormSchema = z.object({ domain: domainName });
export type DomainOnlyFormInput = z.input<typeof domainOnlyFormSchema>;

/** domain-privacy-order: for the remaining lifetime, a number of years, or up to an expiration year. */
export const privacyOrderFormSchema = z
  .object({
    domain: domainName,
    privacy: z.enum(['basic', 'pro']),
    term: z.enum(['remaining', 'years', 'expyear']),
    years: yearsField.optional(),
    expyear: expYearField.optional(),
    confirmedTotal: confirmedAmount,
  })
  .superRefine((v, ctx) => {
    if (v.term === 'years' && v.years === undefined) ctx.addIssue({ code: 'custom', path: ['years'], message: 'Choose the number of years' });
    if (v.term === 'expyear' && v.expyear === undefined) ctx.addIssue({ code: 'custom', path: ['expyear'], message: 'Enter the year privacy should run until' });
  });
export type PrivacyOrderFormInput = z.input<typeof privacyOrderFormSchema>;

/** Reading a requested auth-id: the Proc-ID of the domain-transfer-get-auth-id request. */
export const revealAuthIdSchema = z.object({ domain: domainName, procId: z.string().trim().regex(/^\d{1,20}$/, 'A Proc-ID') });
export type RevealAuthIdInput = z.input<typeof revealAuthIdSchema>;

/**
 * domain-renew by expiration year (the safe default: sending it twice does not renew twice) or by a number of years.
 * `confirmedTotal` is the price the person confirmed; `maxPrice` goes out for a non-standard price class.
 */
export const renewFormSchema = z
  .object({
    domain: domainName,
    mode: z.enum(['expyear', 'years']),
    expyear: expYearField.optional(),
    years: yearsField.optional(),
    privacy: z.enum(['keep', 'none', 'basic', 'pro']),
    confirmedTotal: confirmedAmount,
    maxPrice: z.number().positive().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.mode === 'expyear' && v.expyear === undefined) ctx.addIssue({ code: 'custom', path: ['expyear'], message: 'Choose the new expiration year' });
    if (v.mode === 'years' && v.years === undefined) ctx.addIssue({ code: 'custom', path: ['years'], message: 'Choose the number of years' });
  });
export type RenewFormInput = z.input<typeof renewFormSchema>;

export const deleteFormSchema = z.object({ domain: domainName, force: z.boolean() });
export type DeleteFormInput = z.input<typeof deleteFormSchema>;

export const restoreFormSchema = z.object({ domain: domainName, confirmedTotal: confirmedAmount, maxPrice: z.number().positive().optional() });
export type RestoreFormInput = z.input<typeof restoreFormSchema>;
