/**
 * Contacts as lib/contacts models them: fields keyed by their DMAPI parameter names (`name`, `address-1`,
 * `postal-code`, `x-de-type`…), checked by the TLD's rules (lib/contacts/validate.ts). Used by contact forms, server
 * actions and the contact-create / contact-modify / domain-owner-change request functions alike.
 */
import { z } from 'zod';
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

