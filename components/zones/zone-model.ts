import { serializeDirectives, serializeRecord, validateRecord, type ParsedZone, type ZoneDirectives, type ZoneRecord } from '@/lib/zone';

/*
 * The editor's per-record work, done once per record rather than once per edit. A record is never changed once built
 * (the editor replaces a record, it does not mutate one), so a record object's line and problems can be kept beside
 * it: after an edit of one record of 5,000, only that record is serialized and checked again.
 */
const lines = new WeakMap<ZoneRecord, string>();
const problems = new WeakMap<ZoneRecord, string[]>();

/** The record's line in the DMAPI format (lib/zone serializeRecord), kept per record object. */
export function recordLine(record: ZoneRecord): string {
  let line = lines.get(record);
  if (line === undefined) {
    line = serializeRecord(record);
    lines.set(record, line);
  }
  return line;
}

/** What dns-zone-put would refuse in this record's line (lib/zone validateRecord), kept per record object. */
export function recordProblems(record: ZoneRecord): string[] {
  let found = problems.get(record);
  if (found === undefined) {
    found = validateRecord(record);
    problems.set(record, found);
  }
  return found;
}

/**
 * The zone text built from records, and the parsed zone that text stands for, remembered so that reading the text
 * back (zone-issues checkText) does not parse 5,000 lines to learn what the editor already knows. Only the latest
 * build is kept: it is the text the editor shows next.
 */
let built: { text: string; parsed: ParsedZone } | undefined;

/** The zone text of these records (as lib/zone serializeZone writes it), remembered with its parsed form. */
export function buildZoneText(directives: ZoneDirectives, records: ZoneRecord[]): string {
  const head = serializeDirectives(directives);
  const text = `${[...head, ...records.map(recordLine)].join('\n')}\n`;
  built = {
    text,
    parsed: { directives, records, recordLines: records.map((_, i) => head.length + i + 1), errors: [], empty: false },
  };
  return text;
}

/** The parsed zone of a text the editor built from records, when `text` is that text. */
export function builtZone(text: string): ParsedZone | undefined {
  return built?.text === text ? built.parsed : undefined;
}
