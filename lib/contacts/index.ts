export * from './types';
export {
  validateContact, applyContactDefaults, contactValues, contactParams, mergeContactModify, immutableFieldsFor, isContactField, CLEAR_VALUE,
} from './validate';
export { contactFieldsFor } from './fields';
export { extensionsFor, type ContactExtension } from './extensions';
export { tldRulesFor } from './tld';
export { isCountryCode, COUNTRY_CODES, EU_COUNTRIES, EEA_COUNTRIES } from './countries';
export { UK_ACCOUNT_TYPES, defaultUkAccountType } from './tld/uk';
export { FICORA_TYPES } from './tld/fi';
export { swedishNumberKind } from './tld/se';
