/**
 * Typed DMAPI failures. `message` is for logs (redacted); `userMessage` is a sentence a person can act on and never
 * carries raw server text that could hold a secret.
 */
import { redactText } from './redact';

export interface DmapiErrorDetails {
  request: string;
  httpStatus: number;
  statusCode: number;
  statusText: string;
  errors: string[];
  warnings: string[];
  trackingId?: string;
  procId?: string;
}

const FUNDS = 'Your Joker.com account balance is too low for this order. Top up the account and try again.';

const byCode: Record<number, string> = {
  2003: 'A required value is missing. Check the form and try again.',
  2004: 'A value is outside the range Joker.com accepts. Check the form and try again.',
  2005: 'A value is not in the format Joker.com expects. Check the form and try again.',
  2101: 'Joker.com does not offer this command here.',
  2104: FUNDS,
  2200: 'Your Joker.com session has expired or the credentials were not accepted. Please sign in again.',
  2202: 'This API key is not allowed to perform that action (check its access level: full, modify-only or read-only).',
  2303: 'The object does not exist at Joker.com (check the domain name, contact handle or host name).',
  2302: 'That object already exists at Joker.com.',
  2304: 'The object\'s current status does not allow this (for example a lock or a pending operation).',
  2305: 'The object is still in use (for example a contact or host used by a domain) and cannot be changed this way.',
  2306: 'Joker.com\'s policy does not allow this value here.',
  2400: 'Joker.com could not carry out the command. Check the details below and try again.',
};

/**
 * Map Status-Code and the Error: lines to a sentence for people. Error texts are matched loosely because Joker words
 * them differently per request and registry.
 */
export function userMessageFor(statusCode: number, errors: readonly string[], statusText: string): string {
  const all = [statusText, ...errors].join(' ').toLowerCase();
  if (/insufficient|not enough (funds|money|credit)|balance too low|low balance/.test(all)) return FUNDS;
  if (/not available|unavailable|already registered|domain exists|is registered/.test(all)) {
    return 'That domain is not available for registration.';
  }
  if (/invalid session|session (has )?expired|unknown session|auth-sid/.test(all)) return byCode[2200] as string;
  if (/unknown (contact|handle)|handle .*(not found|does not exist|unknown)|no such (contact|handle)/.test(all)) {
    return 'The contact handle is unknown at Joker.com. Pick an existing contact or create one first.';
  }
  if (/max-price|premium/.test(all)) {
    return 'This domain has non-standard pricing: confirm the price (max-price) and try again.';
  }
  const known = byCode[statusCode];
  if (known) return known;
  if (statusCode >= 2000 && statusCode < 2100) return 'Joker.com did not understand the request. Check the values and try again.';
  if (statusCode >= 2300 && statusCode < 2400) return 'Joker.com refused the command for this object in its current state.';
  if (statusCode >= 2500) return 'Joker.com reported an internal problem. Try again later.';
  return 'Joker.com rejected the request.';
}

function describe(d: DmapiErrorDetails): string {
  const lines = d.errors.length > 0 ? `: ${d.errors.join('; ')}` : '';
  return `DMAPI ${d.request} failed (HTTP ${d.httpStatus}, Status-Code ${d.statusCode} ${d.statusText})${lines}`;
}

/** A DMAPI reply that says the request failed (Status-Code outside 0 and 1000-1999). */
export class DmapiError extends Error implements DmapiErrorDetails {
  readonly request: string;
  readonly httpStatus: number;
  readonly statusCode: number;
  readonly statusText: string;
  readonly errors: string[];
  readonly warnings: string[];
  readonly trackingId?: string;
  readonly procId?: string;
  readonly userMessage: string;

  /** `secrets` are values sent with the request; they are cut out of everything the server echoed back. */
  constructor(details: DmapiErrorDetails, secrets: Iterable<string> = []) {
    const list = [...secrets];
    const clean = (s: string) => redactText(s, list);
    const safe: DmapiErrorDetails = {
      ...details,
      statusText: clean(details.statusText),
      errors: details.errors.map(clean),
      warnings: details.warnings.map(clean),
    };
    super(describe(safe));
    this.name = 'DmapiError';
    this.request = safe.request;
    this.httpStatus = safe.httpStatus;
    this.statusCode = safe.statusCode;
    this.statusText = safe.statusText;
    this.errors = safe.errors;
    this.warnings = safe.warnings;
    if (safe.trackingId !== undefined) this.trackingId = safe.trackingId;
    if (safe.procId !== undefined) this.procId = safe.procId;
    this.userMessage = userMessageFor(safe.statusCode, safe.errors, safe.statusText);
  }
}

/** HTTP 401 or Status-Code 2200: the session is unknown or expired, or the credential was refused. */
export class DmapiAuthError extends DmapiError {
  constructor(details: DmapiErrorDetails, secrets: Iterable<string> = []) {
    super(details, secrets);
    this.name = 'DmapiAuthError';
  }
}

export type TransportFailure = 'timeout' | 'network' | 'http' | 'not-dmapi' | 'empty' | 'truncated';

/**
 * The request may or may not have reached Joker: a timeout, a refused connection, or something that is not a DMAPI
 * reply (an HTML page from a proxy, an empty body, a header block cut short).
 */
export class DmapiTransportError extends Error {
  readonly request: string;
  readonly kind: TransportFailure;
  readonly httpStatus?: number;
  readonly userMessage: string;

  constructor(request: string, kind: TransportFailure, detail: string, secrets: Iterable<string> = [], httpStatus?: number) {
    super(redactText(`DMAPI ${request}: ${detail}`, secrets));
    this.name = 'DmapiTransportError';
    this.request = request;
    this.kind = kind;
    if (httpStatus !== undefined) this.httpStatus = httpStatus;
    this.userMessage =
      kind === 'timeout'
        ? 'Joker.com did not answer in time. If this was a change, check the results list before trying again.'
        : 'Joker.com could not be reached or sent an unreadable answer. Try again in a moment.';
  }
}

export function isDmapiError(e: unknown): e is DmapiError {
  return e instanceof DmapiError;
}
