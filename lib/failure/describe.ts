/**
 * THE function from any failure to words: actions, routes, bulk jobs and the dashboard all call it, so a failure reads
 * the same wherever it shows. Works across Next's bundles because the error classes are branded (lib/dmapi/errors.ts).
 */
import { ZodError } from 'zod';
import { DmapiAuthError, DmapiError, DmapiTransportError } from '@/lib/dmapi/errors';
import { dmapiWords, fieldErrorsFrom } from './dmapi-words';
import { ExpectedFailure } from './expected';
import type { Failure } from './types';

export interface DescribeOptions {
  /** The work was a write: a transport failure then means the outcome is unknown, not merely "unavailable". */
  write?: boolean;
  /**
   * DMAPI parameter → form field, for putting `Error:` lines that start with a parameter name next to their field.
   * A list means the names are the same.
   */
  fields?: readonly string[] | Readonly<Record<string, string>>;
}

function zodFieldErrors(error: ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) (out[issue.path.join('.') || '_form'] ??= []).push(issue.message);
  return out;
}

/**
 * A failure in words, or `undefined` for something unexpected (a bug: let it reach error.tsx). Never includes raw
 * text that could hold a secret: DMAPI texts are redacted by the transport before they get here.
 */
export function describeFailure(error: unknown, options: DescribeOptions = {}): Failure | undefined {
  if (error instanceof ExpectedFailure) {
    const out: Failure = { code: error.code, error: error.message };
    if (error.fieldErrors) out.fieldErrors = error.fieldErrors;
    if (error.next) out.next = error.next;
    if (error.fix) out.fix = error.fix;
    return out;
  }
  if (error instanceof DmapiAuthError) {
    return {
      code: 'unauthenticated',
      error: 'Joker.com no longer accepts the credential of this session.',
      next: 'Sign in again.',
      fix: { label: 'Sign in', href: '/login?reason=credential', action: 'sign-in' },
      statusCode: error.statusCode,
    };
  }
  if (error instanceof DmapiError) {
    const words = dmapiWords(error.statusCode, error.errors, error.statusText);
    const out: Failure = { code: 'dmapi', error: words.error, dmapiErrors: error.errors, statusCode: error.statusCode };
    if (words.next) out.next = words.next;
    if (words.fix) out.fix = words.fix;
    if (error.procId) out.procId = error.procId;
    const fieldErrors = options.fields ? fieldErrorsFrom(error.errors, options.fields) : undefined;
    if (fieldErrors) out.fieldErrors = fieldErrors;
    return out;
  }
  if (error instanceof DmapiTransportError) {
    // A refused connection never reached Joker; anything later (timeout, cut reply, 5xx) may have.
    const unknown = options.write === true && error.kind !== 'refused';
    if (unknown) {
      return {
        code: 'outcome-unknown',
        error: 'Joker.com did not confirm the request: it may or may not have been carried out.',
        next: 'Check Results (or the object itself) before trying again; the panel does not repeat it on its own.',
        fix: { label: 'Open Results', href: '/results' },
        mayHaveHappened: true,
      };
    }
    return {
      code: 'unavailable',
      error:
        error.kind === 'timeout'
          ? 'Joker.com’s DMAPI did not answer in time.'
          : 'Joker.com’s DMAPI could not be reached or sent an unreadable answer.',
      next: options.write ? 'Nothing was changed. Try again in a moment.' : 'Try again in a moment.',
      fix: { label: 'Try again', action: 'retry' },
    };
  }
  if (error instanceof ZodError) {
    return { code: 'invalid', error: 'Some values need attention.', fieldErrors: zodFieldErrors(error) };
  }
  return undefined;
}

/** describeFailure for places that must always show something (a dashboard section, a job item). */
export function failureText(error: unknown, options: DescribeOptions = {}): string {
  const failure = describeFailure(error, options);
  if (!failure) return 'Something went wrong in the panel; the error was logged.';
  const lines = failure.dmapiErrors && failure.dmapiErrors.length > 0 ? ` (${failure.dmapiErrors.join('; ')})` : '';
  return `${failure.error}${lines}`;
}
