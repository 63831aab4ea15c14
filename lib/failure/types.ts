/**
 * The one failure vocabulary of the panel: every failure (a DMAPI refusal with its status code and `Error:` lines, an
 * expired session, a transport failure, a write whose outcome is unknown, invalid input) becomes one of these codes
 * with a sentence, the next step and, where the panel can help, a fix. Browser-safe: forms, the queued-result follower
 * and the job pages read it as plain data.
 */
export const FAILURE_CODES = [
  /** No panel session, or the stored credential no longer logs in. */
  'unauthenticated',
  /** The panel role or the API key's User-Access may not do this. */
  'forbidden',
  /** The input does not pass the shared schema (field errors say which). */
  'invalid',
  /** Joker.com refused the request (a Status-Code of 2000 or above). */
  'dmapi',
  /** The DMAPI could not be reached or answered garbage; a read, or a write that surely did not arrive. */
  'unavailable',
  /** A write that may or may not have reached Joker.com (timeout, connection cut): never repeated automatically. */
  'outcome-unknown',
  /** A limit of the panel (size, rate) was reached. */
  'limit',
  /** Any other expected failure a handler reports in words. */
  'failed',
] as const;
export type FailureCode = (typeof FAILURE_CODES)[number];

/** Something the user can do about it: a link, or a named action the page offers next to the message. */
export interface FailureFix {
  label: string;
  href?: string;
  /** A page-level action the UI knows how to run, e.g. `unlock` on the domain page. */
  action?: 'unlock' | 'sign-in' | 'retry' | 'top-up';
}

export interface Failure {
  code: FailureCode;
  /** What happened, in one or two sentences a person can act on. Never raw server text that could hold a secret. */
  error: string;
  /** What to do next. */
  next?: string;
  fix?: FailureFix;
  /** Per form field (DMAPI parameter names, or the form's own names after mapping). `_form` for the whole form. */
  fieldErrors?: Record<string, string[]>;
  /** The DMAPI's own `Error:` lines (redacted), shown below the sentence. */
  dmapiErrors?: string[];
  statusCode?: number;
  /** Set when the DMAPI accepted a queued request before something else failed. */
  procId?: string;
  /** True when a write may have been carried out although it failed here: check Results before repeating it. */
  mayHaveHappened?: boolean;
}
