/**
 * A queued DMAPI request as the panel follows it: accepted with a Proc-ID, then `?` in result-list until Joker answers
 * ack or nack (DMAPI documentation, result-list / result-retrieve). Browser-safe.
 */
import type { Failure } from '@/lib/failure/types';

export type QueuedStatus = 'pending' | 'ack' | 'nack' | 'unlisted';

export interface QueuedOutcome {
  procId: string;
  status: QueuedStatus;
  /** result-list's request type and object, e.g. `domain-lock`, `example.com`. */
  request?: string;
  object?: string;
  /** When Joker received the request (ISO). */
  at?: string;
  /** A nack in plain words, with the next step, and Joker's own reasons below it. */
  error?: string;
  next?: string;
  reasons?: string[];
}

/** Settled outcomes stop the follower. `unlisted` is not settled: result-list may show the request a moment later. */
export function isSettled(status: QueuedStatus): boolean {
  return status === 'ack' || status === 'nack';
}

/** Who caused a queued request (lib/results/cause.ts). */
export type RequestCause =
  | {
      kind: 'panel';
      /** The acting user's name; null when the role may not see other users' names (audit scope "own"). */
      actor: string | null;
      /** The signed-in user caused it. */
      self: boolean;
      /** The panel action (e.g. lockDomainAction, bulkJob#12). */
      action: string;
      /** When the panel sent it (ISO); absent when only the bulk job knows the request. */
      at?: string;
      jobId?: number;
      jobTitle?: string;
    }
  | { kind: 'outside' };

/** One row of the queued-request inbox: result-list's fields and the cause. */
export interface InboxRow {
  procId: string;
  svTrId: string;
  /** When Joker received the request (ISO). */
  at: string | null;
  request: string;
  object: string | null;
  status: 'pending' | 'ack' | 'nack';
  clTrId: string | null;
  cause: RequestCause;
}

export interface InboxPage {
  rows: InboxRow[];
  /** Every request matching the filters (result-list count-only). */
  total: number;
  /** The time window in words ("the last 90 days"). */
  window: string;
  /** When Joker was asked (ms). */
  readAt: number;
}

/** What a secret shows as until it is revealed. */
export const MASK = '••••••••••••';

/** One line of a stored reply as the detail view shows it; a secret's value is never sent unless revealed. */
export interface ReplyField {
  key: string;
  value: string;
  /** An auth-id or other secret: `value` is a mask. */
  secret?: boolean;
}

/** A queued request with its stored reply (result-retrieve), ready for the browser. */
export interface ResultDetail {
  row: InboxRow | null;
  procId: string;
  completion: 'pending' | 'ack' | 'nack' | null;
  fields: ReplyField[];
  /** The nack in plain words and Joker's own reasons. */
  error?: string;
  next?: string;
  reasons: string[];
  /** The reply had content; false after result-delete or 30 days ("only status will be returned"). */
  hasContent: boolean;
  /** The reply carries a transfer auth-id (masked in `fields`). */
  hasAuthId: boolean;
}

/** A page of the inbox, or why it could not be read (a DMAPI refusal of a filter, Joker unreachable). */
export type InboxResult = { ok: true; page: InboxPage } | { ok: false; failure: Failure };
