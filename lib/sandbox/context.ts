/**
 * What a handler, a job, a ticker and a seeder get to work with. Handlers build replies through ctx.ok / ctx.err (or
 * throw DmapiError / call ctx.require, which the dispatcher turns into an error reply naming the field).
 */
import type { SandboxClock } from './clock';
import type { EnqueueOptions } from './queue/queue';
import type { PriceAction, Quote } from './money/pricing';
import type { ChargeInput } from './money/ledger';
import type { NewOutboxMail } from './outbox';
import type { Rng } from './rng';
import type { Account, Domain, GrantRole, Order, OutboxMail, QueuedResult, SandboxState, Session } from './state/types';
import type { Params } from './wire/params';
import type { Reply, StatusName } from './wire/reply';

export interface OkOptions {
  /** Defaults to 'ok' (0, "Command completed successfully"); 'ok1000' gives 1000 "OK" (domain-check and newer). */
  status?: StatusName;
  /** Extra headers after the standard ones, e.g. [['Columns', 'a,b'], ['Separator', 'TAB']]. Repeats allowed. */
  headers?: Array<[string, string]>;
  /** The body exactly as sent (use linesBody / listBody from wire/reply to join lines). */
  body?: string;
  /** Leave out Tracking-Id/SvTrId (query-domain-list has none on the wire). */
  noTracking?: boolean;
}

/** Shared by handlers and jobs: the state, the clock and the money/outbox helpers bound to them. */
export interface BaseCtx {
  state: SandboxState;
  clock: SandboxClock;
  /** Sandbox now in epoch ms (fixed for the duration of one request). */
  now: number;
  /** Rises whenever anything may have changed (markDirty); equal versions mean an unchanged world (read caches). */
  stateVersion: number;
  /** Rises whenever a domain, zone or grant may have changed (a subset of stateVersion's changes). */
  domainsVersion: number;
  addOutboxMail(mail: NewOutboxMail): OutboxMail;
  /** Price of an action now, or DmapiError (unknown TLD / period). */
  quote(domain: string, action: PriceAction, years: number): Quote;
  /** Charges `account` (default: the session's) and records the order; DmapiError 2104 when funds are short. */
  charge(input: ChargeInput, account?: Account): Order;
  refund(input: ChargeInput, account?: Account): Order;
  /** Records a zero-amount order (create-contact, lock, cor …). */
  recordFree(input: Omit<ChargeInput, 'cents'>, account?: Account): Order;
  /** A fresh unique id for new objects (grants, invitations, transfers …). */
  newId(prefix: string): string;
  /** Cryptographically random hex (keys, auth-ids). */
  randomHex(length: number): string;
  /**
   * Tell the persister that state changed outside a handler's normal flow (modifying handlers are auto-marked by their
   * `domain` parameter). Pass the domain names you changed, [] for "no domain or zone changed", or nothing for "any".
   */
  markDirty(domains?: Iterable<string> | 'all'): void;
}

export interface HandlerCtx extends BaseCtx {
  /** Lower-case request name. */
  request: string;
  params: Params;
  session: Session;
  account: Account;
  access: Session['access'];
  /** Tracking-Id / SvTrId of this request. */
  trackingId: string;
  clientIp: string;

  /** Value of a required parameter; a missing or blank one throws → `Error: <name>: missing required parameter`. */
  require(name: string): string;
  /** Value that must match `pattern`, else `Error: <name>: invalid value`; undefined when absent and optional. */
  optionalMatching(name: string, pattern: RegExp, what?: string): string | undefined;
  requireMatching(name: string, pattern: RegExp, what?: string): string;

  ok(options?: OkOptions): Reply;
  /** An error reply: one `Error:` line per reason. Return it, or throw new DmapiError(…) from deeper code. */
  err(status: StatusName, errors: string | string[], headers?: Array<[string, string]>): Reply;

  /** Queues work that completes after the sandbox delay; returns the result (its procId is the Proc-ID). */
  enqueue(options: EnqueueOptions): QueuedResult;
  /** enqueue + the standard accepted reply carrying `Proc-ID` and Tracking-Id. */
  queued(options: EnqueueOptions, okOptions?: OkOptions): Reply;

  /**
   * A domain this session may act on: owned by the account, or granted to it with one of `roles` (grants, see
   * lib/sandbox/README.md, "Grant roles"). Throws 2303 naming `field` when unknown or not visible, 2202 when the role
   * does not allow it.
   */
  domainFor(name: string, roles?: GrantRole[], field?: string): Domain;
}

export interface JobCtx extends BaseCtx {
  /** The account that made the queued request. */
  account: Account;
  result: QueuedResult;
}

export type TickCtx = BaseCtx & { previousNow: number };

export interface SeedCtx {
  state: SandboxState;
  rng: Rng;
  /** Sandbox now at seeding time. */
  now: number;
  /** Size of the reseller portfolio asked for (--domains). */
  domainCount: number;
  /** The reseller and customer demo accounts (created by the base seeder, order 0). */
  resellerUid: string;
  customerUid: string;
  addOutboxMail(mail: NewOutboxMail, at?: number): OutboxMail;
}
