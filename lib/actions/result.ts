/** Why an action or route refused or failed, for the form to decide what to show. */
export type ActionErrorCode = 'unauthenticated' | 'forbidden' | 'invalid' | 'dmapi' | 'unavailable' | 'failed';

/**
 * What every server action returns. Expected failures are values: field errors next to the fields, the DMAPI's
 * Error lines as plain words at the top. `values` holds what was typed (never a secret) so the form can keep it.
 */
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | {
      ok: false;
      code: ActionErrorCode;
      error: string;
      fieldErrors?: Record<string, string[]>;
      dmapiErrors?: string[];
      values?: Record<string, string>;
    };

/** An expected failure a handler can throw; the wrapper turns it into an ActionResult value. */
export class ActionFailure extends Error {
  readonly code: ActionErrorCode;
  readonly fieldErrors?: Record<string, string[]>;

  constructor(message: string, options: { code?: ActionErrorCode; fieldErrors?: Record<string, string[]> } = {}) {
    super(message);
    this.name = 'ActionFailure';
    this.code = options.code ?? 'failed';
    if (options.fieldErrors) this.fieldErrors = options.fieldErrors;
  }
}

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
