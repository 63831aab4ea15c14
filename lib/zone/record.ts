import {
  checkAddress, checkCaaValue, checkEmail, checkHostTarget, checkLabel, checkNaptr, checkPri, checkSrvTarget,
  checkTimestamp, checkTtl, checkTxt, checkUrl, checkValidity,
} from './rules';
import type { Token } from './tokenize';
import { CAA_TAGS, DEFAULT_TTL, RECORD_TYPES, type CaaTag, type RecordType, type ZoneRecord } from './types';

export interface RecordParseOptions {
  /** 'auto' reads the live server's padded TXT (`0  "tok "`) back to `tok`; 'none' keeps every byte as sent. */
  txtPadding?: 'auto' | 'none';
}

export type RecordParseResult = { ok: true; record: ZoneRecord } | { ok: false; errors: string[] };

/** How many record-specific parameters a type takes after valid-to, and whether they must be quoted. */
const PARAMS: Partial<Record<RecordType, { min: number; max: number; quoted: boolean }>> = {
  NAPTR: { min: 3, max: 3, quoted: true }, // "Quotes are mandatory for all extra parameters"
  FRAME: { min: 0, max: 4, quoted: false }, // headers, head, title, body
  MAILFW: { min: 0, max: 1, quoted: false }, // spam filter flag
  URL: { min: 0, max: 4, quoted: false }, // undocumented parameters: accepted, not interpreted
};

function isRecordType(value: string): value is RecordType {
  return (RECORD_TYPES as readonly string[]).includes(value);
}

function checkTarget(record: ZoneRecord, token: Token): string | null {
  const { type, target } = record;
  switch (type) {
    case 'A':
    case 'AAAA':
    case 'DYNA':
    case 'DYNAAAA':
      return checkAddress(target, type);
    case 'MX':
    case 'CNAME':
    case 'NS':
      return checkHostTarget(target, type);
    case 'TXT':
      return token.quoted ? checkTxt(target) : 'TXT value must be quoted';
    case 'SRV':
      return checkSrvTarget(target);
    case 'URL':
    case 'FRAME':
      return checkUrl(target, type);
    case 'MAILFW':
      return checkEmail(target);
    case 'NAPTR':
    case 'CAA':
      return null; // checked with their parameters
  }
}

function checkParams(record: ZoneRecord, paramTokens: Token[]): string[] {
  const spec = PARAMS[record.type];
  const errors: string[] = [];
  if (!spec) {
    if (paramTokens.length > 0) errors.push(`${record.type} records take no parameters after valid-to`);
    return errors;
  }
  if (paramTokens.length < spec.min || paramTokens.length > spec.max) {
    errors.push(
      spec.min === spec.max
        ? `${record.type} needs ${spec.min} parameters after valid-to, got ${paramTokens.length}`
        : `${record.type} takes at most ${spec.max} parameters after valid-to, got ${paramTokens.length}`,
    );
    return errors;
  }
  if (spec.quoted && paramTokens.some((t) => !t.quoted)) errors.push(`${record.type} parameters must be quoted`);
  if (record.type === 'MAILFW' && paramTokens[0] && !/^[01]$/.test(paramTokens[0].text)) {
    errors.push(`MAILFW spam filter flag must be 0 or 1, got "${paramTokens[0].text}"`);
  }
  if (record.type === 'NAPTR') {
    const [flags, service, regex] = record.params;
    const problem = checkNaptr(record.target, flags ?? '', service ?? '', regex ?? '');
    if (problem) errors.push(problem);
  }
  return errors;
}

/**
 * Parses one record line, already split into fields: `<label> <type> <pri> <target> <ttl> <valid-from> <valid-to>
 * <parameters>`; CAA has two target fields (`issue "letsencrypt.org"`). Returns every problem found on the line.
 */
export function parseRecordTokens(tokens: Token[], options: RecordParseOptions = {}): RecordParseResult {
  const [labelTok, typeTok, priTok] = tokens;
  if (!labelTok || !typeTok || !priTok) return { ok: false, errors: ['a record needs at least label, type, pri and target'] };
  const type = typeTok.text.toUpperCase();
  if (typeTok.quoted || !isRecordType(type)) return { ok: false, errors: [`unknown record type "${typeTok.text}"`] };

  const errors: string[] = [];
  const targetAt = 3;
  const ttlAt = type === 'CAA' ? 5 : 4;
  const targetTok = tokens[type === 'CAA' ? 4 : 3];
  if (!targetTok) return { ok: false, errors: [`${type} record has no target`] };

  const record: ZoneRecord = {
    label: labelTok.text, type, priority: 0, target: targetTok.text, ttl: DEFAULT_TTL, validFrom: 0, validTo: 0, params: [],
  };
  if (labelTok.quoted) errors.push('label must not be quoted');
  const labelProblem = checkLabel(record.label, type);
  if (labelProblem) errors.push(labelProblem);

  const pri = checkPri(priTok.text, type);
  if ('error' in pri) errors.push(pri.error);
  else {
    record.priority = pri.priority;
    if (pri.weight !== undefined) record.weight = pri.weight;
  }

  if (type === 'CAA') {
    const tag = tokens[targetAt]?.text ?? '';
    if (!(CAA_TAGS as readonly string[]).includes(tag)) errors.push(`CAA tag must be one of ${CAA_TAGS.join(', ')}, got "${tag}"`);
    else {
      record.caaTag = tag as CaaTag;
      if (!targetTok.quoted) errors.push('CAA value must be quoted');
      const problem = checkCaaValue(tag, targetTok.text);
      if (problem) errors.push(problem);
    }
  } else {
    // The live server pads TXT values on the way out (`x TXT 0  "tok " 3600`); read that form back as `tok`.
    if (type === 'TXT' && options.txtPadding !== 'none' && targetTok.quoted && targetTok.gap >= 2 && targetTok.text.endsWith(' ')) {
      record.target = targetTok.text.slice(0, -1);
    }
    const problem = checkTarget(record, targetTok);
    if (problem) errors.push(problem);
  }

  // DMAPI documentation: "if empty, the default is 86400": a line may end after its target.
  const ttlTok = tokens[ttlAt];
  if (ttlTok) {
    const ttl = checkTtl(ttlTok.text, type);
    if ('error' in ttl) errors.push(ttl.error);
    else record.ttl = ttl.ttl;
  }
  const fromTok = tokens[ttlAt + 1];
  const toTok = tokens[ttlAt + 2];
  if (fromTok && !toTok) errors.push('valid-from given without valid-to');
  for (const [tok, what, key] of [[fromTok, 'valid-from', 'validFrom'], [toTok, 'valid-to', 'validTo']] as const) {
    if (!tok) continue;
    const stamp = checkTimestamp(tok.text, what);
    if ('error' in stamp) errors.push(stamp.error);
    else record[key] = stamp.value;
  }
  const validity = checkValidity(record.validFrom, record.validTo);
  if (validity) errors.push(validity);

  const paramTokens = tokens.slice(ttlAt + 3);
  record.params = paramTokens.map((t) => t.text);
  errors.push(...checkParams(record, paramTokens));

  return errors.length > 0 ? { ok: false, errors } : { ok: true, record };
}
