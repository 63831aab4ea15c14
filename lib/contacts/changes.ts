import { contactFieldsFor } from './fields';
import { fieldShown } from './conditions';
import { CLEAR_VALUE } from './validate';
import type { ContactValues } from './types';

/**
 * What a contact-modify sends for an edited contact: only the fields whose value changed, a cleared field as the
 * DMAPI's clear marker (`!@!`, never an empty value, which means "leave unchanged"), nothing for fields that cannot
 * change after creation, and nothing for fields the form does not show. Values compare trimmed; country codes and
 * select values compare without regard to case.
 */
export function contactChanges(tld: string, stored: Readonly<Record<string, string>>, edited: Readonly<Record<string, string>>): ContactValues {
  const out: ContactValues = {};
  const merged = { ...stored, ...edited };
  for (const spec of contactFieldsFor(tld)) {
    if (spec.immutable || !(spec.name in edited) || !fieldShown(spec, merged)) continue;
    const before = (stored[spec.name] ?? '').trim();
    const after = (edited[spec.name] ?? '').trim();
    const caseless = spec.kind === 'country' || spec.kind === 'select';
    const same = caseless ? before.toLowerCase() === after.toLowerCase() : before === after;
    if (same) continue;
    out[spec.name] = after === '' ? CLEAR_VALUE : after;
  }
  return out;
}

/** Fields whose presence tells a contact's TLD (query-whois does not name it): the first match wins. */
const TELLS: [RegExp, string][] = [
  [/^(app-purpose|nexus-category|nexus-category-country|x-us-)/, 'us'],
  [/^x-ficora-/, 'fi'],
  [/^x-iinu-/, 'nu'],
  [/^(orgid|vatid|x-iise-)/, 'se'],
  [/^(account-type|company-number|x-nominet-)/, 'uk'],
  [/^(lang|x-eu-)/, 'eu'],
  [/^x-be-/, 'be'], [/^x-ca-/, 'ca'], [/^x-cn-/, 'cn'], [/^x-atnic-/, 'at'], [/^x-de-/, 'de'], [/^x-dk-/, 'dk'],
  [/^x-fr-/, 'fr'], [/^x-ie-/, 'ie'], [/^x-it-/, 'it'], [/^x-nl-/, 'nl'], [/^x-sk-/, 'sk'], [/^x-xxx-/, 'xxx'],
];

/**
 * The TLD whose rules a stored contact follows, read off its TLD-specific fields; undefined for a contact with only
 * generic fields (its rules are the generic ones).
 */
export function contactTldFromFields(fields: Readonly<Record<string, string>>): string | undefined {
  const names = Object.keys(fields).filter((k) => (fields[k] ?? '').trim() !== '').map((k) => k.toLowerCase());
  for (const [test, tld] of TELLS) if (names.some((n) => test.test(n))) return tld;
  return undefined;
}
