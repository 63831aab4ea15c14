import { describe, expect, it } from 'vitest';
import { swedishNumberKind } from './tld/se';
import { validateContact } from './validate';

const BASE = {
  name: 'Jane Roe', email: 'jane@example.org', 'address-1': 'Main St 1', city: 'Town', 'postal-code': '12345',
  phone: '+1.2025550100',
};
const fields = (errors: { field: string }[]): string[] => errors.map((e) => e.field);
const create = (tld: string, input: Record<string, string>) => validateContact(input, { tld, mode: 'create' });

describe('.us nexus and purpose', () => {
  const US = { ...BASE, country: 'US', 'app-purpose': 'P1', 'nexus-category': 'C11', 'nexus-category-country': 'US' };
  it('requires all three on create', () => {
    expect(create('us', US)).toEqual([]);
    expect(fields(create('us', { ...BASE, country: 'US' }))).toEqual(['app-purpose', 'nexus-category', 'nexus-category-country']);
  });
  it('accepts the x-us-* spellings of the extension table', () => {
    expect(create('us', { ...BASE, country: 'US', 'x-us-app-purpose': 'p3', 'x-us-nexus-category': 'c21', 'x-us-nexus-category-country': 'US' })).toEqual([]);
  });
  it('checks the values', () => {
    expect(fields(create('us', { ...US, 'app-purpose': 'P6', 'nexus-category': 'C13', 'nexus-category-country': 'ZZ' })))
      .toEqual(['app-purpose', 'nexus-category', 'nexus-category-country']);
  });
  it('cannot modify them later, but may repeat the same value', () => {
    expect(validateContact({ 'app-purpose': 'P2' }, { tld: 'us', mode: 'modify', existing: US })).toEqual([
      { field: 'app-purpose', message: 'app-purpose cannot be modified after the contact is created' },
    ]);
    expect(validateContact({ 'x-us-nexus-category': 'C12' }, { tld: 'us', mode: 'modify', existing: US })[0]?.field).toBe('nexus-category');
    expect(validateContact({ 'app-purpose': 'p1', city: 'Elsewhere' }, { tld: 'us', mode: 'modify', existing: US })).toEqual([]);
  });
});

describe('.eu language and citizenship', () => {
  it('accepts an EU resident, with or without lang', () => {
    expect(create('eu', { ...BASE, country: 'DE' })).toEqual([]);
    expect(create('eu', { ...BASE, country: 'DE', lang: 'de' })).toEqual([]);
    expect(fields(create('eu', { ...BASE, country: 'DE', lang: 'xx' }))).toEqual(['lang']);
  });
  it('refuses a non-EU owner unless a natural person with EU citizenship', () => {
    expect(fields(create('eu', { ...BASE, country: 'US' }))).toEqual(['country']);
    expect(create('eu', { ...BASE, country: 'US', 'x-eu-natural-person': 'true', 'x-eu-country-of-citizenship': 'IT' })).toEqual([]);
    expect(fields(create('eu', { ...BASE, country: 'US', 'x-eu-natural-person': 'true', 'x-eu-country-of-citizenship': 'CH' })))
      .toEqual(['x-eu-country-of-citizenship']);
    expect(fields(create('eu', { ...BASE, country: 'US', 'x-eu-natural-person': 'true' }))).toEqual(['x-eu-country-of-citizenship']);
    expect(create('eu', { ...BASE, country: 'US', 'x-eu-type': 'admin' })).toEqual([]);
    expect(create('eu', { ...BASE, country: 'NO' })).toEqual([]);
  });
  it('lang cannot be modified later', () => {
    const existing = { ...BASE, country: 'DE', lang: 'EN' };
    expect(fields(validateContact({ lang: 'DE' }, { tld: 'eu', mode: 'modify', existing }))).toEqual(['lang']);
    expect(validateContact({ lang: 'en' }, { tld: 'eu', mode: 'modify', existing })).toEqual([]);
  });
});

describe('.uk account type and company number', () => {
  it('defaults the type and needs a number for companies', () => {
    expect(create('co.uk', { ...BASE, country: 'GB' })).toEqual([]);
    expect(create('uk', { ...BASE, country: 'GB', 'account-type': 'LTD' })).toEqual([
      { field: 'company-number', message: 'company number is required for account type LTD' },
    ]);
    expect(create('uk', { ...BASE, country: 'GB', 'account-type': 'LTD', 'company-number': '01234567' })).toEqual([]);
    expect(create('uk', { ...BASE, country: 'GB', 'x-nominet-type': 'RCHAR', 'x-nominet-company-no': '1234' })).toEqual([]);
    expect(fields(create('uk', { ...BASE, country: 'GB', 'account-type': 'BIG' }))).toEqual(['account-type']);
  });
});

describe('.fi ficora rules', () => {
  const FI = { ...BASE, fname: 'Matti', lname: 'Meikäläinen', country: 'FI', 'x-ficora-is-finnish': 'yes' };
  it('needs first and last name, type and is-finnish', () => {
    expect(fields(create('fi', { ...BASE, country: 'FI' }))).toEqual(['fname', 'lname', 'x-ficora-type', 'x-ficora-is-finnish']);
  });
  it('Finnish private persons need an identity number', () => {
    expect(fields(create('fi', { ...FI, 'x-ficora-type': 'privateperson' }))).toEqual(['x-ficora-identity']);
    expect(create('fi', { ...FI, 'x-ficora-type': 'privateperson', 'x-ficora-identity': '131052-308T' })).toEqual([]);
  });
  it('foreign private persons need a birth date YYYY-MM-DD', () => {
    const foreign = { ...FI, 'x-ficora-is-finnish': 'no', 'x-ficora-type': 'privateperson' };
    expect(fields(create('fi', foreign))).toEqual(['x-ficora-birthdate']);
    expect(fields(create('fi', { ...foreign, 'x-ficora-birthdate': '1980-02-30' }))).toEqual(['x-ficora-birthdate']);
    expect(create('fi', { ...foreign, 'x-ficora-birthdate': '1980-02-28' })).toEqual([]);
  });
  it('companies need a register number and a legal e-mail', () => {
    expect(fields(create('fi', { ...FI, 'x-ficora-type': 'company' }))).toEqual(['x-ficora-registernumber', 'x-ficora-legalemail']);
    expect(create('fi', { ...FI, 'x-ficora-type': 'company', 'x-ficora-registernumber': '1234567-8', 'x-ficora-legalemail': 'legal@example.fi' })).toEqual([]);
  });
  it('accepts the newer types', () => {
    expect(create('fi', { ...FI, 'x-ficora-type': 'municipality' })).toEqual([]);
    expect(fields(create('fi', { ...FI, 'x-ficora-type': 'club' }))).toContain('x-ficora-type');
  });
});

describe('.se/.nu orgid and vatid', () => {
  it('recognises Swedish personal and organisational numbers', () => {
    expect(swedishNumberKind('811228-9874')).toBe('personal');
    expect(swedishNumberKind('556012-5790')).toBe('organisational');
    expect(swedishNumberKind('811228-9875')).toBeNull();
    expect(swedishNumberKind('8112289874')).toBeNull();
  });
  it('requires orgid in the documented form', () => {
    expect(fields(create('se', { ...BASE, country: 'SE' }))).toEqual(['orgid']);
    expect(create('se', { ...BASE, country: 'SE', orgid: '[SE]811228-9874' })).toEqual([]);
    expect(create('nu', { ...BASE, country: 'DE', orgid: '[DE]HRB 12345' })).toEqual([]);
    expect(fields(create('se', { ...BASE, country: 'SE', orgid: 'SE811228-9874' }))).toEqual(['orgid']);
    expect(fields(create('se', { ...BASE, country: 'SE', orgid: '[SE]12345' }))).toEqual(['orgid']);
  });
  it('without organisation a Swedish orgid must be a personal number', () => {
    expect(create('se', { ...BASE, country: 'SE', orgid: '[SE]556012-5790' })[0]?.message).toMatch(/personal number/);
    expect(create('se', { ...BASE, country: 'SE', orgid: '[SE]556012-5790', organization: 'AB Volvo' })).toEqual([]);
  });
  it('checks vatid', () => {
    expect(create('se', { ...BASE, country: 'SE', orgid: '[SE]811228-9874', vatid: 'SE 556012579001' })).toEqual([]);
    expect(fields(create('se', { ...BASE, country: 'SE', orgid: '[SE]811228-9874', vatid: 'se556012579001' }))).toEqual(['vatid']);
    expect(fields(create('se', { ...BASE, country: 'SE', orgid: '[SE]811228-9874', vatid: `SE${'1'.repeat(63)}` }))).toEqual(['vatid']);
  });
});
