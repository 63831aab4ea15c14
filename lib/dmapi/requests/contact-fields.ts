/**
 * The "contact fields" of contact-create, contact-modify and domain-owner-change (seed 004, Contacts), as one zod
 * shape with camelCase names and their DMAPI parameter names.
 */
import { z } from 'zod';
import type { ParamValue } from '../transport';

/** In *-modify requests an empty value means "leave unchanged" and `!@!` clears a field (DMAPI-WIRE.md). */
export const CLEAR = '!@!';

const text = z.string().trim().max(255);

export const contactFieldShape = {
  name: text.optional(),
  fname: text.optional(),
  lname: text.optional(),
  title: text.optional(),
  individual: z.boolean().optional(),
  organization: text.optional(),
  email: z.string().trim().email().optional(),
  address1: text.optional(),
  address2: text.optional(),
  address3: text.optional(),
  city: text.optional(),
  state: text.optional(),
  postalCode: text.optional(),
  country: z.string().trim().length(2).toUpperCase().optional(),
  phone: text.optional(),
  extension: text.optional(),
  fax: text.optional(),
  lang: z.string().trim().length(2).optional(),
  appPurpose: text.optional(),
  nexusCategory: text.optional(),
  nexusCategoryCountry: text.optional(),
  accountType: z
    .enum(['LTD', 'PLC', 'PTNR', 'STRA', 'LLP', 'IP', 'IND', 'SCH', 'RCHAR', 'GOV', 'CRC', 'STAT', 'OTHER', 'FIND', 'FCORP', 'FOTHER'])
    .optional(),
  companyNumber: text.optional(),
  orgid: text.optional(),
  vatid: text.optional(),
  /** TLD extensions such as `x-de-type`, `x-eu-lang`, `x-ficora-type` (004: Known extensions, grouped by TLD). */
  extensions: z.record(z.string().regex(/^x-[a-z0-9-]+$/, 'Extension names start with x-'), z.string()).optional(),
};

const PARAM_NAMES: Record<string, string> = {
  address1: 'address-1',
  address2: 'address-2',
  address3: 'address-3',
  postalCode: 'postal-code',
  appPurpose: 'app-purpose',
  nexusCategory: 'nexus-category',
  nexusCategoryCountry: 'nexus-category-country',
  accountType: 'account-type',
  companyNumber: 'company-number',
};

export type ContactFields = { [K in keyof typeof contactFieldShape]?: z.output<(typeof contactFieldShape)[K]> };

/** Required for contact-create and domain-owner-change: "Fields not marked (optional) are mandatory". */
export const requiredContactFields = ['email', 'address1', 'city', 'postalCode', 'country', 'phone'] as const;

export function hasName(v: ContactFields): boolean {
  return Boolean(v.name) || (Boolean(v.fname) && Boolean(v.lname));
}

export function missingRequired(v: ContactFields): string[] {
  return requiredContactFields.filter((k) => !v[k]);
}

/**
 * Turn contact fields into DMAPI parameters. `individual` travels as Y/N. With `clear` listing field names,
 * those are sent as `!@!` (contact-modify only).
 */
export function contactParams(v: ContactFields, clear: readonly string[] = []): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {};
  for (const [key, value] of Object.entries(v)) {
    if (key === 'extensions' || value === undefined) continue;
    const name = PARAM_NAMES[key] ?? key;
    out[name] = typeof value === 'boolean' ? (value ? 'Y' : 'N') : (value as string);
  }
  for (const [name, value] of Object.entries(v.extensions ?? {})) out[name] = value;
  for (const key of clear) out[PARAM_NAMES[key] ?? key] = CLEAR;
  return out;
}
