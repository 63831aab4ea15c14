import { ErrorList, luhnValid, pick } from '../checks';
import { isCountryCode } from '../countries';
import type { ContactFieldError, TldContactRules } from '../types';

/**
 * A Swedish number `YYMMDD-NNNN` (personal) or `NNNNNN-NNNN` (organisational), Luhn-checked. Organisational numbers
 * have 20 or more in the "month" digits; personal ones a real month, and a day of 01-31 (or 61-91, coordination
 * numbers).
 */
export function swedishNumberKind(value: string): 'personal' | 'organisational' | null {
  const match = /^(\d{6})-(\d{4})$/.exec(value);
  if (!match) return null;
  const digits = `${match[1]}${match[2]}`;
  if (!luhnValid(digits)) return null;
  const month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  if (month >= 20) return 'organisational';
  const dayOk = (day >= 1 && day <= 31) || (day >= 61 && day <= 91);
  return month >= 1 && month <= 12 && dayOk ? 'personal' : null;
}

function checkOrgid(orgid: string, organization: string | undefined): string | null {
  const match = /^\[([A-Za-z]{2})\](.*)$/s.exec(orgid);
  if (!match || !isCountryCode(match[1] ?? '')) return 'must start with a country code in brackets, e.g. [SE]';
  const rest = match[2] ?? '';
  if ((match[1] ?? '').toUpperCase() !== 'SE') {
    return rest.length >= 1 && rest.length <= 123 ? null : 'must have 1 to 123 characters after the country code';
  }
  const kind = swedishNumberKind(rest);
  if (kind === null) return 'must be a valid Swedish personal or organisational number (6 digits, dash, 4 digits)';
  if (organization === undefined && kind !== 'personal') {
    return 'must be a personal number when no organisation is given';
  }
  return null;
}

/**
 * .se/.nu (IIS): `orgid` "starts with ISO 3166 Alpha-2 country code in square brackets"; `vatid` "starts with a two
 * letter country code (uppercase), followed by an optional space, followed by ... digits 0-9, and letters a-z and
 * A-Z, maximum 64 Chars".
 */
export const seRules: TldContactRules = {
  fields: [
    { name: 'orgid', label: 'Personal or organisation number', kind: 'text', required: 'always', group: 'registry',
      maxLength: 127, help: 'Country code in brackets, then the number, e.g. [SE]556677-8899' },
    { name: 'vatid', label: 'VAT id', kind: 'text', required: 'optional', group: 'registry', maxLength: 64,
      pattern: '[A-Z]{2} ?[0-9A-Za-z]+' },
  ],
  aliases: { orgid: ['x-iise-orgid', 'x-iinu-orgid'], vatid: ['x-iise-vatid', 'x-iinu-vatid'] },
  validate(values): ContactFieldError[] {
    const list = new ErrorList();
    const orgid = values.orgid;
    if (orgid === undefined) {
      if (pick(values, 'x-iise-orgid', 'x-iinu-orgid') === undefined) list.add('orgid', 'orgid is required for .se/.nu contacts');
    } else {
      const problem = checkOrgid(orgid, pick(values, 'organization'));
      if (problem) list.add('orgid', problem);
    }
    const vatid = values.vatid;
    if (vatid !== undefined && (vatid.length > 64 || !/^[A-Z]{2} ?[0-9A-Za-z]+$/.test(vatid))) {
      list.add('vatid', 'must be a country code (upper case), an optional space and letters/digits, at most 64 characters');
    }
    return list.errors;
  },
};
