import 'server-only';
import type { PanelSession } from '@/lib/auth';
import { permission } from '@/lib/auth';
import {
  type AccountBalance,
  type DmapiClient,
  domainTransferList,
  type PendingTransfer,
  type PendingVerification,
  queryAccountBalance,
  queryPriceList,
  queryPromosList,
  resultList,
  type ResultListRow,
  waEmailList,
} from '@/lib/dmapi';
import { computeDashboard, type DashboardFigures, renewalPrices } from './dashboard';
import { decodePortfolio } from './encode';
import { loadPortfolio } from './server';

/** A section's data, or why it is missing (a request the DMAPI refused or the role may not see). */
export type Section<T> = { ok: true; data: T } | { ok: false; reason: string };

export interface DashboardData {
  /** When the figures were computed (ms), for "in N days" texts. */
  now: number;
  balance: Section<AccountBalance>;
  figures: Section<DashboardFigures>;
  transfers: Section<PendingTransfer[]>;
  verifications: Section<PendingVerification[]>;
  results: Section<ResultListRow[]>;
}

const hidden = <T,>(reason: string): Section<T> => ({ ok: false, reason });

async function section<T>(allowed: boolean, work: () => Promise<T>): Promise<Section<T>> {
  if (!allowed) return hidden('Not available to your role.');
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    const message = error && typeof error === 'object' && 'userMessage' in error ? String(error.userMessage) : 'Could not be loaded.';
    return hidden(message);
  }
}

/** Everything the overview shows, read in parallel; one failing request leaves the others standing. */
export async function loadDashboard(session: PanelSession, client: DmapiClient, now = Date.now()): Promise<DashboardData> {
  const can = (area: Parameters<typeof permission>[1]) => permission(session, area, 'view').allowed;
  const balance = section(can('overview'), () => queryAccountBalance(client));
  const figures = section(can('domains'), async () => {
    const [payload, prices, promos, bal] = await Promise.all([
      loadPortfolio(client),
      queryPriceList(client).catch(() => []),
      queryPromosList(client, { type: 'current' }).catch(() => []),
      balance,
    ]);
    const available = bal.ok ? bal.data.available : session.account.balance;
    return computeDashboard(decodePortfolio(payload), renewalPrices(prices, promos, now), available, payload.at);
  });
  const [b, f, transfers, verifications, results] = await Promise.all([
    balance,
    figures,
    section(can('transfers'), () => domainTransferList(client)),
    section(can('verification'), async () =>
      (await waEmailList(client)).sort((x, y) => (x.deadline?.getTime() ?? Infinity) - (y.deadline?.getTime() ?? Infinity)).slice(0, 8),
    ),
    section(can('results'), async () =>
      (await resultList(client, { period: 7 })).sort((x, y) => (y.timestamp?.getTime() ?? 0) - (x.timestamp?.getTime() ?? 0)).slice(0, 12),
    ),
  ]);
  return { now, balance: b, figures: f, transfers, verifications, results };
}
