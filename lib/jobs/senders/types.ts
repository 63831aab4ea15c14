import 'server-only';
import type { PanelSession } from '@/lib/auth';
import type { Db } from '@/lib/db';
import type { DmapiClient } from '@/lib/dmapi';
import type { JobKind, JobParams, ParamsOf, PlanFacts, TldContactHandles } from '../kinds';
import type { Plan } from '../plan';
import type { SendOutcome } from '../executor';

/** Stored job parameters plus what the plan decided per domain (max-price for non-standard renewals). */
export interface StoredJobParams extends Record<string, unknown> {
  action: JobParams;
  maxPrices?: Record<string, number>;
  /** The starter's panel role, for the per-item audit rows written while the job runs in the background. */
  actorRole?: string;
  /** Who started it (team member name or login, and credential fingerprint): what a sender records as the actor. */
  actorName?: string;
  actorFingerprint?: string;
  /** The summary did not check renew price classes (large selection): check each before renewing (premiumRefusal). */
  premiumUnchecked?: boolean;
  /** Contacts from TLD defaults: each TLD's handles as the summary resolved them (Settings may change meanwhile). */
  contactDefaults?: Record<string, TldContactHandles>;
}

export interface SendItem {
  /** ASCII name, or a wildcard pattern when `isPattern`. */
  domain: string;
  isPattern: boolean;
  /** The job the item belongs to (senders that record what they made, e.g. grant invitations). */
  jobId?: number;
}

/** What the planner may ask a kind's server side for, before and after the pure plan. */
export interface PlanContext {
  db: Db;
  session: PanelSession;
  client: DmapiClient;
  now: number;
}

/** What a plan adds to the stored job (renew: the premium prices the summary showed). */
export interface PlanExtras {
  maxPrices?: Record<string, number>;
  premiumUnchecked?: boolean;
  /** Contacts from TLD defaults: the handles per TLD the items were planned with, stored for the sends. */
  contactDefaults?: Record<string, TldContactHandles>;
  /** Lines the summary shows about what will be sent (contacts: the handles each TLD gets). */
  notes?: string[];
}

/**
 * The server side of one bulk-job kind: the one DMAPI request it sends, how to find it after a crash, how to read
 * the state back when result-list cannot tell. `send` makes exactly one write (reads before it are fine): the runner
 * relies on that when a write refused as unauthenticated is put back to be sent after the job resumes.
 */
export interface KindSender<K extends JobKind> {
  /** The request as sent and as result-list names it (its `rtype`), to find an item's request after a crash. */
  request: string;
  send(client: DmapiClient, params: ParamsOf<K>, item: SendItem, stored: StoredJobParams): Promise<SendOutcome>;
  /**
   * For requests that are not queued (result-list never lists them): after a takeover, read the domain's state.
   * true when the change is in place, false when it is not.
   */
  readBack?(client: DmapiClient, params: ParamsOf<K>, domain: string): Promise<boolean>;
  /** Facts the skip rules and prices need from the DMAPI or the database (renew: prices, recent renewals). */
  gatherFacts?(ctx: PlanContext, params: ParamsOf<K>): Promise<Partial<PlanFacts>>;
  /** After the pure plan: confirmations per domain that change the plan's prices (renew: premium classes). */
  confirmPlan?(ctx: PlanContext, params: ParamsOf<K>, plan: Plan, balance: number, facts: PlanFacts): Promise<PlanExtras>;
}
