/**
 * Typed DMAPI failures. `message` is for logs (redacted); `userMessage` is a sentence a person can act on and never
 * carries raw server text that could hold a secret.
 *
 * `instanceof` works across Next's server bundles: route handlers, pages and instrumentation.ts are separate module
 * graphs, each with its own copy of these classes. Every instance carries a brand (a registered Symbol, the same in
 * every graph) listing its class lineage, and `Symbol.hasInstance` checks the brand instead of the prototype chain.
 */
import { dmapiWords } from '../failure/dmapi-words';
import { redactText } from './redact';

const BRAND = Symbol.for('joker-panel.error-lineage');

type BrandedClass = { readonly brand: string } | null;

/** The brands from `cls` up to BrandedError, e.g. ['DmapiAuthError', 'DmapiError', 'BrandedError']. */
function lineage(cls: BrandedClass): string[] {
  const names: string[] = [];
  for (let c = cls; c && Object.hasOwn(c, 'brand'); c = Object.getPrototypeOf(c) as BrandedClass) names.push(c.brand);
  return names;
}

/**
 * Base of the panel's branded errors: `instanceof` compares brands, not prototypes (see above). Each subclass
 * declares `static readonly brand` with its own name: class names themselves are mangled by the production minifier.
 */
export class BrandedError extends Error {
  static readonly brand: string = 'BrandedError';
  declare readonly [BRAND]: readonly string[];

  constructor(message: string) {
    super(message);
    const brands = lineage(new.target as unknown as BrandedClass);
    Object.defineProperty(this, BRAND, { value: brands, enumerable: false });
    this.name = brands[0] ?? 'Error';
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    const brands = (value as { [BRAND]?: unknown } | null)?.[BRAND];
    return Array.isArray(brands) && brands.includes(this.brand);
  }
}

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

function describe(d: DmapiErrorDetails): string {
  const lines = d.errors.length > 0 ? `: ${d.errors.join('; ')}` : '';
  return `DMAPI ${d.request} failed (HTTP ${d.httpStatus}, Status-Code ${d.statusCode} ${d.statusText})${lines}`;
}

/** A DMAPI reply that says the request failed (Status-Code outside 0 and 1000-1999). */
export class DmapiError extends BrandedError implements DmapiErrorDetails {
  static override readonly brand: string = 'DmapiError';
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
    this.request = safe.request;
    this.httpStatus = safe.httpStatus;
    this.statusCode = safe.statusCode;
    this.statusText = safe.statusText;
    this.errors = safe.errors;
    this.warnings = safe.warnings;
    if (safe.trackingId !== undefined) this.trackingId = safe.trackingId;
    if (safe.procId !== undefined) this.procId = safe.procId;
    const words = dmapiWords(safe.statusCode, safe.errors, safe.statusText);
    this.userMessage = words.next ? `${words.error} ${words.next}` : words.error;
  }
}

/** HTTP 401 or Status-Code 2200: the session is unknown or expired, or the credential was refused. */
export class DmapiAuthError extends DmapiError {
  static override readonly brand: string = 'DmapiAuthError';
  constructor(details: DmapiErrorDetails, secrets: Iterable<string> = []) {
    super(details, secrets);
  }
}

/**
 * `refused`: the connection was never made (refused, unknown host), so the request surely did not arrive; every other
 * kind may have reached the server.
 */
export type TransportFailure = 'timeout' | 'refused' | 'network' | 'http' | 'not-dmapi' | 'empty' | 'truncated';

/**
 * The request may or may not have reached Joker: a timeout, a refused connection, or something that is not a DMAPI
 * reply (an HTML page from a proxy, an empty body, a header block cut short).
 */
export class DmapiTransportError extends BrandedError {
  static override readonly brand: string = 'DmapiTransportError';
  readonly request: string;
  readonly kind: TransportFailure;
  readonly httpStatus?: number;
  readonly userMessage: string;

  constructor(request: string, kind: TransportFailure, detail: string, secrets: Iterable<string> = [], httpStatus?: number) {
    super(redactText(`DMAPI ${request}: ${detail}`, secrets));
    this.request = request;
    this.kind = kind;
    if (httpStatus !== undefined) this.httpStatus = httpStatus;
    this.userMessage =
      kind === 'timeout'
        ? 'Joker.com did not answer in time. If this was a change, check the results list before trying again.'
        : 'Joker.com could not be reached or sent an unreadable answer. Try again in a moment.';
  }
}
