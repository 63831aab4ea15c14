import { ErrorList, pick } from '../checks';
import { optionsOf, type ContactCondition, type TldContactRules } from '../types';

export const UK_ACCOUNT_TYPES = [
  'LTD', 'PLC', 'PTNR', 'STRA', 'LLP', 'IP', 'IND', 'SCH', 'RCHAR', 'GOV', 'CRC', 'STAT', 'OTHER', 'FIND', 'FCORP',
  'FOTHER',
] as const;
const LABELS: Record<string, string> = {
  LTD: 'UK Limited Company', PLC: 'UK Public Limited Company', PTNR: 'UK Partnership', STRA: 'UK Sole Trader',
  LLP: 'UK Limited Liability Partnership', IP: 'UK Industrial/Provident Registered Company',
  IND: 'UK Individual (representing self)', SCH: 'UK School', RCHAR: 'UK Registered Charity', GOV: 'UK Government Body',
  CRC: 'UK Corporation by Royal Charter', STAT: 'UK Statutory Body', OTHER: 'UK Entity that does not fit the above',
  FIND: 'Non-UK Individual (representing self)', FCORP: 'Non-UK Corporation', FOTHER: 'Non-UK Entity',
};

/** "company-number is required when account-type is one of: SCH, RCHAR, LTD, PLC, LLP, IP" (DMAPI documentation). */
export const UK_TYPES_NEEDING_NUMBER: ReadonlySet<string> = new Set(['SCH', 'RCHAR', 'LTD', 'PLC', 'LLP', 'IP']);

const NEEDS_NUMBER: ContactCondition = {
  all: [{ field: 'account-type', aliases: ['x-nominet-type'], in: [...UK_TYPES_NEEDING_NUMBER] }],
};

/** The account type used when none is given: IND for GB/UK addresses, FIND for everything else (DMAPI documentation). */
export function defaultUkAccountType(country: string | undefined): 'IND' | 'FIND' {
  const code = (country ?? '').toUpperCase();
  return code === 'GB' || code === 'UK' ? 'IND' : 'FIND';
}

/** .uk family (uk, co.uk, me.uk, net.uk, org.uk, plc.uk, ltd.uk): Nominet account type and company number. */
export const ukRules: TldContactRules = {
  fields: [
    { name: 'account-type', label: 'Account type', kind: 'select', required: 'optional', group: 'registry',
      options: optionsOf(UK_ACCOUNT_TYPES, LABELS), help: 'Nominet’s kind of holder; IND for UK addresses and FIND otherwise when not chosen.' },
    { name: 'company-number', label: 'Company number', kind: 'text', required: 'conditional', group: 'registry',
      requiredWhen: 'when the account type is SCH, RCHAR, LTD, PLC, LLP or IP', maxLength: 30, pattern: '[\\x20-\\xff]{1,30}',
      visibleWhen: NEEDS_NUMBER, requiredIf: NEEDS_NUMBER,
      help: 'The number at Companies House (or the Charity Commission for a registered charity).' },
  ],
  aliases: { 'account-type': ['x-nominet-type'], 'company-number': ['x-nominet-company-no'] },
  validate(values) {
    const list = new ErrorList();
    const given = pick(values, 'account-type', 'x-nominet-type');
    if (given !== undefined && !(UK_ACCOUNT_TYPES as readonly string[]).includes(given.toUpperCase())) {
      list.add('account-type', `must be one of ${UK_ACCOUNT_TYPES.join(', ')}`);
    }
    const type = (given ?? defaultUkAccountType(values.country)).toUpperCase();
    const number = pick(values, 'company-number', 'x-nominet-company-no');
    if (UK_TYPES_NEEDING_NUMBER.has(type) && number === undefined) {
      list.add('company-number', `company number is required for account type ${type}`);
    }
    if (number !== undefined && !/^[\x20-\xff]{1,30}$/.test(number)) list.add('company-number', 'at most 30 characters');
    return list.errors;
  },
};
