import type { TransferStateInfo } from './transfer-states';

/** One incoming transfer as the Transfers page shows it (GET /api/transfers). Browser-safe. */
export interface TransferView {
  domain: string;
  display: string;
  /** The current state as Joker names it, or the last one seen for an ended transfer. */
  state: string;
  info: TransferStateInfo;
  /** Still in domain-transfer-control's list. */
  pending: boolean;
  ownerEmail?: string;
  adminEmail?: string;
  canResendFoa: boolean;
  canCancel: boolean;
  /** Started in the panel: the queued request, which acks when the transfer completes (nacks when it fails). */
  procId?: string;
  startedAt?: string;
  startedBy?: string;
  /** Every state the panel has seen, oldest first. */
  states: { state: string; label: string; at: string }[];
  endedAt?: string;
}

export interface TransfersView {
  transfers: TransferView[];
  /** When the list was read (ISO). */
  at: string;
}
