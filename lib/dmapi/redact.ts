/**
 * Redaction of DMAPI secrets. Every message, log line and stack this client produces passes through here, so a
 * password, API key, Auth-Sid, transfer Auth-ID, whois-verification key, change-of-registrant key or grant
 * invitation key never leaves the process inside an error report.
 */

/** Parameter names whose values are secrets (DMAPI names are case-insensitive, so compare lower-cased). */
export const SECRET_PARAMS: ReadonlySet<string> = new Set([
  'password',
  'api-key',
  'auth-sid',
  'transfer-auth-id',
  // wa-email-details / wa-email-verify (whois verification) and cor-verify (change of registrant) take `key`.
  'key',
  'invitation-key',
  'verification-key',
]);

export const REDACTED = '[REDACTED]';

export function isSecretParam(name: string): boolean {
  return SECRET_PARAMS.has(name.toLowerCase());
}

/** Values shorter than this are not replaced verbatim (replacing "1" everywhere would destroy messages). */
const MIN_SECRET_LENGTH = 4;

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// `name=value` in form/query strings, `Name: value` in reply headers, `"name": "value"` in JSON.
const NAMES = '(?:password|api-key|auth-sid|transfer-auth-id|invitation-key|verification-key|key|dmapi-auth)';
const PATTERNS: RegExp[] = [
  new RegExp(`(\\b${NAMES}=)[^&\\s"']*`, 'gi'),
  new RegExp(`(\\b${NAMES}:[ \\t]*)[^\\s"',;]+`, 'gi'),
  new RegExp(`("${NAMES}"\\s*:\\s*")[^"]*`, 'gi'),
  // transfer Auth-ID as Joker words it in result-retrieve: The Authorization ID is: "<id>"
  /(Authorization ID is:\s*")[^"]*/gi,
  // DynDNS credentials in a zone's `$dyndns=yes:user:password` directive
  /(\$dyndns=[^:\s]*:[^:\s]*:)[^\s]+/gi,
];

/**
 * Remove secrets from a text: every known secret value (verbatim and URL-encoded) and every `name=value`,
 * `Name: value` or JSON pair whose name is a secret parameter.
 */
export function redactText(text: string, secrets: Iterable<string> = []): string {
  let out = text;
  const values = [...secrets].filter((s) => s.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
  for (const value of values) {
    out = out.replace(new RegExp(escapeRegExp(value), 'g'), REDACTED);
    const encoded = encodeURIComponent(value);
    if (encoded !== value) out = out.replace(new RegExp(escapeRegExp(encoded), 'g'), REDACTED);
  }
  for (const pattern of PATTERNS) out = out.replace(pattern, `$1${REDACTED}`);
  return out;
}

/** A copy of request parameters fit for a log line: secret values replaced. */
export function redactParams(params: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  const secrets = secretValues(params);
  for (const [name, value] of Object.entries(params)) out[name] = isSecretParam(name) ? REDACTED : redactText(value, secrets);
  return out;
}

/** The secret values among request parameters, for verbatim removal from anything the server echoes back. */
export function secretValues(params: Readonly<Record<string, string>>): string[] {
  const out = Object.entries(params)
    .filter(([name, value]) => isSecretParam(name) && value !== '')
    .map(([, value]) => value);
  // dns-zone-put: the `$dyndns=yes:user:password` directive carries the DynDNS password inside the zone text, and a
  // refused zone echoes its lines back in Error: headers.
  const dyndns = /^\$dyndns=[^:\n]*:[^:\n]*:([^\n]+)$/im.exec(params['zone'] ?? '');
  if (dyndns?.[1]) out.push(dyndns[1].trim());
  return out;
}
