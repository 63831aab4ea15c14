import 'server-only';
import { permission } from '@/lib/auth';
import type { PanelSession } from '@/lib/auth';
import type { Db } from '@/lib/db';
import type { DmapiClient } from '@/lib/dmapi';
import { compileGlob, isDomainPattern, isGlob } from '@/lib/net/glob';
import { decodePortfolio } from '@/lib/portfolio/encode';
import { DEFAULT_FILTERS, filterRows } from '@/lib/portfolio/filter';
import { loadPortfolio } from '@/lib/portfolio/server';
import type { PortfolioRow } from '@/lib/portfolio/types';
import { filtersFromParams } from '@/lib/portfolio/url-state';
import { describeJob, type JobParams, kindOf } from './kinds';
import { patternCovers, type Plan, type PlanFacts, planJob } from './plan';
import type { BulkRequest, Selection } from './request';
import { senderOf, type StoredJobParams } from './senders';
import { insertJob } from './store';

/** The selected rows of the current portfolio, and the DMAPI pattern that covers exactly them, if any. */
export async function resolveSelection(client: DmapiClient, selection: Selection, now = Date.now()) {
  const all = decodePortfolio(await loadPortfolio(client));
  if (selection.mode === 'domains') {
    const wanted = new Set(selection.domains);
    return { rows: all.filter((r) => wanted.has(r.domain)), pattern: undefined };
  }
  const filters = filtersFromParams(new URLSearchParams(selection.query));
  const exclude = new Set(selection.exclude);
  const rows = filterRows(all, filters, now).filter((r) => !exclude.has(r.domain));
  const onlyGlob = Object.entries(filters).every(([k, v]) => k === 'q' || k === 'sort' || k === 'dir' || v === DEFAULT_FILTERS[k as keyof typeof DEFAULT_FILTERS]);
  let pattern: string | undefined;
  const q = filters.q.trim().toLowerCase();
  if (onlyGlob && isGlob(q) && isDomainPattern(q) && patternCovers(compileGlob(q), rows, all)) pattern = q;
  return { rows, pattern };
}

export interface PlannedBulk {
  plan: Plan;
  rows: PortfolioRow[];
  maxPrices: Record<string, number>;
  /**
   * Renewals whose price class the summary did not check (large selections): each item checks its own class before
   * the renew and refuses a premium price nobody confirmed, instead of sending an unconfirmed max-price.
   */
  premiumUnchecked: boolean;
  /** Contacts from TLD defaults: the handles per TLD the plan resolved (stored with the job, sent as planned). */
  contactDefaults?: StoredJobParams['contactDefaults'];
  /** What the summary says about the requests beyond counts (contacts: the handles each TLD gets). */
  notes?: string[];
}

/** The summary of a bulk action: the kind's skip rules and prices (registry) over facts its sender gathers. */
export async function planBulk(db: Db, session: PanelSession, client: DmapiClient, request: BulkRequest, now = Date.now()): Promise<PlannedBulk> {
  const { rows, pattern } = await resolveSelection(client, request.selection, now);
  const action: JobParams = request.action;
  const allowed = permission(session, 'domains', kindOf(action.kind).operation);
  const sender = senderOf(action);
  const facts: PlanFacts = {
    renewedRecently: new Set(),
    renewPrices: new Map(),
    balance: session.account.balance,
    currency: session.currency,
    handlePrefixes: client.session?.prefixes ?? {},
    now,
    ...(pattern ? { pattern } : {}),
    ...(allowed.allowed ? {} : { refusal: allowed.reason }),
  };
  const ctx = { db, session, client, now };
  if (allowed.allowed && sender.gatherFacts) Object.assign(facts, await sender.gatherFacts(ctx, action));
  const plan = planJob(action, rows, facts);
  const extras = allowed.allowed && sender.confirmPlan ? await sender.confirmPlan(ctx, action, plan, facts.balance, facts) : {};
  return {
    plan,
    rows,
    maxPrices: extras.maxPrices ?? {},
    premiumUnchecked: extras.premiumUnchecked ?? false,
    ...(extras.contactDefaults ? { contactDefaults: extras.contactDefaults } : {}),
    ...(extras.notes ? { notes: extras.notes } : {}),
  };
}

/** Stores the planned job; the runner picks it up. Returns its id. */
export async function createBulkJob(db: Db, session: PanelSession, request: BulkRequest, planned: PlannedBulk): Promise<number> {
  const params: StoredJobParams = {
    action: request.action,
    maxPrices: planned.maxPrices,
    actorRole: session.role,
    actorName: session.actorName,
    actorFingerprint: session.actorFingerprint,
    ...(planned.premiumUnchecked ? { premiumUnchecked: true } : {}),
    ...(planned.contactDefaults ? { contactDefaults: planned.contactDefaults } : {}),
  };
  const count = planned.plan.pattern ? ` (pattern ${planned.plan.pattern}, ${planned.plan.send} domains)` : `: ${planned.rows.length} domains`;
  const job = await insertJob(db, {
    kind: request.action.kind,
    params,
    accountUid: session.uid,
    createdBy: session.actorFingerprint,
    createdByName: session.actorName,
    sessionId: session.id,
    title: `${describeJob(request.action)}${count}`,
    items: planned.plan.items.map((i) => ({
      domain: i.domain,
      isPattern: planned.plan.pattern !== undefined,
      ...(i.skipReason ? { skipReason: i.skipReason } : {}),
    })),
  });
  return job.id;
}
