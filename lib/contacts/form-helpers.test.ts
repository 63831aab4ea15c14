import { describe, expect, it } from 'vitest';
import { contactChanges, contactTldFromFields } from './changes';
import { COUNTRY_CODES, countryName, countryOptions } from './countries';
import { VALID_CONTACTS } from './examples';
import { allContactFieldNames, shownContactFields, withoutHiddenFields } from './fields';
import { toDmapiPhone } from './phone';
import { CLEAR_VALUE } from './validate';

describe('toDmapiPhone', () => {
  it.each([
    ['+49 30 1234567', undefined, '+49.301234567'],
    ['+49 (0)30 123-4567', undefined, '+49.301234567'],
    ['0049-30-1234567', undefined, '+49.301234567'],
    ['030 1234567', 'DE', '+49.301234567'],
    ['+1 (202) 555-0100', undefined, '+1.2025550100'],
    ['1 202 555 0100', 'US', '+1.2025550100'],
    ['06 1234 5678', 'IT', '+39.0612345678'],
    ['+358 9 1234 5678', undefined, '+358.912345678'],
    ['+44 20 7123 4567', 'DE', '+44.2071234567'],
    ['+1.422.8001', undefined, '+1.422.8001'],
  ])('%s (%s) → %s', (input, country, expected) => {
    expect(toDmapiPhone(input, country)).toBe(expected);
  });
  it.each([['030 1234567', undefined], ['+999 1234567', undefined], ['call me', 'DE'], ['+49 12', undefined], ['', 'DE']])(
    'cannot read %s (%s)',
    (input, country) => expect(toDmapiPhone(input, country)).toBeNull(),
  );
});

describe('what a form shows', () => {
  const names = (tld: string, values: Record<string, string>) => shownContactFields(tld, values).map((s) => s.name);
  it('.fi: identity only for Finnish private persons, birth date only for foreign ones, company numbers otherwise', () => {
    const person = { 'x-ficora-type': 'privateperson', 'x-ficora-is-finnish': 'yes' };
    expect(names('fi', person)).toContain('x-ficora-identity');
    expect(names('fi', person)).not.toContain('x-ficora-birthdate');
    expect(names('fi', person)).not.toContain('x-ficora-registernumber');
    expect(names('fi', { ...person, 'x-ficora-is-finnish': 'no' })).toEqual(expect.arrayContaining(['x-ficora-birthdate']));
    expect(names('fi', { 'x-ficora-type': 'company' })).toEqual(expect.arrayContaining(['x-ficora-registernumber', 'x-ficora-legalemail']));
    expect(names('fi', {})).not.toContain('x-ficora-identity');
  });
  it('.uk: the company number for the account types that need one; .eu citizenship for natural persons', () => {
    expect(names('co.uk', { 'account-type': 'LTD' })).toContain('company-number');
    expect(names('co.uk', { 'account-type': 'IND' })).not.toContain('company-number');
    expect(names('eu', { 'x-eu-natural-person': 'true' })).toContain('x-eu-country-of-citizenship');
    expect(names('eu', { individual: 'Y' })).toContain('x-eu-country-of-citizenship');
    expect(names('eu', {})).not.toContain('x-eu-country-of-citizenship');
  });
  it('drops the values of hidden fields', () => {
    const typed = { ...VALID_CONTACTS.fi, 'x-ficora-type': 'company', 'x-ficora-registernumber': '1234567-8' };
    const kept = withoutHiddenFields('fi', typed);
    expect(kept['x-ficora-identity']).toBeUndefined();
    expect(kept['x-ficora-registernumber']).toBe('1234567-8');
  });
  it('knows every field name a form can show', () => {
    expect(allContactFieldNames()).toEqual(expect.arrayContaining(['address-1', 'app-purpose', 'x-us-app-purpose', 'x-ficora-identity', 'orgid', 'x-xxx-membership-token']));
  });
});

describe('contactChanges (contact-modify)', () => {
  const stored = { ...VALID_CONTACTS.us, fax: '+1.2025550199' };
  it('sends only changed fields, clears with !@!, never immutable or unchanged ones', () => {
    const edited = { ...stored, city: 'Arlington', fax: '', 'app-purpose': 'P1', country: 'us', email: ' holder@example.org ' };
    expect(contactChanges('us', stored, edited)).toEqual({ city: 'Arlington', fax: CLEAR_VALUE });
  });
  it('sends nothing when nothing changed', () => {
    expect(contactChanges('us', stored, { ...stored })).toEqual({});
  });
  it('leaves hidden fields alone', () => {
    const fi = VALID_CONTACTS.fi ?? {};
    expect(contactChanges('fi', fi, { ...fi, 'x-ficora-type': 'company', 'x-ficora-identity': '' })).toEqual({ 'x-ficora-type': 'company' });
  });
});

describe('reading a stored contact', () => {
  it('tells its TLD from its fields', () => {
    expect(contactTldFromFields(VALID_CONTACTS.us ?? {})).toBe('us');
    expect(contactTldFromFields(VALID_CONTACTS.fi ?? {})).toBe('fi');
    expect(contactTldFromFields(VALID_CONTACTS['co.uk'] ?? {})).toBe('uk');
    expect(contactTldFromFields({ ...VALID_CONTACTS.com, 'x-iinu-orgid': '[SE]1' })).toBe('nu');
    expect(contactTldFromFields(VALID_CONTACTS.com ?? {})).toBeUndefined();
  });
  it('names countries', () => {
    expect(countryName('DE')).toBe('Germany');
    expect(countryName('uk')).toBe('United Kingdom');
    const options = countryOptions();
    expect(options.length).toBeGreaterThan(240);
    expect(options.find((o) => o.code === 'FI')?.name).toBe('Finland');
  });
  it('names every ISO code from its own table, sorted by name, whatever the ICU of the runtime says', () => {
    // Server and browser render the country list alike (Chromium calls HK "Hong Kong", Node "Hong Kong SAR China").
    const options = countryOptions();
    expect(new Set(options.map((o) => o.code))).toEqual(COUNTRY_CODES);
    expect(options.map((o) => o.name)).toEqual([...options.map((o) => o.name)].sort((a, b) => a.localeCompare(b, 'en')));
    expect(countryName('HK')).toBe('Hong Kong SAR China');
    expect(countryName('ps')).toBe('Palestinian Territories');
    expect(countryName('XX')).toBe('XX');
    const before = Intl.DisplayNames;
    try {
      // A runtime whose ICU names regions differently (or not at all) changes nothing.
      (Intl as { DisplayNames: unknown }).DisplayNames = class {
        of() {
          return 'Elsewhere';
        }
      };
      expect(countryName('DE')).toBe('Germany');
    } finally {
      (Intl as { DisplayNames: unknown }).DisplayNames = before;
    }
  });
});
