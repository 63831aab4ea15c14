/**
 * The portfolio as the browser receives it: columnar JSON, because 100,000 rows as objects would repeat every key
 * 100,000 times (≈3× the bytes and the parse time). Decoded once into PortfolioRow objects in the browser.
 */
export interface PortfolioPayload {
  v: 1;
  /** Server time when the list was read (ms). */
  at: number;
  domain: string[];
  /** Unicode form, only for the IDNs (index → name). */
  unicode: Record<number, string>;
  tlds: string[];
  /** Index into `tlds`. */
  tld: number[];
  /** Expiration, epoch seconds; 0 when unknown. */
  exp: number[];
  /** Bits: FLAG_PRODUCTION | FLAG_LOCK | FLAG_AUTORENEW. */
  flags: number[];
  /** PRIVACY_NONE | PRIVACY_BASIC | PRIVACY_PRO (active level; a subscription switched off counts as none). */
  privacy: number[];
  /** Privacy expiration, epoch seconds, only where set (index → seconds). */
  privacyExp: Record<number, number>;
  /** Roles held on domains other accounts shared with this one, only where any (index → own_role's entries). */
  grants: Record<number, string[]>;
  /** Own domains with grants or invitations (index → [confirmed grants, pending invitations]), only where any. */
  grantCounts: Record<number, [number, number]>;
  /** The list did not count pending invitations (`undef`: read without from/to, or no such column). */
  pendingUnknown: boolean;
}

export const FLAG_PRODUCTION = 1;
export const FLAG_LOCK = 2;
export const FLAG_AUTORENEW = 4;

export const PRIVACY_LEVELS = ['none', 'basic', 'pro'] as const;
export type PrivacyLevel = (typeof PRIVACY_LEVELS)[number];

export interface PortfolioRow {
  /** Position in the payload: a stable row id for selection. */
  i: number;
  /** ASCII (punycode) name, as the DMAPI takes it. */
  domain: string;
  /** Display name (Unicode for IDNs). */
  display: string;
  /** Lower-case display + ASCII names, for the text filter. */
  search: string;
  tld: string;
  /** Epoch ms; 0 when unknown. */
  expires: number;
  production: boolean;
  locked: boolean;
  autorenew: boolean;
  privacy: PrivacyLevel;
  /** Epoch ms; 0 when none. */
  privacyExpires: number;
  /** The account's own roles on a domain another account shared with it ([] on its own domains). */
  grants: string[];
  /** Confirmed grants other people hold on this (own) domain. */
  confirmedGrants: number;
  /** Open invitations on this (own) domain; null when the list did not count them. */
  pendingInvitations: number | null;
}

/** The list's first screen, rendered on the server from the held copy while the whole list is on its way. */
export interface PortfolioPreview {
  /** When the list was read (ms): "now" for the expiry filters, as in the browser. */
  at: number;
  /** The filters it was made for, as their URL query. */
  query: string;
  total: number;
  shown: number;
  tlds: string[];
  rows: PortfolioRow[];
}
