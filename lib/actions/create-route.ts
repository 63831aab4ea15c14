import 'server-only';
import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { clientForSession } from '@/lib/auth/dmapi-pool';
import type { PanelSession } from '@/lib/auth/session-store';
import type { Area } from '@/lib/auth/roles';
import type { DmapiClient } from '@/lib/dmapi';
import { failureOf, guard, statusOf } from './guard';
import { withGuardMeta } from './meta';

export interface RouteContext {
  session: PanelSession;
  client(): Promise<DmapiClient>;
}

export interface RouteConfig<Q extends z.ZodType, P extends z.ZodType, T> {
  name: string;
  area: Area;
  /** Search parameters, validated (react-query GET routes take their input here). */
  query: Q;
  /** Dynamic route segments such as `[domain]`, validated like any browser input. */
  params?: P;
  handler: (input: { query: z.output<Q>; params: z.output<P> }, ctx: RouteContext) => Promise<T>;
}

type Segments = { params: Promise<Record<string, string | string[] | undefined>> };

const NO_STORE = { 'Cache-Control': 'no-store' };

function json(body: unknown, status = 200) {
  return NextResponse.json(body, { status, headers: NO_STORE });
}

/**
 * A session-checked GET route handler for react-query: session → role (view) → zod on search params and segments →
 * handler → JSON. Refusals are 401/403, invalid input 400, DMAPI refusals 502 and DMAPI unreachable 503, each
 * with a lib/failure Failure as the body.
 */
export function createRoute<Q extends z.ZodType, P extends z.ZodType, T>(config: RouteConfig<Q, P, T>) {
  const handler = async (request: Request, segments?: Segments): Promise<Response> => {
    const allowed = await guard(config.area, 'view');
    if (!allowed.ok) return json({ error: allowed.error, code: allowed.code }, allowed.code === 'unauthenticated' ? 401 : 403);
    const url = new URL(request.url);
    const query = config.query.safeParse(Object.fromEntries(url.searchParams));
    const params = config.params
      ? config.params.safeParse((await segments?.params) ?? {})
      : ({ success: true, data: undefined } as const);
    if (!query.success || !params.success) {
      const issues = [...(query.success ? [] : query.error.issues), ...(params.success ? [] : params.error.issues)];
      return json({ error: 'Invalid request.', code: 'invalid', issues: issues.map((i) => ({ path: i.path.join('.'), message: i.message })) }, 400);
    }
    const { session } = allowed;
    try {
      const data = await config.handler(
        { query: query.data, params: params.data as z.output<P> },
        { session, client: () => clientForSession(session.id, { checkedLive: true }) },
      );
      return json(data);
    } catch (error) {
      const failure = await failureOf(error, session);
      if (!failure) throw error;
      return json(failure, statusOf(failure));
    }
  };
  return withGuardMeta(handler, { kind: 'route', name: config.name, area: config.area, operation: 'view' });
}
