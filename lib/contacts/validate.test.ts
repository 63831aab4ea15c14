import { describe, expect, it } from 'vitest';
import { applyContactDefaults, contactValues, mergeContactModify, validateContact } from './validate';

/** The DMAPI documentation's own contact-create example (tld=com, John Doe). */
const JOHN = {
  name: 'John Doe', email: 'johnd@someisp.com', 'address-1': 'Smartroad 1', city: 'Smalltown', 'postal-code': '40122',
  country: 'US', phone: '+1.422.8001',
};

const fields = (errors: { field: string }[]): string[] => errors.map((e) => e.field);

describe('generic contact fields', () => {
  it("accepts the documentation's example", () => {
    expect(validateContact(JOHN, { tld: 'com', mode: 'create' })).toEqual([]);
  });

  it('names every missing mandatory field', () => {
    expect(fields(validateContact({}, { tld: 'com', mode: 'create' }))).toEqual([
      'fname', 'lname', 'email', 'address-1', 'city', 'postal-code', 'country', 'phone',
    ]);
  });

  it('takes fname + lname instead of name', () => {
    const { name: _name, ...rest } = JOHN;
    expect(validateContact({ ...rest, fname: 'John', lname: 'Doe' }, { tld: 'com', mode: 'create' })).toEqual([]);
    expect(fields(validateContact({ ...rest, fname: 'John' }, { tld: 'com', mode: 'create' }))).toEqual(['lname']);
  });

  it('checks formats', () => {
    const errors = validateContact(
      { ...JOHN, email: 'nope', country: 'XX', phone: '0301234', fax: '+49 30', individual: 'maybe', 'postal-code': '#1' },
      { tld: 'com', mode: 'create' },
    );
    expect(fields(errors)).toEqual(['individual', 'email', 'postal-code', 'country', 'phone', 'fax']);
  });

  it('needs an organisation when the contact is not an individual', () => {
    expect(fields(validateContact({ ...JOHN, individual: 'No' }, { tld: 'com', mode: 'create' }))).toEqual(['organization']);
    expect(validateContact({ ...JOHN, individual: 'Yes' }, { tld: 'com', mode: 'create' })).toEqual([]);
  });

  it('ignores tld/handle and treats !@! as absent on create', () => {
    expect(contactValues({ tld: 'com', handle: 'X', name: ' A ', fax: '!@!', title: '' })).toEqual({ name: 'A' });
  });

  it('refuses x- fields that are no extension of the TLD, and bad extension values', () => {
    expect(validateContact({ ...JOHN, 'x-de-type': 'person' }, { tld: 'com', mode: 'create' })).toEqual([
      { field: 'x-de-type', message: 'not a contact extension of .com' },
    ]);
    expect(validateContact({ ...JOHN, 'x-de-type': 'person' }, { tld: 'de', mode: 'create' })).toEqual([]);
    expect(fields(validateContact({ ...JOHN, 'x-de-type': 'robot' }, { tld: 'de', mode: 'create' }))).toEqual(['x-de-type']);
    expect(fields(validateContact({ ...JOHN, 'x-it-entity-type': '8' }, { tld: 'it', mode: 'create' }))).toEqual(['x-it-entity-type']);
    expect(validateContact({ ...JOHN, 'x-nl-legal-form': 'BVI/O' }, { tld: 'nl', mode: 'create' })).toEqual([]);
  });
});

describe('contact-modify', () => {
  const existing = { ...JOHN, fax: '+1.422.8002' };

  it('keeps omitted and empty fields, replaces given ones, clears with !@!', () => {
    expect(mergeContactModify(existing, { city: 'Bigtown', phone: '', fax: '!@!' })).toEqual({ ...JOHN, city: 'Bigtown' });
    expect(validateContact({ city: 'Bigtown', fax: '!@!' }, { tld: 'com', mode: 'modify', existing })).toEqual([]);
  });

  it('refuses clearing a mandatory field', () => {
    expect(validateContact({ email: '!@!' }, { tld: 'com', mode: 'modify', existing })).toEqual([
      { field: 'email', message: 'e-mail address is required' },
    ]);
  });

  it('blames a modify only for problems it introduces', () => {
    const { phone: _phone, ...gappy } = JOHN;
    expect(validateContact({ city: 'Bigtown' }, { tld: 'com', mode: 'modify', existing: gappy })).toEqual([]);
    expect(fields(validateContact({ email: 'bad' }, { tld: 'com', mode: 'modify', existing: gappy }))).toEqual(['email']);
  });
});

describe('applyContactDefaults', () => {
  it('builds name, .eu lang, .uk account type', () => {
    expect(applyContactDefaults('com', { fname: 'John', lname: 'Doe', country: 'us' })).toEqual({
      fname: 'John', lname: 'Doe', name: 'John Doe', country: 'US',
    });
    expect(applyContactDefaults('eu', { country: 'DE' }).lang).toBe('EN');
    expect(applyContactDefaults('co.uk', { country: 'GB' })['account-type']).toBe('IND');
    expect(applyContactDefaults('uk', { country: 'FR' })['account-type']).toBe('FIND');
    expect(applyContactDefaults('uk', { country: 'FR', 'account-type': 'FCORP' })['account-type']).toBe('FCORP');
  });
});

describe('contact-modify without the stored contact', () => {
  it('judges only the fields the change mentions', () => {
    expect(validateContact({ city: 'Bigtown', fax: '!@!' }, { tld: 'com', mode: 'modify' })).toEqual([]);
    expect(fields(validateContact({ email: 'bad', city: 'Bigtown' }, { tld: 'com', mode: 'modify' }))).toEqual(['email']);
  });

  it('refuses clearing a mandatory field and touching an immutable one', () => {
    expect(validateContact({ phone: '!@!' }, { tld: 'com', mode: 'modify' })).toEqual([
      { field: 'phone', message: 'phone number is required' },
    ]);
    expect(fields(validateContact({ 'x-us-app-purpose': 'P1' }, { tld: 'us', mode: 'modify' }))).toEqual(['app-purpose']);
  });
});
