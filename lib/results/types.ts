/**
 * A queued DMAPI request as the panel follows it: accepted with a Proc-ID, then `?` in result-list until Joker answers
 * ack or nack (DMAPI documentation, result-list / result-retrieve). Browser-safe.
 */
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
