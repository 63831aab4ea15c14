import 'server-only';
import type { PanelSession } from '@/lib/auth';
import { permission } from '@/lib/auth';
import {
  type AccountBalance,
  type DmapiClient,
  domainTransferList,
  type PendingTransfer,
  type PendingVerification,
  resultList,
  resultListCount,
  type ResultListRow,
  waEmailList,
} from '@/lib/dmapi';
import { accountBalance, pendingRequests } from '@/lib/account/figures';
import { settle } from '@/lib/failure/settle';
import type { Failure } from '@/lib/failure/types';
import { accountPriceBook } from '@/lib/prices/load';
import { renewalPerYear } from '@/lib/prices/grid';
import type { PriceBook } from '@/lib/prices/book';
import { getPortfolioCopy, type PortfolioCopy } from './copy';
import { type CountFigures, type CoverFigures, countFigures, coverFigures } from './dashboard';

/**
 * The overview's sections, each loaded on its own so that each streams in when its data is there
 * (components/dashboard/overview.tsx): the balance and the counts never wait for the renewal forecast. Reads go
 * through the session's read-once client, so the balance the forecast needs is the balance section's read.
 */

/**
 * A section's data; or hidden from this role (`reason`); or a failure in the words of lib/failure (the DMAPI away, a
 * refusal), which the section shows with "Try again" (<SectionFailure>). Unexpected errors are thrown on, to the
 * section's boundary.
 */
export type Section<T> = { ok: true; data: T } | { ok: false; reason: string; failure?: Failure };

const hidden = <T,>(reason: string): Section<T> => ({ ok: false, reason });

async function section<T>(allowed: boolean, work: () => Promise<T>): Promise<Section<T>> {
  if (!allowed) return hidden('Not available to your role.');
  const settled = await settle(work);
  return settled.ok ? settled : { ok: false, reason: settled.failure.error, failure: settled.failure };
}

const can = (session: PanelSession, area: Parameters<typeof permission>[1]) => permission(session, area, 'view').allowed;

/** Read fresh: the overview is where a reseller looks at money (the header's figure is refreshed with it). */
export function loadBalance(session: PanelSession, client: DmapiClient): Promise<Section<AccountBalance>> {
  return section(can(session, 'overview'), () => accountBalance(session.uid, client, true));
}

/**
 * Figures over a copy are computed once per copy and reused by every overview until the copy is re-read: they are
 * taken at the copy's read time (copy.at), so they are the same for every request that sees that copy (a walk over
 * 100,000 rows is about 16 ms). The forecast also depends on the price book and the balance, so it is kept for the
 * last pair seen.
 */
const countsByCopy = new WeakMap<PortfolioCopy, CountFigures>();
const coverByCopy = new WeakMap<PortfolioCopy, { book: PriceBook | undefined; available: number; figures: CoverFigures }>();

function copyCounts(copy: PortfolioCopy): CountFigures {
  let figures = countsByCopy.get(copy);
  if (!figures) countsByCopy.set(copy, (figures = countFigures(copy.rows(), copy.at)));
  return figures;
}

function copyCover(copy: PortfolioCopy, book: PriceBook | undefined, available: number): CoverFigures {
  const held = coverByCopy.get(copy);
  if (held && held.book === book && held.available === available) return held.figures;
  const prices = book ? renewalPerYear(book, copy.at) : new Map<string, number>();
  const figures = coverFigures(copy.rows(), prices, available, copy.at);
  coverByCopy.set(copy, { book, available, figures });
  return figures;
}

/** Counts over the account's held copy of the list (no read when the copy is held). */
export function loadCounts(session: PanelSession, client: DmapiClient): Promise<Section<CountFigures & { at: number }>> {
  return section(can(session, 'domains'), async () => {
    const copy = await getPortfolioCopy(session.uid, client);
    return { ...copyCounts(copy), at: copy.at };
  });
}

export function loadCover(session: PanelSession, client: DmapiClient): Promise<Section<CoverFigures & { available: number }>> {
  return section(can(session, 'domains'), async () => {
    const [copy, book, balance] = await Promise.all([
      getPortfolioCopy(session.uid, client),
      // Without prices the forecast still counts the renewals (as unpriced) rather than failing.
      accountPriceBook(session.uid, client).catch(() => undefined),
      loadBalance(session, client),
    ]);
    const available = balance.ok ? balance.data.available : session.account.balance;
    return { ...copyCover(copy, book, available), available };
  });
}

export function loadTransfers(session: PanelSession, client: DmapiClient): Promise<Section<PendingTransfer[]>> {
  return section(can(session, 'transfers'), () => domainTransferList(client));
}

/** The owner e-mails nearest their deadline, with the time they were read at ("in N days"). */
export function loadVerifications(session: PanelSession, client: DmapiClient): Promise<Section<{ rows: PendingVerification[]; now: number }>> {
  return section(can(session, 'verification'), async () => ({
    rows: (await waEmailList(client)).sort((x, y) => (x.deadline?.getTime() ?? Infinity) - (y.deadline?.getTime() ?? Infinity)).slice(0, 8),
    now: Date.now(),
  }));
}

export interface RecentResults {
  /** The newest queued requests (result-list limit=12: the DMAPI lists newest first). */
  rows: ResultListRow[];
  /** Refused (nack) within result-list's default 90 days, wherever they are in the list. */
  nacks: number;
  /** Still in progress. */
  pending: number;
}

/**
 * The overview's queued requests: the newest, and counts of nacks and pending ones (count-only) so that a nack
 * anywhere in the list shows here, not only among the newest rows. The pending count is the navigation badge's.
 */
export function loadResults(session: PanelSession, client: DmapiClient): Promise<Section<RecentResults>> {
  return section(can(session, 'results'), async () => {
    const [rows, nacks, pending] = await Promise.all([
      resultList(client, { limit: 12 }),
      resultListCount(client, { pending: false, status: 'nack' }),
      pendingRequests(session.uid, client, true),
    ]);
    return { rows: rows.sort((x, y) => (y.timestamp?.getTime() ?? 0) - (x.timestamp?.getTime() ?? 0)), nacks, pending };
  });
}
