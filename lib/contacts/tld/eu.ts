import { ErrorList, pick } from '../checks';
import { EEA_COUNTRIES, EU_COUNTRIES } from '../countries';
import { optionsOf, type ContactClause, type TldContactRules } from '../types';

/** EURid's languages (DMAPI documentation, x-eu-lang). */
export const EU_LANGUAGES = [
  'bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl',
  'pt', 'ro', 'sk', 'sl', 'sv',
] as const;

/** A natural person: said by x-eu-natural-person=true or by individual=Y. */
const NATURAL: readonly ContactClause[] = [
  { field: 'x-eu-natural-person', in: ['true'] },
  { field: 'individual', in: ['Y', 'Yes'] },
];
/** Owner contacts (x-eu-type owner, or none given) living outside the EU/EEA. */
const OWNER_OUTSIDE: readonly ContactClause[] = [
  { field: 'x-eu-type', in: ['owner'], orAbsent: true },
  { field: 'country', notIn: [...EEA_COUNTRIES] },
];

function isNatural(values: Record<string, string>): boolean {
  return values['x-eu-natural-person'] === 'true' || /^y/i.test(values.individual ?? '');
}

/**
 * .eu: `lang` (the language of EURid's e-mails) "cannot be modified later, and the default is 'EN'". Eligibility:
 * a registrant lives in the EU/EEA, or is a natural person with EU citizenship (x-eu-country-of-citizenship).
 * Only owner contacts (x-eu-type owner, or none given) are held to eligibility; admin/onsite contacts are not.
 */
export const euRules: TldContactRules = {
  fields: [
    { name: 'lang', label: 'Language for EURid e-mails', kind: 'select', required: 'optional', immutable: true,
      immutableReason: 'EURid keeps the language chosen at creation (DMAPI documentation: lang cannot be modified later).',
      defaultValue: 'EN', group: 'registry', options: optionsOf(EU_LANGUAGES.map((l) => l.toUpperCase())),
      help: 'The language EURid writes to the contact in. English (EN) when not chosen.' },
    { name: 'x-eu-natural-person', label: 'Natural person', kind: 'select', required: 'optional', group: 'registry',
      options: optionsOf(['true', 'false'], { true: 'Yes, a natural person', false: 'No, a company or organisation' }),
      help: 'Natural persons living outside the EU/EEA may hold .eu names as EU citizens.' },
    { name: 'x-eu-country-of-citizenship', label: 'Country of citizenship', kind: 'country', required: 'conditional',
      group: 'registry', requiredWhen: 'for natural persons living outside the EU/EEA', pattern: '[A-Z]{2}',
      visibleWhen: { any: NATURAL }, requiredIf: { all: OWNER_OUTSIDE, any: NATURAL },
      help: 'An EU member state, upper case (e.g. IT).' },
  ],
  validate(values) {
    const list = new ErrorList();
    const lang = values.lang;
    if (lang !== undefined && !(EU_LANGUAGES as readonly string[]).includes(lang.toLowerCase())) {
      list.add('lang', 'must be a two-letter language code of the EU');
    }
    const citizenship = values['x-eu-country-of-citizenship'];
    if (citizenship !== undefined && !EU_COUNTRIES.has(citizenship)) {
      list.add('x-eu-country-of-citizenship', 'must be the upper-case code of an EU member state');
    }
    const type = values['x-eu-type'];
    const country = pick(values, 'country')?.toUpperCase();
    if ((type === undefined || type === 'owner') && country !== undefined && !EEA_COUNTRIES.has(country)) {
      if (!isNatural(values)) {
        list.add('country', '.eu owners must live in the EU/EEA, or be natural persons with EU citizenship');
      } else if (citizenship === undefined) {
        list.add('x-eu-country-of-citizenship', 'EU citizenship is required for natural persons living outside the EU/EEA');
      }
    }
    return list.errors;
  },
};
