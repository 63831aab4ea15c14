import 'server-only';
import type { Db } from '@/lib/db';
import { type DmapiClient, domainTransferList, resultList } from '@/lib/dmapi';
import { toUnicodeDomain } from '@/lib/net/idn';
import { canCancelTransfer, canResendFoa, transferStateInfo } from './transfer-states';
import type { TransfersView, TransferView } from './transfer-view';
import { observeTransfers } from './transfer-watch';

/**
 * The Transfers page's data: domain-transfer-control's list of pending transfers, recorded into the panel's memory of
 * states seen, plus the ones that ended in the last 30 days. Pending first (by domain), then ended (newest first).
 */
export async function transfersView(db: Db, accountUid: string, client: DmapiClient, now = new Date()): Promise<TransfersView> {
  const pending = await domainTransferList(client);
  const resultOf = async (procId: string) => (await resultList(client, { procid: procId })).find((r) => r.procId === procId)?.status;
  const watched = await observeTransfers(db, accountUid, pending, resultOf, now);
  const live = new Map(pending.map((t) => [t.domain.toLowerCase(), t]));
  const out: TransferView[] = watched.map((w) => {
    const current = live.get(w.domain);
    const state = current?.state ?? w.states.at(-1)?.state ?? 'IN_DB';
    const view: TransferView = {
      domain: w.domain,
      display: toUnicodeDomain(w.domain),
      state,
      info: transferStateInfo(state),
      pending: Boolean(current),
      canResendFoa: Boolean(current) && canResendFoa(state),
      canCancel: Boolean(current) && canCancelTransfer(state),
      states: w.states.map((s) => ({ state: s.state, label: transferStateInfo(s.state).label, at: s.at })),
    };
    if (current?.ownerEmail) view.ownerEmail = current.ownerEmail;
    if (current?.adminEmail) view.adminEmail = current.adminEmail;
    if (w.procId) view.procId = w.procId;
    if (w.startedAt) view.startedAt = w.startedAt.toISOString();
    if (w.startedByName) view.startedBy = w.startedByName;
    if (w.endedAt) view.endedAt = w.endedAt.toISOString();
    return view;
  });
  out.sort((a, b) => (a.pending !== b.pending ? (a.pending ? -1 : 1) : a.pending ? a.domain.localeCompare(b.domain) : (b.endedAt ?? '').localeCompare(a.endedAt ?? '')));
  return { transfers: out, at: now.toISOString() };
}
