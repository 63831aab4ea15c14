import { ErrorList } from '../checks';
import { isCountryCode } from '../countries';
import { optionsOf, type TldContactRules } from '../types';

const PURPOSES = ['P1', 'P2', 'P3', 'P4', 'P5'] as const;
const PURPOSE_LABELS: Record<string, string> = {
  P1: 'P1 Business use for profit', P2: 'P2 Non-profit business, club, association, religious organisation',
  P3: 'P3 Personal use', P4: 'P4 Educational purposes', P5: 'P5 Government purposes',
};
const NEXUS = ['C11', 'C12', 'C21', 'C31', 'C32'] as const;
const NEXUS_LABELS: Record<string, string> = {
  C11: 'C11 US citizen', C12: 'C12 Permanent resident of the US', C21: 'C21 US organisation',
  C31: 'C31 Foreign entity that regularly engages in US activities', C32: 'C32 Foreign entity with a US office',
};

const IMMUTABLE = 'The .us registry keeps it from creation on (DMAPI documentation: it cannot be modified later).';

/**
 * .us: "app-purpose, nexus-category and nexus-category-country are required only when creating .US contacts, and
 * cannot be modified later". The DMAPI documentation's extension table spells them x-us-*, with `[Pp][12345]` and `([Cc])(11|...)`.
 */
export const usRules: TldContactRules = {
  fields: [
    { name: 'app-purpose', label: 'Application purpose', kind: 'select', required: 'create', immutable: true,
      immutableReason: IMMUTABLE, group: 'registry', options: optionsOf(PURPOSES, PURPOSE_LABELS),
      help: 'What the .us domains of this contact are for.' },
    { name: 'nexus-category', label: 'Nexus category', kind: 'select', required: 'create', immutable: true,
      immutableReason: IMMUTABLE, group: 'registry', options: optionsOf(NEXUS, NEXUS_LABELS),
      help: 'The contact’s tie to the United States that makes it eligible for .us.' },
    { name: 'nexus-category-country', label: 'Nexus country', kind: 'country', required: 'create', immutable: true,
      immutableReason: IMMUTABLE, group: 'registry', pattern: '[A-Za-z]{2}',
      help: 'US for citizens, residents and US organisations; the home country of a foreign entity (C31, C32).' },
  ],
  aliases: {
    'app-purpose': ['x-us-app-purpose'],
    'nexus-category': ['x-us-nexus-category'],
    'nexus-category-country': ['x-us-nexus-category-country'],
  },
  validate(values) {
    const list = new ErrorList();
    const purpose = list.require(values, 'app-purpose', 'application purpose is required for .us contacts', 'x-us-app-purpose');
    if (purpose !== undefined && !/^[Pp][1-5]$/.test(purpose)) list.add('app-purpose', 'must be one of P1 to P5');
    const nexus = list.require(values, 'nexus-category', 'nexus category is required for .us contacts', 'x-us-nexus-category');
    if (nexus !== undefined && !/^[Cc](11|12|21|31|32)$/.test(nexus)) {
      list.add('nexus-category', 'must be one of C11, C12, C21, C31, C32');
    }
    const country = list.require(values, 'nexus-category-country', 'nexus country is required for .us contacts',
      'x-us-nexus-category-country');
    if (country !== undefined && !isCountryCode(country)) list.add('nexus-category-country', 'must be a two-letter ISO country code');
    return list.errors;
  },
};
