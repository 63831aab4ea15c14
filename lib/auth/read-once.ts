import 'server-only';
import { cache } from 'react';
import type { DmapiClient, DmapiResponse, Params } from '@/lib/dmapi';

/**
 * One DMAPI read per distinct request per page render: the layout, the page, its streamed sections and server
 * prefetches of one request share the answer of `query-account-balance` (or any read with the same parameters)
 * instead of each asking the DMAPI. React's `cache` scopes the map to the request being rendered; outside a render
 * (route handlers, actions) every call gets its own map, so nothing is shared beyond one render. Writes
 * (non-idempotent calls) always go through.
 */
const readsOf = cache((sessionId: string): Map<string, Promise<DmapiResponse>> => {
  void sessionId;
  return new Map();
});

function keyOf(request: string, params: Params): string {
  const entries = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== null)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${request}?${JSON.stringify(entries)}`;
}

/** The session's client for this render, with its reads shared (see above); every other member is the client's own. */
export function readOnce(sessionId: string, client: DmapiClient): DmapiClient {
  const reads = readsOf(sessionId);
  const call: DmapiClient['call'] = (request, params, options = {}) => {
    if (!options.idempotent) return client.call(request, params, options);
    const key = keyOf(request, params);
    let reply = reads.get(key);
    if (!reply) {
      reply = client.call(request, params, options);
      reads.set(key, reply);
    }
    return reply;
  };
  return new Proxy(client, {
    get(target, prop) {
      if (prop === 'call') return call;
      // Bound to the real client: its private fields (credential, session) are only reachable through it.
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
