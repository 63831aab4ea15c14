/**
 * Contacts as lib/contacts models them: fields keyed by their DMAPI parameter names (`name`, `address-1`,
 * `postal-code`, `x-de-type`…), checked by the TLD's rules (lib/contacts/validate.ts). Used by contact forms, server
 * actions and the contact-create / contact-modify / domain-owner-change request functions alike.
 */
import { z } from 'zod';
import { contactChanges } from '@/lib/contacts/changes';
import { withoutHiddenFields } from '@/lib/contacts/fields';
import { toDmapiPhone } from '@/lib/contacts/phone';
import { isContactField, validateContact } from '@/lib/contacts/validate';
import type { ContactFieldError } from '@/lib/contacts/types';
import { tldOf } from '@/lib/net/suffix';
import { contactHandle, tld } from './common';
import { domainName } from './domain';

/** Field name → value. An empty value is "not given"; in a modify it leaves the field as it is. */
export const contactFields = z.record(z.string().trim().toLowerCase().max(64), z.string().max(255));
export type ContactFieldsInput = z.input<typeof contactFields>;

type Issues = { addIssue(issue: { code: 'custom'; path: (string | number)[]; message: string }): void };

function report(ctx: Issues, errors: readonly ContactFieldError[]): void {
  for (const e of errors) ctx.addIssue({ code: 'custom', path: ['fields', e.field], message: e.message });
}

/** Parameters that are no contact field (a typo, or `handle`/`tld` given inside the fields). */
function unknownFields(fields: Record<string, string>): ContactFieldError[] {
  return Object.keys(fields)
    .filter((name) => !isContactField(name))
    .map((field) => ({ field, message: `${field} is not a contact field` }));
}

/** contact-create: a full contact for `tld`. */
export const contactCreateSchema = z.object({ tld, fields: contactFields }).superRefine((v, ctx) => {
  if (typeof v.tld !== 'string' || !v.fields) return;
  report(ctx, [...unknownFields(v.fields), ...validateContact(v.fields, { tld: v.tld, mode: 'create' })]);
});

/**
 * contact-modify: only the fields to change; `!@!` (CLEAR_VALUE) clears one. Without the stored contact at hand
 * the check judges what the change itself says: formats, clearing a mandatory field, touching an immutable one.
 */
export const contactModifySchema = z.object({ handle: contactHandle, tld, fields: contactFields }).superRefine((v, ctx) => {
  if (typeof v.tld !== 'string' || !v.fields) return;
  report(ctx, [...unknownFields(v.fields), ...validateContact(v.fields, { tld: v.tld, mode: 'modify' })]);
});

/** domain-owner-change: the new owner as a full contact, checked by the rules of the domain's TLD. */
export const domainOwnerChangeSchema = z
  .object({ domain: domainName, fields: contactFields, lockOptOut: z.boolean().optional() })
  .superRefine((v, ctx) => {
    if (typeof v.domain !== 'string' || !v.fields) return;
    report(ctx, [...unknownFields(v.fields), ...validateContact(v.fields, { tld: tldOf(v.domain), mode: 'create' })]);
  });


/** A contact handle on its own (the contact page, contact-delete). */
export const contactHandleSchema = z.object({ handle: contactHandle });

/**
 * What a contact form sends, as people type it: the values of fields the form hides are dropped (what is not shown
 * is not sent), and phone and fax are written in the DMAPI's `+CC.NUMBER` form when they can be read
 * (lib/contacts/phone.ts), using the contact's country for national numbers.
 */
export function tidyContactFields(tld: string, fields: Readonly<Record<string, string>>): Record<string, string> {
  const out = withoutHiddenFields(tld, fields);
  for (const name of ['phone', 'fax']) {
    const value = out[name]?.trim();
    if (value) out[name] = toDmapiPhone(value, out.country) ?? value;
  }
  return out;
}

/** The create form: tidied, then held to exactly contact-create's rules. */
export const contactCreateFormSchema = z
  .object({ tld, fields: contactFields })
  .transform((v) => ({ tld: v.tld, fields: tidyContactFields(v.tld, v.fields) }))
  .pipe(contactCreateSchema);

/**
 * The modify form, which holds the stored contact: the edited fields are judged as the merged result, so a change is
 * only blamed for problems it introduces and may not touch a field that cannot change (lib/contacts validateContact).
 */
export function contactEditFormSchema(stored: Readonly<Record<string, string>>) {
  return z.object({ handle: contactHandle, tld, fields: contactFields }).superRefine((v, ctx) => {
    if (typeof v.tld !== 'string' || !v.fields) return;
    const changes = contactChanges(v.tld, stored, tidyContactFields(v.tld, v.fields));
    report(ctx, validateContact(changes, { tld: v.tld, mode: 'modify', existing: stored }));
  });
}

/** The owner change form: the new owner tidied like a create form, then domain-owner-change's rules. */
export const ownerChangeFormSchema = z
  .object({ domain: domainName, fields: contactFields, lockOptOut: z.boolean().optional() })
  .transform((v) => ({ ...v, fields: tidyContactFields(tldOf(v.domain), v.fields) }))
  .pipe(domainOwnerChangeSchema);

/** A page of query-contact-list: the TLD the handles must be usable with, a handle pattern, 1-based positions. */
export const contactListQuerySchema = z.object({
  tld: tld.optional().or(z.literal('').transform(() => undefined)),
  /** Part of a handle, or a glob (`CUSN-*`); plain text is searched anywhere in the handle. */
  q: z.string().trim().max(64).optional(),
  from: z.coerce.number().int().min(1).max(10_000_000).optional(),
  to: z.coerce.number().int().min(1).max(10_000_000).optional(),
});

/** Text typed into a handle search as a query-contact-list pattern: globs as typed, plain text anywhere. */
export function handlePattern(q: string | undefined): string | undefined {
  const text = q?.trim();
  if (!text) return undefined;
  return /[*?]/.test(text) ? text : `*${text}*`;
}

const optionalHandle = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .pipe(contactHandle.optional());

/** Contact defaults of one TLD (Settings): the four roles' handles, each optional. */
export const contactDefaultsSchema = z.object({
  tld,
  owner: optionalHandle.optional(),
  admin: optionalHandle.optional(),
  tech: optionalHandle.optional(),
  billing: optionalHandle.optional(),
});
export type ContactDefaultsInput = z.input<typeof contactDefaultsSchema>;
