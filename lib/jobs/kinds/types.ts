import type { z } from 'zod';
import type { PortfolioRow } from '@/lib/portfolio/types';

/**
 * The shape of one bulk-job kind in the registry (lib/jobs/kinds/index.ts). Pure: the bulk dialog in the browser
 * imports it for its labels, menu and validation; what a kind sends lives server-side in lib/jobs/senders.
 */

/** One TLD's contact defaults from Settings, as the bulk contacts kind names its roles. */
export type TldContactHandles = Partial<Record<'adminC' | 'techC' | 'billingC', string>>;

/** Facts the server gathers before planning (permissions, recent renewals, prices, balance, handle prefixes). */
export interface PlanFacts {
  /** The role × API-key check for the kind's operation: a reason when refused. */
  refusal?: string;
  /** ASCII names renewed in the last 6 hours (Joker renews a name at most once per 6 hours). */
  renewedRecently: ReadonlySet<string>;
  /** One year's renewal price per TLD. */
  renewPrices: ReadonlyMap<string, number>;
  balance: number;
  currency: string;
  /** TLD → contact-handle prefix from `login prefixes=1` (empty when unknown). */
  handlePrefixes: Readonly<Record<string, string>>;
  /** TLD → the account's contact defaults from Settings, by bulk role (only the contacts kind gathers them). */
  contactDefaults?: Readonly<Record<string, TldContactHandles>>;
  now: number;
  /** The selection came from a glob filter that DMAPI patterns can express; see patternCovers. */
  pattern?: string;
}

/** A bulk menu entry: a ready action, or a kind whose parameters the dialog asks for (`start` fills them in). */
export interface MenuEntry<P> {
  label: string;
  start: Partial<P>;
}

export interface KindDef<S extends z.ZodObject = z.ZodObject> {
  schema: S;
  /** 'order' costs money: a @modify-only key and the support role cannot start (or cancel) it. */
  operation: 'change' | 'order';
  menu: readonly MenuEntry<z.output<S>>[];
  describe(params: z.output<S>): string;
  /** Why this domain gets no request, or undefined to send one. */
  skip(params: z.output<S>, row: PortfolioRow, facts: PlanFacts): string | undefined;
  /** Priced kinds: what this domain's request is expected to cost (undefined: no price known). */
  price?(params: z.output<S>, row: PortfolioRow, facts: PlanFacts): number | undefined;
  /** One domain-set-property over a DMAPI wildcard pattern can cover the whole selection. */
  patternForm?: boolean;
}

/** Typed identity: infers the schema so each kind's functions see their own parameters. */
export function defineKind<S extends z.ZodObject>(def: KindDef<S>): KindDef<S> {
  return def;
}
