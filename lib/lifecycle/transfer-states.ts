/**
 * The states of an incoming transfer as domain-transfer-control reports them (DMAPI documentation,
 * domain-transfer-control: "listed in natural transition order"), each explained in words: what it means, how long it
 * may last, what the reseller can do, and whether the FOA can be resent or the transfer cancelled in it. Browser-safe;
 * the sandbox's transfer walk (lib/sandbox/handlers/transfers.ts) uses the same lists.
 */

export const TRANSFER_STATES = [
  'IN_DB',
  'PAYMENT_PREPARED',
  'PAYMENT_ACQUIRED',
  'PENDING_FOA_SENDING',
  'FOA_BEEN_SENT',
  'FOA_NACK',
  'FOA_ACK',
  'REGISTRY_REQUEST_SENT',
  'REGISTRY_REQUEST_RECEIVED_NOW_WAITING',
  'REGISTRY_CANCELATION_PENDING',
  'DOMAIN_WITH_JOKER_PENDING_COMPLETE',
  'PAYMENT_COMMITTED',
  'TRANSFER_PROCESSED_SUCCESSFULLY',
  'CANCELLED',
] as const;
export type TransferStateName = (typeof TRANSFER_STATES)[number];

export interface TransferStateInfo {
  /** A short label for a badge. */
  label: string;
  /** What the state means. */
  meaning: string;
  /** How long it may last. */
  duration: string;
  /** What to do (or that nothing needs doing). */
  action: string;
  tone: 'info' | 'warning' | 'success' | 'danger' | 'neutral';
}

/** "FOA will be resent (only possible in state FOA_BEEN_SENT)". */
export const FOA_RESENDABLE: readonly TransferStateName[] = ['FOA_BEEN_SENT'];

/**
 * States a cancel is accepted in: before anything reached the registry it ends the transfer at once; while the
 * losing registrar is asked ("While in this state, transfer may be cancelled by using action=cancel") it goes through
 * REGISTRY_CANCELATION_PENDING.
 */
export const CANCEL_AT_ONCE: readonly TransferStateName[] = [
  'IN_DB', 'PAYMENT_PREPARED', 'PAYMENT_ACQUIRED', 'PENDING_FOA_SENDING', 'FOA_BEEN_SENT', 'FOA_ACK',
];
export const CANCEL_THROUGH_REGISTRY: readonly TransferStateName[] = ['REGISTRY_REQUEST_SENT', 'REGISTRY_REQUEST_RECEIVED_NOW_WAITING'];
export const CANCELLABLE: readonly TransferStateName[] = [...CANCEL_AT_ONCE, ...CANCEL_THROUGH_REGISTRY];

/** Nothing more happens to a transfer in these states. */
export const FINAL_STATES: readonly TransferStateName[] = ['TRANSFER_PROCESSED_SUCCESSFULLY', 'CANCELLED', 'FOA_NACK'];

const INFO: Record<TransferStateName, TransferStateInfo> = {
  IN_DB: {
    label: 'Received',
    meaning: 'Joker.com has stored the transfer request.',
    duration: 'Usually a few minutes.',
    action: 'Nothing to do yet.',
    tone: 'info',
  },
  PAYMENT_PREPARED: {
    label: 'Payment prepared',
    meaning: 'The transfer fee is being reserved from your balance.',
    duration: 'Usually a few minutes.',
    action: 'Nothing to do yet.',
    tone: 'info',
  },
  PAYMENT_ACQUIRED: {
    label: 'Paid',
    meaning: 'The transfer fee has been reserved.',
    duration: 'Usually a few minutes.',
    action: 'Nothing to do yet.',
    tone: 'info',
  },
  PENDING_FOA_SENDING: {
    label: 'Sending FOA',
    meaning:
      'The confirmation e-mail (FOA) to the owner and admin contact is about to be sent. If Joker.com cannot read its recipient, staff step in during office hours.',
    duration: 'Minutes; in the worst case a few days (weekends, holidays).',
    action: 'Nothing to do yet; contact Joker.com if it lasts more than a few days.',
    tone: 'info',
  },
  FOA_BEEN_SENT: {
    label: 'Waiting for the owner',
    meaning: 'The FOA e-mail has been sent; Joker.com waits for the owner to confirm or refuse the transfer.',
    duration: 'Up to 5 days (the owner has 5 days to react).',
    action: 'Ask the owner to confirm the e-mail. If it was lost, resend the FOA.',
    tone: 'warning',
  },
  FOA_NACK: {
    label: 'Refused by the owner',
    meaning: 'The owner refused the transfer in the FOA e-mail. The transfer has ended and the fee is refunded.',
    duration: 'Final.',
    action: 'Clear it up with the owner, then start a new transfer.',
    tone: 'danger',
  },
  FOA_ACK: {
    label: 'Confirmed by the owner',
    meaning: 'The owner confirmed the transfer; the request goes to the registry next.',
    duration: 'Usually a few minutes.',
    action: 'Nothing to do.',
    tone: 'info',
  },
  REGISTRY_REQUEST_SENT: {
    label: 'Sent to the registry',
    meaning: 'The transfer request has been sent to the registry.',
    duration: 'Usually a few minutes.',
    action: 'Nothing to do; it can still be cancelled.',
    tone: 'info',
  },
  REGISTRY_REQUEST_RECEIVED_NOW_WAITING: {
    label: 'Waiting for the losing registrar',
    meaning: 'The registry has the request; the current registrar has to release the domain.',
    duration: 'Up to 5 days; Joker.com cannot speed it up.',
    action: 'Wait. Ask the current registrar to approve the transfer to finish sooner; it can still be cancelled.',
    tone: 'warning',
  },
  REGISTRY_CANCELATION_PENDING: {
    label: 'Cancelling',
    meaning: 'You cancelled the transfer; the registry is withdrawing the request.',
    duration: 'Usually minutes to hours.',
    action: 'Nothing to do.',
    tone: 'neutral',
  },
  DOMAIN_WITH_JOKER_PENDING_COMPLETE: {
    label: 'Arrived, completing',
    meaning: 'The domain is with Joker.com; the transfer is being completed (a batch run or manual work).',
    duration: 'Usually within an hour.',
    action: 'Contact Joker.com if this lasts longer than 1 hour.',
    tone: 'info',
  },
  PAYMENT_COMMITTED: {
    label: 'Payment committed',
    meaning: 'The transfer fee has been charged; the domain is about to appear in your portfolio.',
    duration: 'Minutes.',
    action: 'Nothing to do.',
    tone: 'info',
  },
  TRANSFER_PROCESSED_SUCCESSFULLY: {
    label: 'Completed',
    meaning: 'The transfer is complete: the domain is in your portfolio.',
    duration: 'Final.',
    action: 'Check its contacts, name servers and lock on its page.',
    tone: 'success',
  },
  CANCELLED: {
    label: 'Cancelled',
    meaning: 'The transfer was cancelled and the fee refunded.',
    duration: 'Final.',
    action: 'Start a new transfer if you still want the domain.',
    tone: 'neutral',
  },
};

export function isTransferState(value: string): value is TransferStateName {
  return (TRANSFER_STATES as readonly string[]).includes(value);
}

/** The explanation of a state; a state this panel does not know is shown as Joker.com names it. */
export function transferStateInfo(state: string): TransferStateInfo {
  if (isTransferState(state)) return INFO[state];
  return {
    label: state,
    meaning: `Joker.com reports the state ${state}, which this panel does not know.`,
    duration: 'Unknown.',
    action: 'Contact Joker.com if it does not change within a day.',
    tone: 'neutral',
  };
}

export const canResendFoa = (state: string): boolean => (FOA_RESENDABLE as readonly string[]).includes(state);
export const canCancelTransfer = (state: string): boolean => (CANCELLABLE as readonly string[]).includes(state);
export const isFinalTransferState = (state: string): boolean => (FINAL_STATES as readonly string[]).includes(state);
