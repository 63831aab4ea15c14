import { BASE_FIELDS } from './base';
import { extensionsFor } from './extensions';
import { tldRulesFor } from './tld';
import { optionsOf, type ContactFieldSpec } from './types';

/**
 * The fields a contact form shows for a TLD: the generic ones (with the .fi requirement of first and last name),
 * the TLD's own fields, then any further extension of the DMAPI documentation's table not already covered by an alias.
 */
export function contactFieldsFor(tld: string): ContactFieldSpec[] {
  const lower = tld.toLowerCase();
  const rules = tldRulesFor(lower);
  const base = BASE_FIELDS.map((spec): ContactFieldSpec => {
    if (lower === 'fi' && (spec.name === 'fname' || spec.name === 'lname')) {
      return { ...spec, required: 'always', requiredWhen: undefined };
    }
    return spec;
  });
  const own = rules?.fields ?? [];
  const covered = new Set<string>(own.map((f) => f.name));
  for (const names of Object.values(rules?.aliases ?? {})) for (const name of names) covered.add(name);
  const extra = extensionsFor(lower)
    .filter((e) => !covered.has(e.name))
    .map((e): ContactFieldSpec => ({
      name: e.name,
      label: e.meaning,
      kind: e.values ? 'select' : e.check === '!@email' ? 'email' : e.check === '!@country' ? 'country' : 'text',
      required: 'optional',
      group: 'registry',
      ...(e.values ? { options: optionsOf(e.values) } : {}),
    }));
  return [...base, ...own, ...extra];
}
