import { parseRecordTokens } from './record';
import { tokenizeLine } from './tokenize';
import type { ZoneDirectives, ZoneRecord } from './types';

export interface SerializeOptions {
  /**
   * Write TXT values the way the live server hands them out (`x TXT 0  "tok " 3600`). Only the sandbox's
   * dns-zone-get uses this; a client must never write the padded form back (docs/dmapi-notes.md, "Zones").
   */
  paddedTxt?: boolean;
  /** dns-zone-get `include-defaults=1`: always write valid-from/valid-to (`0 0`), which are omitted otherwise. */
  includeDefaults?: boolean;
}

const QUOTED_PARAMS = new Set(['NAPTR', 'FRAME']);

function field(raw: string): string {
  // "Must be quoted if contains spaces"; the raw text already carries its escapes.
  return raw === '' || /[\s"]/.test(raw) ? `"${raw}"` : raw;
}

function priText(record: ZoneRecord): string {
  return record.weight === undefined ? String(record.priority) : `${record.priority}/${record.weight}`;
}

function targetText(record: ZoneRecord, options: SerializeOptions): string {
  if (record.type === 'TXT') return options.paddedTxt ? ` "${record.target} "` : `"${record.target}"`;
  if (record.type === 'CAA') return `${record.caaTag ?? 'issue'} "${record.target}"`;
  return field(record.target);
}

/** One record as a zone line, without line end. */
export function serializeRecord(record: ZoneRecord, options: SerializeOptions = {}): string {
  const parts = [record.label, record.type, priText(record), targetText(record, options), String(record.ttl)];
  const needsTail = options.includeDefaults || record.params.length > 0 || record.validFrom !== 0 || record.validTo !== 0;
  if (needsTail) {
    parts.push(String(record.validFrom), String(record.validTo));
    for (const param of record.params) parts.push(QUOTED_PARAMS.has(record.type) ? `"${param}"` : field(param));
  }
  return parts.join(' ');
}

/** The two directive lines every dns-zone-get body starts with: `$dnssec=no` and `$dyndns=no::`. */
export function serializeDirectives(directives: ZoneDirectives): string[] {
  const dyn = directives.dyndns ?? { enabled: false, user: '', password: '' };
  return [`$dnssec=${directives.dnssec ? 'yes' : 'no'}`, `$dyndns=${dyn.enabled ? 'yes' : 'no'}:${dyn.user}:${dyn.password}`];
}

/** A whole zone text: the two directives, then one record per line, ending in "\n" (docs/dmapi-notes.md, "Zones"). */
export function serializeZone(
  zone: { directives: ZoneDirectives; records: readonly ZoneRecord[] },
  options: SerializeOptions = {},
): string {
  const lines = [...serializeDirectives(zone.directives), ...zone.records.map((r) => serializeRecord(r, options))];
  return `${lines.join('\n')}\n`;
}

/**
 * Checks a record built by an editor (not parsed from text) by the same rules as dns-zone-put: serializes it and
 * parses the line back. Returns the problems, empty when the record is acceptable.
 */
export function validateRecord(record: ZoneRecord): string[] {
  const tokens = tokenizeLine(serializeRecord(record));
  if (!tokens.ok) return [tokens.message];
  const parsed = parseRecordTokens(tokens.tokens, { txtPadding: 'none' });
  return parsed.ok ? [] : parsed.errors;
}
