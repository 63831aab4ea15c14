/**
 * Shared pieces of the request modules: result shapes for writes. The input schemas come from lib/schemas, which
 * forms and server actions use too.
 */
import 'server-only';
import { DmapiTransportError } from '../errors';
import type { DmapiResponse } from '../transport';

/** A queued request (the work happens later; follow it with result-list / result-retrieve by Proc-ID). */
export interface QueuedResult {
  procId: string;
  trackingId?: string;
  warnings: string[];
}

/** A write that takes effect at once or may be queued depending on the registry (Proc-ID when present). */
export interface WriteResult {
  procId?: string;
  trackingId?: string;
  warnings: string[];
}

export function toWriteResult(reply: DmapiResponse): WriteResult {
  const out: WriteResult = { warnings: reply.warnings };
  if (reply.procId) out.procId = reply.procId;
  if (reply.trackingId) out.trackingId = reply.trackingId;
  return out;
}

/** Queued requests answer with a Proc-ID; a success without one is not a reply we can follow up. */
export function toQueuedResult(reply: DmapiResponse): QueuedResult {
  if (!reply.procId) throw new DmapiTransportError(reply.request, 'truncated', 'queued request accepted without Proc-ID');
  const out: QueuedResult = { procId: reply.procId, warnings: reply.warnings };
  if (reply.trackingId) out.trackingId = reply.trackingId;
  return out;
}

export const READ = { idempotent: true } as const;
export const WRITE = { idempotent: false } as const;

/** ns-list travels colon-separated; callers give an array of host names (lib/schemas nsList). */
export function joinNsList(list: readonly string[] | undefined): string | undefined {
  return list ? list.join(':') : undefined;
}
