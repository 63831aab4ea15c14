import { BASE_FIELDS } from './base';
import { fieldShown } from './conditions';
import { EXTENSION_TLDS, extensionsFor, type ContactExtension } from './extensions';
import { tldRulesFor } from './tld';
import { optionsOf, type ContactFieldSpec, type ContactValues } from './types';

const DATE_SOURCE = '^\\d{4}-\\d{2}-\\d{2}$';

function kindOf(e: ContactExtension): ContactFieldSpec['kind'] {
  if (e.values) return 'select';
  if (e.check === '!@email') return 'email';
  if (e.check === '!@country' || (e.check instanceof RegExp && e.check.source === '^[A-Z]{2}$')) return 'country';
  if (e.check instanceof RegExp && e.check.source === DATE_SOURCE) return 'date';
  return 'text';
}

/** The table's regular expression without its anchors, for the field spec (`.*` means "anything": none). */
function patternOf(e: ContactExtension): string | undefined {
  if (!(e.check instanceof RegExp) || e.values) return undefined;
  const source = e.check.source.replace(/^\^/, '').replace(/\$$/, '');
  return source === '.*' ? undefined : source;
}

function extensionField(e: ContactExtension): ContactFieldSpec {
  const pattern = patternOf(e);
  return {
    name: e.name,
    label: e.meaning,
    kind: kindOf(e),
    required: 'optional',
    group: 'registry',
    ...(e.values ? { options: optionsOf(e.values, e.labels) } : {}),
    ...(pattern ? { pattern } : {}),
    ...(e.help ? { help: e.help } : {}),
  };
}

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
  const extra = extensionsFor(lower).filter((e) => !covered.has(e.name)).map(extensionField);
  return [...base, ...own, ...extra];
}

/** The fields of `tld` a form shows for these values (conditional ones only while their condition holds). */
export function shownContactFields(tld: string, values: ContactValues): ContactFieldSpec[] {
  return contactFieldsFor(tld).filter((spec) => fieldShown(spec, values));
}

/**
 * The values without those of fields the form hides (a .fi identity number typed before the type became company):
 * what is not shown is not sent.
 */
export function withoutHiddenFields(tld: string, values: Readonly<Record<string, string>>): Record<string, string> {
  const hidden = new Set(contactFieldsFor(tld).filter((spec) => !fieldShown(spec, values)).map((spec) => spec.name));
  return Object.fromEntries(Object.entries(values).filter(([name]) => !hidden.has(name)));
}

/** Every field name any TLD's form can show, for mapping DMAPI `Error:` lines onto form fields. */
export function allContactFieldNames(): string[] {
  const names = new Set<string>();
  for (const tld of ['com', ...EXTENSION_TLDS, 'us', 'fi', 'se', 'eu', 'uk']) {
    for (const spec of contactFieldsFor(tld)) names.add(spec.name);
    for (const aliases of Object.values(tldRulesFor(tld)?.aliases ?? {})) for (const a of aliases) names.add(a);
  }
  return [...names];
}
