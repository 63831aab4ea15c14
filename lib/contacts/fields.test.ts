import { describe, expect, it } from 'vitest';
import { contactFieldsFor } from './fields';

const names = (tld: string): string[] => contactFieldsFor(tld).map((f) => f.name);

describe('contactFieldsFor', () => {
  it('gives the generic fields for .com', () => {
    expect(names('com')).toEqual([
      'individual', 'name', 'fname', 'lname', 'title', 'organization', 'email', 'address-1', 'address-2', 'city',
      'state', 'postal-code', 'country', 'phone', 'fax',
    ]);
  });
  it('marks .us fields required on create and immutable', () => {
    const purpose = contactFieldsFor('us').find((f) => f.name === 'app-purpose');
    expect(purpose).toMatchObject({ required: 'create', immutable: true, kind: 'select' });
    expect(purpose?.options?.map((o) => o.value)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5']);
    expect(names('us')).not.toContain('x-us-app-purpose');
  });
  it('requires first and last name for .fi and lists its conditional fields', () => {
    const fi = contactFieldsFor('fi');
    expect(fi.find((f) => f.name === 'fname')?.required).toBe('always');
    expect(fi.find((f) => f.name === 'x-ficora-birthdate')).toMatchObject({ required: 'conditional', kind: 'date' });
  });
  it('adds table extensions not covered by aliases', () => {
    expect(names('co.uk')).toContain('x-nominet-trading-name');
    expect(names('co.uk')).not.toContain('x-nominet-type');
    expect(names('eu')).toContain('x-eu-type');
    expect(names('eu').filter((n) => n === 'x-eu-natural-person')).toHaveLength(1);
    expect(contactFieldsFor('ca').find((f) => f.name === 'x-ca-legal-type')?.kind).toBe('select');
    expect(contactFieldsFor('eu').find((f) => f.name === 'lang')?.defaultValue).toBe('EN');
  });
});
