import { parseRecordTokens, type RecordParseOptions } from './record';
import { checkDynDnsCredential } from './rules';
import { tokenizeLine } from './tokenize';
import type { ParsedZone, ZoneDirectives, ZoneLineError } from './types';

export type ParseOptions = RecordParseOptions;

type DirectiveResult = { ok: true } | { ok: false; message: string };

/** `$dnssec=yes|no` and `$dyndns=yes:username:password` / `$dyndns=no::` (DMAPI documentation, dns-zone-get; docs/dmapi-notes.md, "Zones"). */
function applyDirective(line: string, directives: ZoneDirectives): DirectiveResult {
  const match = /^\$([A-Za-z]+)=(.*)$/.exec(line);
  if (!match) return { ok: false, message: `malformed directive "${line}"` };
  const name = (match[1] ?? '').toLowerCase();
  const value = (match[2] ?? '').trim();
  if (name === 'dnssec') {
    if (directives.dnssec !== undefined) return { ok: false, message: 'duplicate $dnssec directive' };
    if (value !== 'yes' && value !== 'no') return { ok: false, message: `$dnssec must be yes or no, got "${value}"` };
    directives.dnssec = value === 'yes';
    return { ok: true };
  }
  if (name === 'dyndns') {
    if (directives.dyndns !== undefined) return { ok: false, message: 'duplicate $dyndns directive' };
    const [flag = '', user = '', password = '', ...rest] = value.split(':');
    if (rest.length > 0) return { ok: false, message: 'DynDNS username/password may not contain ":"' };
    if (flag !== 'yes' && flag !== 'no') return { ok: false, message: `$dyndns must start with yes or no, got "${flag}"` };
    const problem = checkDynDnsCredential(user, 'username') ?? checkDynDnsCredential(password, 'password');
    if (problem) return { ok: false, message: problem };
    if (flag === 'yes' && (user === '' || password === '')) {
      return { ok: false, message: '$dyndns=yes needs a username and a password' };
    }
    directives.dyndns = { enabled: flag === 'yes', user, password };
    return { ok: true };
  }
  return { ok: false, message: `unknown directive "$${match[1]}"` };
}

/**
 * Parses a DMAPI zone text (dns-zone-get body or dns-zone-put `zone`). Lines starting with `#` and blank lines are
 * ignored; every other line is a `$` directive or a record. Every bad line yields exactly one error (its problems
 * joined by "; "), so dns-zone-put can answer one `Error:` line per bad line.
 */
export function parseZone(text: string, options: ParseOptions = {}): ParsedZone {
  const zone: ParsedZone = { directives: {}, records: [], recordLines: [], errors: [], empty: true };
  const lines = text.split(/\r\n|\n|\r/);
  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    zone.empty = false;
    const fail = (message: string): void => {
      zone.errors.push({ line: lineNo, message } satisfies ZoneLineError);
    };
    if (trimmed.startsWith('$')) {
      const result = applyDirective(trimmed, zone.directives);
      if (!result.ok) fail(result.message);
      return;
    }
    const tokens = tokenizeLine(raw);
    if (!tokens.ok) return fail(tokens.message);
    const parsed = parseRecordTokens(tokens.tokens, options);
    if (!parsed.ok) return fail(parsed.errors.join('; '));
    zone.records.push(parsed.record);
    zone.recordLines.push(lineNo);
  });
  return zone;
}

/** Formats a line error the way the sandbox writes it into an `Error:` header. */
export function formatZoneError(error: ZoneLineError): string {
  return `line ${error.line}: ${error.message}`;
}
