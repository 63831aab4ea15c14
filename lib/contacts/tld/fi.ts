import { ErrorList, isEmail, isIsoDate, pick } from '../checks';
import { optionsOf, type ContactCondition, type TldContactRules } from '../types';

/** The DMAPI documentation's newest list (older versions lack association and municipality). */
export const FICORA_TYPES = [
  'privateperson', 'company', 'corporation', 'institution', 'politicalparty', 'township', 'government',
  'publiccommunity', 'association', 'municipality',
] as const;

const PRIVATE = { field: 'x-ficora-type', in: ['privateperson'] } as const;
const COMPANY: ContactCondition = { all: [{ field: 'x-ficora-type', in: ['company'] }] };
const NOT_PRIVATE: ContactCondition = { all: [{ field: 'x-ficora-type', notIn: ['privateperson'] }] };
const FINNISH_PERSON: ContactCondition = { all: [PRIVATE, { field: 'x-ficora-is-finnish', in: ['yes'] }] };
const FOREIGN_PERSON: ContactCondition = { all: [PRIVATE, { field: 'x-ficora-is-finnish', in: ['no'] }] };

const TYPE_LABELS: Record<string, string> = {
  privateperson: 'Private person', company: 'Company', corporation: 'Corporation', institution: 'Institution',
  politicalparty: 'Political party', township: 'Township', government: 'Government', publiccommunity: 'Public community',
  association: 'Association', municipality: 'Municipality',
};

/**
 * .fi (Traficom, formerly FICORA): first and last name, x-ficora-type and x-ficora-is-finnish always; a register
 * number and a legal e-mail for companies; an identity number for Finnish private persons; a birth date
 * (YYYY-MM-DD) for foreign private persons.
 */
export const fiRules: TldContactRules = {
  fields: [
    { name: 'x-ficora-type', label: 'Contact type', kind: 'select', required: 'always', group: 'registry',
      options: optionsOf(FICORA_TYPES, TYPE_LABELS), help: 'What the holder is; it decides which identity fields follow.' },
    { name: 'x-ficora-is-finnish', label: 'Finnish person or company', kind: 'select', required: 'always',
      group: 'registry', options: optionsOf(['yes', 'no'], { yes: 'Yes, Finnish', no: 'No, not Finnish' }) },
    { name: 'x-ficora-registernumber', label: 'Register number', kind: 'text', required: 'conditional',
      group: 'registry', requiredWhen: 'when the type is company', maxLength: 30, pattern: '.{3,30}',
      visibleWhen: NOT_PRIVATE, requiredIf: COMPANY, help: 'The trade register number, 3 to 30 characters.' },
    { name: 'x-ficora-legalemail', label: 'Legal e-mail', kind: 'email', required: 'conditional', group: 'registry',
      requiredWhen: 'when the type is company', visibleWhen: NOT_PRIVATE, requiredIf: COMPANY,
      help: 'Where the registry sends legal notices to a company.' },
    { name: 'x-ficora-identity', label: 'Finnish identity number', kind: 'text', required: 'conditional',
      group: 'registry', requiredWhen: 'for Finnish private persons', pattern: '[\\w\\-]{5,20}',
      visibleWhen: FINNISH_PERSON, requiredIf: FINNISH_PERSON,
      help: 'The personal identity code (henkilötunnus), e.g. 131052-308T.' },
    { name: 'x-ficora-birthdate', label: 'Birth date', kind: 'date', required: 'conditional', group: 'registry',
      requiredWhen: 'for private persons who are not Finnish', visibleWhen: FOREIGN_PERSON, requiredIf: FOREIGN_PERSON,
      help: 'YYYY-MM-DD.' },
    { name: 'x-ficora-role', label: 'Role', kind: 'select', required: 'optional', group: 'registry',
      options: optionsOf(['owner', 'admin', 'tech', 'billing']) },
  ],
  validate(values) {
    const list = new ErrorList();
    // "fname: first name (required for .FI contacts)", likewise lname.
    list.require(values, 'fname', 'first name is required for .fi contacts');
    list.require(values, 'lname', 'last name is required for .fi contacts');
    const type = list.require(values, 'x-ficora-type', 'contact type is required for .fi contacts');
    if (type !== undefined && !(FICORA_TYPES as readonly string[]).includes(type)) {
      list.add('x-ficora-type', `must be one of ${FICORA_TYPES.join(', ')}`);
    }
    const finnish = list.require(values, 'x-ficora-is-finnish', 'yes or no is required for .fi contacts');
    if (finnish !== undefined && finnish !== 'yes' && finnish !== 'no') list.add('x-ficora-is-finnish', 'must be yes or no');

    const register = pick(values, 'x-ficora-registernumber');
    if (type === 'company' && register === undefined) list.add('x-ficora-registernumber', 'register number is required for companies');
    if (register !== undefined && !/^.{3,30}$/.test(register)) list.add('x-ficora-registernumber', 'must be 3 to 30 characters');
    const legal = pick(values, 'x-ficora-legalemail');
    if (type === 'company' && legal === undefined) list.add('x-ficora-legalemail', 'legal e-mail is required for companies');
    if (legal !== undefined && !isEmail(legal)) list.add('x-ficora-legalemail', 'not a valid e-mail address');

    const identity = pick(values, 'x-ficora-identity');
    if (type === 'privateperson' && finnish === 'yes' && identity === undefined) {
      list.add('x-ficora-identity', 'identity number is required for Finnish private persons');
    }
    if (identity !== undefined && !/^[\w-]{5,20}$/.test(identity)) list.add('x-ficora-identity', 'must be 5 to 20 letters, digits or dashes');
    const birth = pick(values, 'x-ficora-birthdate');
    if (type === 'privateperson' && finnish === 'no' && birth === undefined) {
      list.add('x-ficora-birthdate', 'birth date is required for private persons who are not Finnish');
    }
    if (birth !== undefined && !isIsoDate(birth)) list.add('x-ficora-birthdate', 'must be a date YYYY-MM-DD');
    const role = values['x-ficora-role'];
    if (role !== undefined && !/^(billing|admin|tech|owner)$/.test(role)) list.add('x-ficora-role', 'must be billing, admin, tech or owner');
    return list.errors;
  },
};
