export * from './types';
export {
  validateContact, applyContactDefaults, contactValues, contactParams, mergeContactModify, immutableFieldsFor, isContactField, CLEAR_VALUE,
} from './validate';
export { contactFieldsFor, shownContactFields, withoutHiddenFields, allContactFieldNames } from './fields';
export { conditionHolds, fieldShown, fieldRequiredNow, requirementHint } from './conditions';
export { contactChanges, contactTldFromFields } from './changes';
export { toDmapiPhone, callingCode } from './phone';
export { extensionsFor, EXTENSION_TLDS, CN_INDIVIDUAL_ID_TYPES, type ContactExtension } from './extensions';
export { tldRulesFor } from './tld';
export { isCountryCode, countryName, countryOptions, COUNTRY_CODES, EU_COUNTRIES, EEA_COUNTRIES } from './countries';
export { UK_ACCOUNT_TYPES, defaultUkAccountType } from './tld/uk';
export { FICORA_TYPES } from './tld/fi';
export { swedishNumberKind } from './tld/se';
