/**
 * DMAPI refusals in plain words, with the fix. The status codes are the DMAPI's EPP-style codes (DMAPI
 * documentation, "Status codes"); the text patterns match the `Error:` and `Status-Text` lines loosely, because Joker
 * words them differently per request and registry. A pattern wins over the bare code: it says more.
 */
import type { FailureFix } from './types';

export interface Words {
  error: string;
  next?: string;
  fix?: FailureFix;
}

const RESULTS_FIX: FailureFix = { label: 'Open Results', href: '/results' };

const BY_CODE: Record<number, Words> = {
  2003: { error: 'A required value is missing.', next: 'Fill in the marked fields and try again.' },
  2004: { error: 'A value is outside the range Joker.com accepts.', next: 'Correct the marked value and try again.' },
  2005: { error: 'A value is not in the format Joker.com expects.', next: 'Correct the marked value and try again.' },
  2101: { error: 'Joker.com does not offer this command for this account or registry.' },
  2104: {
    error: 'Your Joker.com account balance is too low for this order.',
    next: 'Top up the account at Joker.com (My account → Add funds), or order less, then try again.',
    fix: { label: 'Top up at Joker.com', href: 'https://joker.com/', action: 'top-up' },
  },
  2200: {
    error: 'Your Joker.com session has expired or the credentials were not accepted.',
    next: 'Sign in again.',
    fix: { label: 'Sign in', href: '/login', action: 'sign-in' },
  },
  2202: {
    error: 'This API key is not allowed to do that.',
    next: 'Check the key’s access level at Joker.com (full, modify-only or read-only) or ask the account owner.',
  },
  2302: { error: 'That object already exists at Joker.com.' },
  2303: { error: 'The object does not exist at Joker.com.', next: 'Check the domain name, contact handle or host name.' },
  2304: {
    error: 'The object’s current status does not allow this (for example a lock or a pending operation).',
    next: 'Wait for the pending operation to finish, or change the status first.',
  },
  2305: {
    error: 'The object is still in use and cannot be changed this way.',
    next: 'Move the objects that use it (listed below) to another one first.',
  },
  2306: { error: 'Joker.com’s policy does not allow this value here.', next: 'See the reason below.' },
  2400: { error: 'Joker.com could not carry out the command.', next: 'Check the details below and try again.' },
};

interface Pattern {
  test: RegExp;
  words: Words;
}

// Order matters: the first match wins.
const PATTERNS: Pattern[] = [
  { test: /insufficient|not enough (funds|money|credit)|balance too low|low balance/, words: BY_CODE[2104]! },
  {
    test: /extension supported by joker\.com|tld .* is not offered|not available for this account/,
    words: {
      error: 'Joker.com does not offer this TLD to this account.',
      next: 'Choose another TLD; the ones your account may use are listed on the Account page.',
    },
  },
  {
    test: /not available|unavailable|already registered|domain exists|is registered|registration .* already in progress/,
    words: { error: 'That domain is not available for registration.', next: 'Try another name or another TLD.' },
  },
  { test: /invalid session|session (has )?expired|unknown session/, words: BY_CODE[2200]! },
  {
    test: /unknown (contact|handle)|handle .*(not found|does not exist|unknown)|no such (contact|handle)/,
    words: { error: 'A contact handle is unknown at Joker.com.', next: 'Pick an existing contact, or create one first.' },
  },
  {
    test: /max-price|premium|non-standard pric/,
    words: {
      error: 'This domain has non-standard (premium) pricing.',
      next: 'Confirm the price shown (it is sent as max-price) and try again.',
    },
  },
  {
    test: /locked by its holder|locked at the (losing|current) registrar/,
    words: {
      error: 'The domain is locked at its current registrar, so it cannot be transferred.',
      next: 'Ask the domain holder to unlock it at the current registrar, then start the transfer again.',
    },
  },
  {
    test: /already (locked|unlocked)/,
    words: { error: 'Nothing to change: the domain is already in that state.', next: 'Reload the page to see its current state.' },
  },
  {
    test: /\bis locked\b|clienttransferprohibited/,
    words: {
      error: 'The domain is locked, which forbids this.',
      next: 'Unlock the domain first, then try again.',
      fix: { label: 'Unlock', action: 'unlock' },
    },
  },
  {
    test: /in use by|is in use|still in use|are name servers of/,
    words: BY_CODE[2305]!,
  },
  {
    test: /renewed less than 6 hours ago/,
    words: { error: 'This domain was renewed less than 6 hours ago.', next: 'Joker renews a name at most once per 6 hours; try later.' },
  },
  {
    test: /auth-?id.*(match|wrong|invalid)|transfer-auth-id/,
    words: {
      error: 'The transfer authorization code (auth-id) was not accepted.',
      next: 'Ask the losing registrar for the current auth-id; each new request there invalidates the old one.',
    },
  },
  {
    test: /still in progress|already pending|already waiting/,
    words: {
      error: 'An earlier request for this object is still running.',
      next: 'Wait for it to finish (see Results), then try again.',
      fix: RESULTS_FIX,
    },
  },
];

/** Plain words for a DMAPI refusal from its Status-Code, Status-Text and `Error:` lines. */
export function dmapiWords(statusCode: number, errors: readonly string[], statusText = ''): Words {
  const all = [statusText, ...errors].join(' ').toLowerCase();
  for (const p of PATTERNS) if (p.test.test(all)) return p.words;
  const known = BY_CODE[statusCode];
  if (known) return known;
  if (statusCode >= 2000 && statusCode < 2100) return { error: 'Joker.com did not understand the request.', next: 'Check the values and try again.' };
  if (statusCode >= 2300 && statusCode < 2400) return { error: 'Joker.com refused the command for this object in its current state.' };
  if (statusCode >= 2500) return { error: 'Joker.com reported an internal problem.', next: 'Try again later.' };
  return { error: 'Joker.com rejected the request.' };
}

/** The reasons of a refused queued request (a nack in result-retrieve) in words, one sentence for the whole. */
export function nackWords(errors: readonly string[]): Words {
  if (errors.length === 0) {
    return { error: 'Joker.com refused the request without giving a reason.', next: 'Open the result for details, or try again.', fix: RESULTS_FIX };
  }
  const words = dmapiWords(0, errors);
  return words.error === 'Joker.com rejected the request.' ? { error: 'Joker.com refused the request.', next: 'See the reasons below.' } : words;
}

/** A DMAPI parameter at the start of an `Error:` line (`owner-c: unknown handle`), for putting it next to its field. */
const FIELD_PREFIX = /^([a-z][a-z0-9-]*(?:-\d+)?):\s+(.+)$/i;

/**
 * `Error:` lines that name a parameter, grouped by form field. `fieldMap` maps DMAPI parameter names to the form's own
 * field names; without it, parameter names are the field names. Lines naming no known field stay out.
 */
export function fieldErrorsFrom(
  errors: readonly string[],
  fields: readonly string[] | Readonly<Record<string, string>>,
): Record<string, string[]> | undefined {
  const map: Readonly<Record<string, string>> = Array.isArray(fields)
    ? Object.fromEntries((fields as readonly string[]).map((f) => [f, f]))
    : (fields as Readonly<Record<string, string>>);
  const out: Record<string, string[]> = {};
  for (const line of errors) {
    const m = FIELD_PREFIX.exec(line.trim());
    const field = m && map[m[1]!.toLowerCase()];
    if (field && m) (out[field] ??= []).push(capitalize(m[2]!));
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
