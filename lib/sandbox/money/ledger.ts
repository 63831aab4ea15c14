import { DmapiError } from '../errors';
import { nextId } from '../state/store';
import type { Account, Order, SandboxState } from '../state/types';
import { formatCents } from './pricing';

export interface ChargeInput {
  /** Order type as query-order-list names it: create, renew, transfer, restore, privacy_pp1, privacy_pp2, … */
  type: string;
  object: string;
  tld: string;
  periodMonths: number;
  cents: number;
  procId: number | null;
  status?: Order['status'];
}

/** Base of order ids, so they look like Joker's (8 digits) and never collide with Proc-IDs in a reader's eye. */
const ORDER_ID_BASE = 85_000_000;

function record(state: SandboxState, account: Account, at: number, input: ChargeInput, amountCents: number): Order {
  const order: Order = {
    id: String(ORDER_ID_BASE + nextId(state, 'orderSeq')),
    uid: account.uid,
    at,
    type: input.type,
    object: input.object,
    tld: input.tld,
    periodMonths: input.periodMonths,
    amountCents,
    currency: account.currency,
    procId: input.procId,
    status: input.status ?? 'ok',
  };
  state.orders.push(order);
  return order;
}

/** Refuses (2104 Billing failure) when the account cannot pay `cents`; call before queueing work that charges. */
export function requireFunds(account: Account, cents: number): void {
  if (cents > account.balanceCents) {
    throw new DmapiError('billing', [
      `insufficient funds: ${formatCents(cents)} ${account.currency} needed, ${formatCents(account.balanceCents)} ${account.currency} available`,
    ]);
  }
}

/** Takes money from the account and records the order; refuses (2104 Billing failure) when funds are short. */
export function charge(state: SandboxState, account: Account, at: number, input: ChargeInput): Order {
  requireFunds(account, input.cents);
  account.balanceCents -= input.cents;
  return record(state, account, at, input, input.cents);
}

/** Gives money back (domain-delete within 72 h, a failed transfer) and records it as a negative order. */
export function refund(state: SandboxState, account: Account, at: number, input: ChargeInput): Order {
  account.balanceCents += input.cents;
  return record(state, account, at, input, -input.cents);
}

/** Records an order that costs nothing (create-contact, lock, cor, …) so query-order-list show-all=1 lists it. */
export function recordFree(state: SandboxState, account: Account, at: number, input: Omit<ChargeInput, 'cents'>): Order {
  return record(state, account, at, { ...input, cents: 0 }, 0);
}
