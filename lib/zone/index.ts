export * from './types';
export { parseZone, formatZoneError, type ParseOptions } from './parse';
export { serializeZone, serializeRecord, serializeDirectives, validateRecord, type SerializeOptions } from './serialize';
export { escapeZoneString, unescapeZoneString } from './tokenize';
export { recordTypeInfo, allRecordTypeInfo, type RecordTypeInfo } from './describe';
export { lintZone, type ZoneWarning } from './lint';
