import 'server-only';
import type { z } from 'zod';
import { withCapture, type CapturedCall } from '@/lib/auth/audit-capture';
import { clientForSession } from '@/lib/auth/dmapi-pool';
import { withRequestList } from '@/lib/auth/request-gate';
import { requestIp } from '@/lib/auth/request-context';
import type { PanelSession } from '@/lib/auth/session-store';
import type { Area, Operation } from '@/lib/auth/roles';
import { getDb } from '@/lib/db';
import type { DmapiClient } from '@/lib/dmapi';
import { rowsFromCalls, writeAudit } from './audit';
import { describeFailure } from '@/lib/failure/describe';
import type { Failure } from '@/lib/failure/types';
import { failureOf, guard } from './guard';
import { withGuardMeta } from './meta';
import { type ActionResult, formDataToObject, keptValues } from './result';

export interface ActionContext {
  session: PanelSession;
  ip: string | null;
  /** The signed-in user's DMAPI client (made on first use). */
  client(): Promise<DmapiClient>;
}

export interface ActionConfig<S extends z.ZodType, T> {
  /** `verbNounAction`, as exported; appears in the audit log. */
  name: string;
  area: Area;
  operation: Operation;
  schema: S;
  /** For mutations that make no DMAPI call of their own (panel-only changes): what the audit row names. */
  audit?: { request: string; object?: (input: z.output<S>) => string | undefined };
  handler: (input: z.output<S>, ctx: ActionContext) => Promise<T>;
  /**
   * DMAPI parameter → form field name, so that `Error:` lines naming a parameter show next to their field. A list
   * means the names are the same.
   */
  fields?: readonly string[] | Readonly<Record<string, string>>;
}

export interface Action<I, T> {
  (input: I | FormData): Promise<ActionResult<T>>;
  /** The useActionState form: (previous state, form data). */
  (previous: ActionResult<T> | null, input: I | FormData): Promise<ActionResult<T>>;
}

/**
 * THE way to make a server action: session → role × User-Access → zod → the user's DMAPI client (refusing any request
 * missing from the key's request list) → failure in words (lib/failure) → audit row. Export the result from a
 * `'use server'` file. Expected failures come back as values; unexpected ones throw (error.tsx).
 */
export function createAction<S extends z.ZodType, T>(config: ActionConfig<S, T>): Action<z.input<S>, T> {
  const mutation = config.operation !== 'view';
  const action = async (...args: unknown[]): Promise<ActionResult<T>> => {
    const raw = args.length >= 2 ? args[1] : args[0];
    const allowed = await guard(config.area, config.operation);
    if (!allowed.ok) return { ok: false, code: allowed.code, error: allowed.error };
    const { session } = allowed;
    const input = raw instanceof FormData ? formDataToObject(raw) : raw;
    const parsed = config.schema.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, ...(describeFailure(parsed.error) as Failure), values: keptValues(input) };
    const ip = await requestIp();
    const calls: CapturedCall[] = [];
    const ctx: ActionContext = { session, ip, client: () => clientForSession(session.id, { checkedLive: true }) };
    let result: ActionResult<T>;
    try {
      // The key's request list (read at sign-in): a request missing from it is refused before it is sent.
      const data = await withRequestList(session.requests, () => withCapture(calls, () => config.handler(parsed.data, ctx)));
      result = { ok: true, data };
    } catch (error) {
      const failure = await failureOf(error, session, { write: mutation, ...(config.fields ? { fields: config.fields } : {}) });
      if (!failure) {
        if (mutation) await audit(config, session, ip, calls, parsed.data, 'error');
        throw error;
      }
      result = { ok: false, ...failure, values: keptValues(input) };
    }
    if (mutation) await audit(config, session, ip, calls, parsed.data, result.ok ? 'ok' : 'error', result.ok ? undefined : result.error);
    return result;
  };
  return withGuardMeta(action as Action<z.input<S>, T>, {
    kind: 'action',
    name: config.name,
    area: config.area,
    operation: config.operation,
  });
}

async function audit<S extends z.ZodType, T>(
  config: ActionConfig<S, T>,
  session: PanelSession,
  ip: string | null,
  calls: CapturedCall[],
  input: z.output<S>,
  outcome: 'ok' | 'error',
  error?: string,
): Promise<void> {
  const db = await getDb();
  const rows = rowsFromCalls(calls);
  if (rows.length === 0) {
    // A panel-only change, or a mutation refused before it reached the DMAPI: still one row.
    const params = input && typeof input === 'object' ? (input as Record<string, unknown>) : {};
    rows.push({
      request: config.audit?.request ?? `panel:${config.name}`,
      object: config.audit?.object?.(input) ?? null,
      params,
      outcome,
      statusCode: null,
      errors: error ? [error] : [],
    });
  }
  for (const row of rows) await writeAudit(db, { ...row, session, ip, action: config.name });
}
