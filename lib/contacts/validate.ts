import { validateBase } from './base';
import { extensionsFor, extensionValueOk } from './extensions';
import { tldRulesFor } from './tld';
import { defaultUkAccountType } from './tld/uk';
import type { ContactFieldError, ContactInput, ContactValues, ValidateContactOptions } from './types';

/**
 * `!@!` clears a field in *-modify requests; an empty value leaves it unchanged (docs/dmapi-notes.md, "Modify
 * requests"). The one definition of the marker: request functions, forms and the sandbox import it from here.
 */
export const CLEAR_VALUE = '!@!';

/** Parameters that travel with contact requests but are not contact fields. */
const NOT_FIELDS = new Set(['tld', 'handle', 'auth-sid']);

/** Present, non-empty, trimmed values with lower-case keys; `!@!` counts as absent. */
export function contactValues(input: ContactInput): ContactValues {
  const values: ContactValues = {};
  for (const [key, raw] of Object.entries(input)) {
    const name = key.toLowerCase();
    const value = raw?.trim() ?? '';
    if (NOT_FIELDS.has(name) || value === '' || value === CLEAR_VALUE) continue;
    values[name] = value;
  }
  return values;
}

/** Fields holding ISO country codes: sent upper case, as the DMAPI documentation writes them. */
const COUNTRY_FIELDS = new Set(['country', 'nexus-category-country', 'x-us-nexus-category-country', 'x-eu-country-of-citizenship']);

/**
 * The parameters a contact-create (or domain-owner-change) or contact-modify sends: trimmed values under lower-case
 * names, country codes upper case. Empty values are left out (in a modify: "leave unchanged"); CLEAR_VALUE is kept
 * for a modify only.
 */
export function contactParams(input: ContactInput, mode: 'create' | 'modify'): ContactValues {
  const out: ContactValues = {};
  for (const [key, raw] of Object.entries(input)) {
    const name = key.toLowerCase();
    const value = raw?.trim() ?? '';
    if (NOT_FIELDS.has(name) || value === '' || (value === CLEAR_VALUE && mode === 'create')) continue;
    out[name] = COUNTRY_FIELDS.has(name) && value !== CLEAR_VALUE ? value.toUpperCase() : value;
  }
  return out;
}

/** The stored fields after a contact-modify: given values replace, `!@!` clears, empty or omitted keep. */
export function mergeContactModify(existing: Readonly<Record<string, string>>, input: ContactInput): ContactValues {
  const merged: ContactValues = contactValues(existing);
  for (const [key, raw] of Object.entries(input)) {
    const name = key.toLowerCase();
    const value = raw?.trim() ?? '';
    if (NOT_FIELDS.has(name) || value === '') continue;
    if (value === CLEAR_VALUE) delete merged[name];
    else merged[name] = value;
  }
  return merged;
}

/** Fields that "cannot be modified later", with every name that carries the same datum. */
export function immutableFieldsFor(tld: string): { field: string; names: readonly string[] }[] {
  const rules = tldRulesFor(tld);
  if (!rules) return [];
  return rules.fields
    .filter((spec) => spec.immutable)
    .map((spec) => ({ field: spec.name, names: [spec.name, ...(rules.aliases?.[spec.name] ?? [])] }));
}

function validateValues(values: ContactValues, tld: string): ContactFieldError[] {
  const errors = [...validateBase(values)];
  const rules = tldRulesFor(tld);
  if (rules) errors.push(...rules.validate(values));
  const known = new Map(extensionsFor(tld).map((e) => [e.name, e]));
  for (const [name, value] of Object.entries(values)) {
    if (!name.startsWith('x-')) continue;
    const extension = known.get(name);
    if (!extension) errors.push({ field: name, message: `not a contact extension of .${tld}` });
    else if (!extensionValueOk(extension, value)) errors.push({ field: name, message: `invalid value for ${name}` });
  }
  return errors;
}

/**
 * The contact fields of the documented contact-create list (every TLD's, since a client may send them for any TLD),
 * beside the `x-` extensions, which validateContact checks against the TLD's table.
 */
const DOCUMENTED_FIELDS = new Set([
  'name', 'fname', 'lname', 'title', 'individual', 'organization', 'email', 'address-1', 'address-2', 'address-3',
  'city', 'state', 'postal-code', 'country', 'phone', 'fax', 'extension', 'lang', 'app-purpose', 'nexus-category',
  'nexus-category-country', 'account-type', 'company-number', 'orgid', 'vatid',
]);

/** True for a parameter a contact stores: a documented contact field or an `x-` extension. */
export function isContactField(name: string): boolean {
  const lower = name.toLowerCase();
  return DOCUMENTED_FIELDS.has(lower) || lower.startsWith('x-');
}

const keyOf = (e: ContactFieldError): string => `${e.field}\u0000${e.message}`;

/** Lower-case names of the fields a modify mentions: given a value or cleared. */
function touchedFields(input: ContactInput): Set<string> {
  const out = new Set<string>();
  for (const [key, raw] of Object.entries(input)) if ((raw?.trim() ?? '') !== '') out.add(key.toLowerCase());
  return out;
}

/**
 * Checks a contact-create or contact-modify against the DMAPI documentation's rules: the generic fields, the TLD's
 * own fields (.us, .eu, .uk, .fi, .se/.nu) and the table of known extensions. A modify is judged on the merged
 * result, may not change an immutable field (.us nexus/purpose, .eu lang), and is only blamed for problems it
 * introduces, so an old contact with a gap can still have its phone number changed. Without `existing` (the stored
 * contact), a modify is judged on the fields it mentions: their formats, clearing a mandatory one, and touching an
 * immutable one.
 */
export function validateContact(input: ContactInput, options: ValidateContactOptions): ContactFieldError[] {
  if (options.mode === 'create') return validateValues(contactValues(input), options.tld);
  if (options.existing === undefined) return validateModifyAlone(input, options.tld);

  const existing = options.existing;
  const before = contactValues(existing);
  const errors: ContactFieldError[] = [];
  for (const { field, names } of immutableFieldsFor(options.tld)) {
    for (const name of names) {
      const raw = Object.entries(input).find(([key]) => key.toLowerCase() === name)?.[1]?.trim() ?? '';
      if (raw === '') continue;
      const old = names.map((n) => before[n]).find((v) => v !== undefined);
      if (raw === CLEAR_VALUE || old === undefined || old.toLowerCase() !== raw.toLowerCase()) {
        errors.push({ field, message: `${field} cannot be modified after the contact is created` });
      }
    }
  }
  const baseline = new Set(validateValues(before, options.tld).map(keyOf));
  const after = validateValues(mergeContactModify(existing, input), options.tld);
  errors.push(...after.filter((e) => !baseline.has(keyOf(e))));
  return errors;
}

function validateModifyAlone(input: ContactInput, tld: string): ContactFieldError[] {
  const touched = touchedFields(input);
  const errors: ContactFieldError[] = [];
  for (const { field, names } of immutableFieldsFor(tld)) {
    if (names.some((n) => touched.has(n))) errors.push({ field, message: `${field} cannot be modified after the contact is created` });
  }
  const after = validateValues(mergeContactModify({}, input), tld);
  return [...errors, ...after.filter((e) => touched.has(e.field))];
}

/**
 * What the registry stores for a new contact: `name` built from fname + lname ("simple concatenation"), the .eu
 * language defaulting to EN, the .uk account type to IND (GB/UK) or FIND.
 */
export function applyContactDefaults(tld: string, values: ContactValues): ContactValues {
  const out: ContactValues = { ...values };
  if (out.name === undefined && out.fname !== undefined && out.lname !== undefined) out.name = `${out.fname} ${out.lname}`;
  const rules = tldRulesFor(tld);
  if (rules?.fields.some((f) => f.name === 'lang') && out.lang === undefined) out.lang = 'EN';
  if (rules?.fields.some((f) => f.name === 'account-type') && out['account-type'] === undefined && out['x-nominet-type'] === undefined) {
    out['account-type'] = defaultUkAccountType(out.country);
  }
  if (out.country !== undefined) out.country = out.country.toUpperCase();
  return out;
}
