import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { ExpectedFailure } from '@/lib/failure/expected';
import { requestAllowed } from './request-permission';

/**
 * The server side of the key's request list: inside `withRequestList` (every server action, lib/actions), a DMAPI
 * request missing from the list is refused before it is sent, with the same sentence the disabled control shows.
 * Checked at the panel's transport (audit-capture.ts), so no action can forget it.
 */
const store = new AsyncLocalStorage<readonly string[] | null>();

export function withRequestList<T>(requests: readonly string[] | null, work: () => Promise<T>): Promise<T> {
  return store.run(requests, work);
}

/** Throws the refusal (code `forbidden`) when the current action's key may not send `request` (`root`: a root path). */
export function assertRequestAllowed(request: string, root = false): void {
  const allowed = requestAllowed(store.getStore(), request, { root });
  if (!allowed.allowed) throw new ExpectedFailure(allowed.reason, { code: 'forbidden' });
}
