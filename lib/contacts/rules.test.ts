/**
 * The rules module against every TLD it knows: a valid example per TLD, each required field, each pattern or value
 * list of the DMAPI documentation's extension table, and each condition (as data and as the validator applies it).
 */
import { describe, expect, it } from 'vitest';
import { conditionHolds } from './conditions';
import { VALID_CONTACTS } from './examples';
import { EXTENSION_TLDS, extensionsFor } from './extensions';
import { contactFieldsFor } from './fields';
import { tldRulesFor } from './tld';
import { validateContact } from './validate';

const TLDS = ['com', ...EXTENSION_TLDS];
const create = (tld: string, input: Record<string, string>) => validateContact(input, { tld, mode: 'create' });
const fieldsOf = (errors: { field: string }[]) => errors.map((e) => e.field);

/** The datum a name carries: its own name, or the primary field an alias stands for (x-us-app-purpose → app-purpose). */
function namesFor(tld: string, name: string): string[] {
  const aliases = tldRulesFor(tld)?.aliases ?? {};
  const primary = Object.entries(aliases).find(([, list]) => list.includes(name))?.[0];
  return primary ? [name, primary] : [name, ...(aliases[name] ?? [])];
}

function without(values: Readonly<Record<string, string>>, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([k]) => !names.includes(k)));
}

/** A value the table's pattern takes and one it refuses (null: the pattern takes anything, `.*`). */
const SAMPLES: Record<string, [good: string, bad: string | null]> = {
  'x-be-vatid': ['BE0123456789', null],
  'x-cn-owner-id-number': ['110101199003070000', 'x'.repeat(31)],
  'x-nominet-trading-name': ['Example Trading', 'x'.repeat(51)],
  'x-nominet-company-no': ['01234567', '€1234'],
  'x-dk-user-id-number': ['MH1234-DK', null],
  'x-eu-country-of-citizenship': ['IT', 'it'],
  'x-ficora-birthdate': ['1980-02-28', '28.02.1980'],
  'x-ficora-identity': ['131052-308T', 'ab'],
  'x-ficora-legalemail': ['legal@example.fi', 'nope'],
  'x-ficora-registernumber': ['1234567-8', 'ab'],
  'x-fr-announce': ['5', '5a'],
  'x-fr-birthcity': ['Lyon', 'x'.repeat(31)],
  'x-fr-birthdate': ['1980-02-28', '1980/02/28'],
  'x-fr-birthpc': ['69001', 'x'.repeat(31)],
  'x-fr-birthplace': ['FR', 'fr'],
  'x-fr-date-association': ['2001-05-01', '01.05.2001'],
  'x-fr-date-publication-jo': ['2001-05-15', '2001-5-15'],
  'x-fr-duns': ['123456789', 'x'.repeat(31)],
  'x-fr-local': ['LOCAL-1', 'x'.repeat(31)],
  'x-fr-numero-de-page-announce-jo': ['12', 'p12'],
  'x-fr-restrict-pub': ['0', '12'],
  'x-fr-siren-or-siret': ['732829320', 'x'.repeat(31)],
  'x-fr-trademark': ['FR123', 'x'.repeat(31)],
  'x-fr-vatid': ['FR40303265045', 'x'.repeat(31)],
  'x-fr-waldec': ['123', 'W123'],
  'x-ie-applicant': ['Sean Murphy', null],
  'x-it-pin': ['RSSMRA80A01H501U', null],
  'x-nl-legal-form-registration-no': ['12345678', 'x'.repeat(31)],
  'x-iinu-orgid': ['[SE]811228-9874', 'x'.repeat(31)],
  'x-iinu-vatid': ['SE556012579001', 'x'.repeat(31)],
  'x-iise-vatid': ['SE556012579001', 'x'.repeat(31)],
  'x-iise-orgid': ['[SE]811228-9874', 'x'.repeat(31)],
  'x-sk-contact-ident-number': ['8001011234', null],
  'x-us-app-purpose': ['p2', 'P6'],
  'x-us-nexus-category': ['c31', 'C13'],
  'x-us-nexus-category-country': ['DE', 'ZZ'],
  'x-xxx-membership-token': ['MEMBER-1', 'x'.repeat(31)],
};

describe('a valid example per TLD', () => {
  it.each(TLDS)('.%s', (tld) => {
    const example = VALID_CONTACTS[tld];
    expect(example, `no example for .${tld}`).toBeDefined();
    expect(create(tld, { ...example })).toEqual([]);
  });
});

describe('each required field, per TLD', () => {
  it.each(TLDS)('.%s', (tld) => {
    const example = VALID_CONTACTS[tld] ?? {};
    const required = contactFieldsFor(tld).filter((s) => s.required === 'always' || s.required === 'create');
    expect(required.map((s) => s.name)).toEqual(expect.arrayContaining(['email', 'address-1', 'city', 'postal-code', 'country', 'phone']));
    for (const spec of required) {
      const errors = create(tld, without(example, namesFor(tld, spec.name)));
      expect(fieldsOf(errors), `.${tld} without ${spec.name}`).toContain(spec.name);
      // A modify may leave create-only fields out; it may never clear an always-required one.
      if (spec.required === 'always') {
        const cleared = validateContact({ [spec.name]: '!@!' }, { tld, mode: 'modify', existing: example });
        expect(fieldsOf(cleared), `.${tld} clearing ${spec.name}`).toContain(spec.name);
      }
    }
  });
  it('name, or first and last name', () => {
    const noName = without(VALID_CONTACTS.com ?? {}, ['name']);
    expect(fieldsOf(create('com', noName))).toEqual(['fname', 'lname']);
    expect(create('com', { ...noName, fname: 'John', lname: 'Doe' })).toEqual([]);
    expect(fieldsOf(create('fi', { ...VALID_CONTACTS.fi, fname: '', name: 'Matti M' }))).toEqual(['fname']);
  });
});

describe('each extension of the table: its value list or pattern', () => {
  const cases = TLDS.flatMap((tld) => extensionsFor(tld).map((e) => [tld, e.name] as const));
  it('has a sample for every pattern', () => {
    const patterned = TLDS.flatMap((tld) => extensionsFor(tld)).filter((e) => !e.values || e.name === 'x-fr-restrict-pub');
    expect(patterned.map((e) => e.name).filter((n) => !(n in SAMPLES))).toEqual([]);
  });
  it.each(cases)('.%s %s', (tld, name) => {
    const extension = extensionsFor(tld).find((e) => e.name === name);
    // Company id documents are for enterprises only (the .cn rule below), so the whole list is tried on one.
    const base = { ...VALID_CONTACTS[tld], ...(name === 'x-cn-owner-id-type' ? { 'x-cn-owner-type': 'E' } : {}) };
    const blamed = (value: string) => fieldsOf(create(tld, { ...base, [name]: value })).filter((f) => namesFor(tld, name).includes(f));
    const sample = SAMPLES[name];
    const good = sample ? [sample[0]] : (extension?.values ?? []);
    for (const value of good) expect(blamed(value), `${name}=${value}`).toEqual([]);
    const bad = sample ? sample[1] : 'not-a-listed-value';
    if (bad !== null) expect(blamed(bad).length, `${name}=${bad}`).toBeGreaterThan(0);
  });
});

/** Conditional fields: values where the condition holds (the field then required) and where it does not. */
const CONDITIONS: { tld: string; field: string; holds: Record<string, string>[]; not: Record<string, string>[] }[] = [
  { tld: 'com', field: 'organization', holds: [{ individual: 'N' }, { individual: 'No' }], not: [{ individual: 'Y' }, {}] },
  {
    tld: 'co.uk', field: 'company-number',
    holds: [{ 'account-type': 'LTD' }, { 'account-type': 'RCHAR' }, { 'account-type': '', 'x-nominet-type': 'PLC' }],
    not: [{ 'account-type': 'STRA' }, { 'account-type': 'IND' }, { 'account-type': '' }],
  },
  {
    tld: 'fi', field: 'x-ficora-registernumber',
    holds: [{ 'x-ficora-type': 'company', 'x-ficora-legalemail': 'legal@example.fi' }],
    not: [{ 'x-ficora-type': 'association' }],
  },
  {
    tld: 'fi', field: 'x-ficora-legalemail',
    holds: [{ 'x-ficora-type': 'company', 'x-ficora-registernumber': '1234567-8' }],
    not: [{ 'x-ficora-type': 'institution' }],
  },
  {
    tld: 'fi', field: 'x-ficora-identity',
    holds: [{ 'x-ficora-type': 'privateperson', 'x-ficora-is-finnish': 'yes' }],
    not: [{ 'x-ficora-type': 'privateperson', 'x-ficora-is-finnish': 'no', 'x-ficora-birthdate': '1980-01-01' }, { 'x-ficora-type': 'association' }],
  },
  {
    tld: 'fi', field: 'x-ficora-birthdate',
    holds: [{ 'x-ficora-type': 'privateperson', 'x-ficora-is-finnish': 'no' }],
    not: [{ 'x-ficora-type': 'privateperson', 'x-ficora-is-finnish': 'yes' }, { 'x-ficora-type': 'company', 'x-ficora-is-finnish': 'no', 'x-ficora-registernumber': '1234567-8', 'x-ficora-legalemail': 'l@example.fi' }],
  },
  {
    tld: 'eu', field: 'x-eu-country-of-citizenship',
    holds: [{ country: 'US', 'x-eu-natural-person': 'true' }, { country: 'CH', individual: 'Y', 'x-eu-natural-person': '' }],
    not: [{ country: 'DE', 'x-eu-natural-person': 'true' }, { country: 'US', 'x-eu-natural-person': 'true', 'x-eu-type': 'admin' }],
  },
];

describe('each condition: as data and as the validator applies it', () => {
  it.each(CONDITIONS.map((c) => [c.tld, c.field, c] as const))('.%s %s', (tld, field, c) => {
    const spec = contactFieldsFor(tld).find((s) => s.name === field);
    expect(spec?.required).toBe('conditional');
    const condition = spec?.requiredIf;
    expect(condition).toBeDefined();
    const base = without(VALID_CONTACTS[tld] ?? {}, namesFor(tld, field));
    for (const [expected, list] of [[true, c.holds], [false, c.not]] as const) {
      for (const overrides of list) {
        const values = Object.fromEntries(Object.entries({ ...base, ...overrides }).filter(([, v]) => v !== ''));
        expect(conditionHolds(condition ?? {}, values), JSON.stringify(overrides)).toBe(expected);
        expect(fieldsOf(create(tld, values)).includes(field), JSON.stringify(overrides)).toBe(expected);
      }
    }
  });

  it('.eu: a non-natural owner outside the EU/EEA is refused on its country', () => {
    expect(fieldsOf(create('eu', { ...VALID_CONTACTS.eu, country: 'US', 'x-eu-natural-person': 'false' }))).toEqual(['country']);
    expect(create('eu', { ...VALID_CONTACTS.eu, country: 'US', 'x-eu-country-of-citizenship': 'IT' })).toEqual([]);
  });

  it('.cn: individuals only with a personal id document', () => {
    expect(fieldsOf(create('cn', { ...VALID_CONTACTS.cn, 'x-cn-owner-id-type': 'YYZZ' }))).toEqual(['x-cn-owner-id-type']);
    expect(create('cn', { ...VALID_CONTACTS.cn, 'x-cn-owner-type': 'E', 'x-cn-owner-id-type': 'YYZZ' })).toEqual([]);
  });

  it('.se/.nu: orgid by its alias, and no alias of the other registry', () => {
    const { orgid: _o, vatid: _v, ...rest } = VALID_CONTACTS.se ?? {};
    expect(create('se', { ...rest, 'x-iise-orgid': '[SE]811228-9874' })).toEqual([]);
    expect(fieldsOf(create('se', { ...rest, 'x-iinu-orgid': '[SE]811228-9874' }))).toEqual(['x-iinu-orgid']);
  });
});

describe('every field spec is consistent', () => {
  it.each(TLDS)('.%s', (tld) => {
    for (const spec of contactFieldsFor(tld)) {
      if (spec.required === 'conditional') expect(spec.requiredWhen, spec.name).toBeTruthy();
      if (spec.immutable) expect(spec.immutableReason, spec.name).toBeTruthy();
      if (spec.kind === 'select') expect(spec.options?.length, spec.name).toBeGreaterThan(0);
      if (spec.pattern) expect(() => new RegExp(`^(?:${spec.pattern})$`), spec.name).not.toThrow();
    }
  });
});
