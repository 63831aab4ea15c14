import { ErrorList, isEmail, isPhone, pick } from './checks';
import { isCountryCode } from './countries';
import { optionsOf, type ContactFieldError, type ContactFieldSpec, type ContactValues } from './types';

/** The generic fields of contact-create (DMAPI documentation), in the order a form shows them. */
export const BASE_FIELDS: readonly ContactFieldSpec[] = [
  { name: 'individual', label: 'Individual', kind: 'select', required: 'optional', group: 'person',
    options: optionsOf(['Y', 'N'], { Y: 'Yes, a private person', N: 'No, an organisation' }),
    help: 'A private person holds the name for themselves; an organisation needs its name below.' },
  { name: 'name', label: 'Full name', kind: 'text', required: 'conditional', group: 'person', maxLength: 255,
    requiredWhen: 'unless first and last name are given',
    help: 'Give the full name, or first and last name: Joker.com joins those into the full name.' },
  { name: 'fname', label: 'First name', kind: 'text', required: 'conditional', group: 'person', maxLength: 255,
    requiredWhen: 'with last name, when no full name is given' },
  { name: 'lname', label: 'Last name', kind: 'text', required: 'conditional', group: 'person', maxLength: 255,
    requiredWhen: 'with first name, when no full name is given' },
  { name: 'title', label: 'Title', kind: 'text', required: 'optional', group: 'person', maxLength: 255 },
  { name: 'organization', label: 'Organisation', kind: 'text', required: 'conditional', group: 'person',
    maxLength: 255, requiredWhen: 'when the contact is not an individual',
    requiredIf: { all: [{ field: 'individual', in: ['N', 'No'] }] } },
  { name: 'email', label: 'E-mail', kind: 'email', required: 'always', group: 'communication', maxLength: 254,
    help: 'Registries send their notices here; a new owner address is verified by e-mail (whois verification).' },
  { name: 'address-1', label: 'Street address', kind: 'text', required: 'always', group: 'address', maxLength: 255 },
  { name: 'address-2', label: 'Address line 2', kind: 'text', required: 'optional', group: 'address', maxLength: 255 },
  { name: 'city', label: 'City', kind: 'text', required: 'always', group: 'address', maxLength: 255 },
  { name: 'state', label: 'State / province', kind: 'text', required: 'optional', group: 'address', maxLength: 255 },
  { name: 'postal-code', label: 'Postal code', kind: 'text', required: 'always', group: 'address', maxLength: 16,
    pattern: '[A-Za-z0-9][A-Za-z0-9 -]{0,15}', help: 'Letters, digits, blanks and dashes, at most 16.' },
  { name: 'country', label: 'Country', kind: 'country', required: 'always', group: 'address', pattern: '[A-Za-z]{2}',
    help: 'Two-letter ISO 3166 code; type the code or the name to search.' },
  { name: 'phone', label: 'Phone', kind: 'tel', required: 'always', group: 'communication',
    pattern: '\\+[0-9]{1,3}\\.[0-9][0-9 .-]{2,20}',
    help: 'International form +CC.NUMBER, e.g. +49.3012345678; +49 30 1234567 or 0049-30-1234567 are converted.' },
  { name: 'fax', label: 'Fax', kind: 'tel', required: 'optional', group: 'communication',
    pattern: '\\+[0-9]{1,3}\\.[0-9][0-9 .-]{2,20}', help: 'Same form as the phone number.' },
];

const INDIVIDUAL = /^(y|yes|n|no)$/i;

/** `individual` is "Y, Yes, N, No"; undefined when not said. */
export function isIndividual(values: ContactValues): boolean | undefined {
  const value = values.individual;
  if (value === undefined || !INDIVIDUAL.test(value)) return undefined;
  return value.toLowerCase().startsWith('y');
}

/** The rules every contact must meet, whatever its TLD. */
export function validateBase(values: ContactValues): ContactFieldError[] {
  const list = new ErrorList();
  // "Either name or lname and fname must be provided."
  if (pick(values, 'name') === undefined) {
    if (pick(values, 'fname') === undefined) list.add('fname', 'first name is required when no full name is given');
    if (pick(values, 'lname') === undefined) list.add('lname', 'last name is required when no full name is given');
  }
  if (values.individual !== undefined && !INDIVIDUAL.test(values.individual)) {
    list.add('individual', 'must be Y, Yes, N or No');
  }
  // "organization (optional if individual)"
  if (isIndividual(values) === false && pick(values, 'organization') === undefined) {
    list.add('organization', 'organisation is required when the contact is not an individual');
  }
  const email = list.require(values, 'email', 'e-mail address is required');
  if (email !== undefined && !isEmail(email)) list.add('email', 'not a valid e-mail address');
  list.require(values, 'address-1', 'street address is required');
  list.require(values, 'city', 'city is required');
  const postal = list.require(values, 'postal-code', 'postal code is required');
  if (postal !== undefined && !/^[A-Za-z0-9][A-Za-z0-9 -]{0,15}$/.test(postal)) list.add('postal-code', 'not a valid postal code');
  const country = list.require(values, 'country', 'country is required');
  if (country !== undefined && !isCountryCode(country)) list.add('country', 'must be a two-letter ISO country code');
  const phone = list.require(values, 'phone', 'phone number is required');
  if (phone !== undefined && !isPhone(phone)) list.add('phone', 'must be in the form +CC.NUMBER');
  if (values.fax !== undefined && !isPhone(values.fax)) list.add('fax', 'must be in the form +CC.NUMBER');
  for (const spec of BASE_FIELDS) {
    const value = values[spec.name];
    if (spec.maxLength !== undefined && value !== undefined && value.length > spec.maxLength) {
      list.add(spec.name, `at most ${spec.maxLength} characters`);
    }
  }
  return list.errors;
}
