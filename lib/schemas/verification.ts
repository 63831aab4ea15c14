/**
 * Whois verification and change-of-registrant input, shared by the workspace's forms, its server actions, the public
 * landing pages and settings. Browser-safe.
 */
import { z } from 'zod';
import { confirmationKey, email } from './common';

/**
 * A verification or change-of-registrant key as it arrives in a landing URL or is read out on the phone. Joker mails
 * hex keys; anything with blanks, control characters or URL syntax is a broken link, refused before the DMAPI sees it.
 */
export const landingKey = confirmationKey.regex(/^[A-Za-z0-9_-]{8,255}$/, 'This is not a key from a verification e-mail');

export const answer = z.enum(['yes', 'no'], { error: 'Choose yes or no' });

/** At most this many e-mails per resend request (the page sends a larger selection in several). */
export const MAX_RESEND = 100;

export const resendVerificationSchema = z.object({
  emails: z
    .array(email)
    .min(1, 'Select at least one e-mail address')
    .max(MAX_RESEND, `At most ${MAX_RESEND} e-mail addresses at a time`),
});
export type ResendVerificationInput = z.input<typeof resendVerificationSchema>;

export const lookupKeySchema = z.object({ key: landingKey });
export type LookupKeyInput = z.input<typeof lookupKeySchema>;

export const recordAnswerSchema = z.object({
  key: landingKey,
  answer,
  reason: z
    .string()
    .trim()
    .min(5, 'Say who gave the answer and how (at least 5 characters)')
    .max(1000, 'At most 1,000 characters'),
});
export type RecordAnswerInput = z.input<typeof recordAnswerSchema>;

export const addNoteSchema = z.object({
  email,
  body: z.string().trim().min(1, 'Write a note').max(2000, 'At most 2,000 characters'),
});
export type AddNoteInput = z.input<typeof addNoteSchema>;

/** The owner's answer on a public landing page: only the key they arrived with and yes or no. */
export const publicAnswerSchema = z.object({ key: landingKey, answer });
export type PublicAnswerInput = z.input<typeof publicAnswerSchema>;

/** Settings: how the public pages introduce the reseller. */
export const publicIdentitySchema = z.object({
  name: z.string().trim().min(1, 'Enter the name owners know you by').max(120, 'At most 120 characters'),
  logoUrl: z
    .string()
    .trim()
    .max(2000, 'At most 2,000 characters')
    .refine((v) => v === '' || /^https?:\/\/[^\s]+$/i.test(v), 'Enter an http(s) address, or leave it empty'),
});
export type PublicIdentityInput = z.input<typeof publicIdentitySchema>;

/** Settings: the API key the public pages use. Never sent back to the browser. */
export const serviceCredentialSchema = z.object({
  apiKey: z.string().trim().min(1, 'Enter the API key').max(512, 'That is too long for an API key'),
});
export type ServiceCredentialInput = z.input<typeof serviceCredentialSchema>;

export const STATES = ['pending', 'lapsed', 'verified', 'refused', 'closed'] as const;
export type EntryState = (typeof STATES)[number];

/** The workspace list's filters, from the URL; anything invalid falls back to the default. */
export const listFiltersSchema = z.object({
  state: z.enum([...STATES, 'all']).catch('pending'),
  within: z.coerce.number().int().min(0).max(365).optional().catch(undefined),
  tld: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9.-]{2,63}$/)
    .optional()
    .catch(undefined),
  q: z.string().trim().max(254).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  size: z.coerce
    .number()
    .int()
    .refine((n) => [25, 50, 100].includes(n))
    .catch(50),
});
export type ListFilters = z.output<typeof listFiltersSchema>;
