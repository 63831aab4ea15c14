import type { Failure, FailureCode } from '@/lib/failure/types';

/** Why an action or route refused or failed: the panel's one failure vocabulary (lib/failure). */
export type ActionErrorCode = FailureCode;

/**
 * What every server action returns. Expected failures are values (lib/failure's Failure): field errors next to the
 * fields, the sentence and next step at the top, the DMAPI's Error lines below it. `values` holds what was typed (never
 * a secret) so a form without JavaScript can keep it.
 */
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | ({ ok: false; values?: Record<string, string> } & Failure);

const SECRET_FIELD = /pass|secret|key|token|auth|sid/i;

/** FormData as a plain object; repeated names become arrays. Files are dropped (no action takes uploads as files). */
export function formDataToObject(form: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value !== 'string' || name.startsWith('$ACTION')) continue;
    const existing = out[name];
    if (existing === undefined) out[name] = value;
    else out[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}

/** The typed values to send back to a form after a failure: every single-valued field except secrets. */
export function keptValues(input: unknown): Record<string, string> | undefined {
  if (!input || typeof input !== 'object') return undefined;
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(input)) {
    if (typeof value === 'string' && !SECRET_FIELD.test(name)) out[name] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
