/**
 * Shared pieces of the request modules: result shapes for writes and zod building blocks taken from the seeds'
 * Requires/Accepts tables.
 */
import { z } from 'zod';
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

// A DNS name: labels of letters, digits and hyphens (IDNs go as punycode), at least one dot.
const DOMAIN = /^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/i;

export const domainName = z
  .string()
  .trim()
  .toLowerCase()
  .regex(DOMAIN, 'Enter a domain name such as example.com');

/** domain-set-property accepts a wildcard pattern instead of one name. */
export const domainOrPattern = z.string().trim().min(1).regex(/^[a-z0-9.*?-]+$/i, 'Enter a domain name or pattern');

export const hostName = domainName;

/** Contact handles such as CCOM-123, COCO-4711, c12345 (.eu). */
export const contactHandle = z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'Enter a contact handle');

/** Periods travel in months ("in MONTHS, NOT YEARS"); Joker allows at most 10 years. */
export const periodMonths = z.number().int().min(1).max(120);

export const expYear = z.number().int().min(2000).max(2200);

/** max-price: "a number (fractions allowed) above 0". */
export const maxPrice = z.number().positive();

/** ns-list travels colon-separated; callers give an array of host names. */
export const nsList = z.array(hostName).min(1).max(13);

export function joinNsList(list: readonly string[] | undefined): string | undefined {
  return list ? list.join(':') : undefined;
}

/** Glob patterns with `*` and `?` as the DMAPI list requests take them. */
export const pattern = z.string().trim().min(1).max(255);

export const fromTo = z.number().int().min(1);

export const yesNo = z.enum(['yes', 'no']);

/** "Only one of period or expyear may be used, but not both." */
export function onePeriodOnly(v: { period?: number | undefined; expyear?: number | undefined }): boolean {
  return !(v.period !== undefined && v.expyear !== undefined);
}

export const ONE_PERIOD_MESSAGE = 'Give either a period or an expiration year, not both';
