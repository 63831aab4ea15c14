import 'server-only';
import { withDmapi } from '@/lib/auth';
import type { PanelSession } from '@/lib/auth/session-store';
import { accountBalance, pendingRequests } from './figures';
import type { BalanceFigure, PendingFigure } from './types';

/**
 * The layout's figures, started with the page (prefetch) and handed to the header and the navigation. A failure
 * leaves the figure out (null) rather than the page: the browser asks again on its next refresh.
 */
export function headerBalance(session: PanelSession): Promise<BalanceFigure | null> {
  return withDmapi(async (client) => {
    const b = await accountBalance(session.uid, client);
    return { available: b.available, currency: b.currency || session.currency };
  }).catch(() => null);
}

export function headerPending(session: PanelSession): Promise<PendingFigure | null> {
  return withDmapi(async (client) => ({ count: await pendingRequests(session.uid, client) })).catch(() => null);
}
