/**
 * Domains: domain-register, domain-renew, domain-modify, domain-delete, domain-owner-change, domain-lock,
 * domain-unlock, domain-privacy-order. Periods are in MONTHS on the wire (seed: "MONTHS, NOT YEARS").
 */
import { z } from 'zod';
import type { DmapiClient } from '../client';
import {
  contactHandle, domainName, expYear, joinNsList, maxPrice, nsList, ONE_PERIOD_MESSAGE, onePeriodOnly, periodMonths,
  toQueuedResult, toWriteResult, WRITE, type QueuedResult, type WriteResult,
} from './common';
import { contactFieldShape, contactParams, hasName, missingRequired } from './contact-fields';

export const privacyOrderLevel = z.enum(['basic', 'pro', 'none']);

export const domainRegisterSchema = z.object({
  domain: domainName,
  period: periodMonths,
  /** "only production is accepted so far". */
  status: z.literal('production').default('production'),
  ownerC: contactHandle,
  billingC: contactHandle,
  adminC: contactHandle,
  techC: contactHandle,
  nsList,
  autorenew: z.boolean().optional(),
  language: z.string().regex(/^[a-z]{3}$/i, '3-letter language code').optional(),
  registrarTag: z.string().trim().min(1).optional(),
  privacy: privacyOrderLevel.optional(),
  maxPrice: maxPrice.optional(),
});
export type DomainRegisterInput = z.input<typeof domainRegisterSchema>;

/**
 * DMAPI `domain-register`. Queued (Proc-ID). Needs existing contact handles; `max-price` is required for premium
 * or non-standard prices (see domain-check), and a lower max-price makes the order fail.
 */
export async function domainRegister(client: DmapiClient, input: DomainRegisterInput): Promise<QueuedResult> {
  const v = domainRegisterSchema.parse(input);
  const reply = await client.call(
    'domain-register',
    {
      domain: v.domain, period: v.period, status: v.status, 'owner-c': v.ownerC, 'billing-c': v.billingC,
      'admin-c': v.adminC, 'tech-c': v.techC, 'ns-list': joinNsList(v.nsList), autorenew: v.autorenew,
      language: v.language, 'registrar-tag': v.registrarTag, privacy: v.privacy, 'max-price': v.maxPrice,
    },
    WRITE,
  );
  return toQueuedResult(reply);
}

export const domainRenewSchema = z
  .object({
    domain: domainName,
    period: periodMonths.optional(),
    expyear: expYear.optional(),
    privacy: z.enum(['basic', 'pro', 'none', 'keep']).optional(),
    maxPrice: maxPrice.optional(),
  })
  .refine(onePeriodOnly, ONE_PERIOD_MESSAGE)
  .refine((v) => v.period !== undefined || v.expyear !== undefined, 'Give a period or an expiration year');
export type DomainRenewInput = z.input<typeof domainRenewSchema>;

/**
 * DMAPI `domain-renew`. Queued (Proc-ID). Not refundable, and never retried by this client. Prefer `expyear`: a
 * repeated request with it does not renew twice. Joker renews one name at most once per 6 hours. Privacy `keep`
 * (the default) renews an active privacy subscription too.
 */
export async function domainRenew(client: DmapiClient, input: DomainRenewInput): Promise<QueuedResult> {
  const v = domainRenewSchema.parse(input);
  const reply = await client.call(
    'domain-renew',
    { domain: v.domain, period: v.period, expyear: v.expyear, privacy: v.privacy, 'max-price': v.maxPrice },
    WRITE,
  );
  return toQueuedResult(reply);
}

/** ds-N: `tag:alg:digest-type:digest` (com/net/org/...) or `protocol:alg:flags:pubkey-base64` (de). */
export const dsRecord = z
  .string()
  .trim()
  .regex(/^\d{1,5}:\d{1,3}:\d{1,5}:[A-Za-z0-9+/=]+$/, 'Use tag:alg:digest-type:digest or protocol:alg:flags:pubkey');

export const domainModifySchema = z.object({
  domain: domainName,
  billingC: contactHandle.optional(),
  adminC: contactHandle.optional(),
  techC: contactHandle.optional(),
  nsList: nsList.optional(),
  registrarTag: z.string().trim().min(1).optional(),
  /** false removes DNSSEC (`dnssec=0`); an array of 1 to 6 ds-N entries sets it (`dnssec=1&ds-1=...`). */
  dnssec: z.union([z.literal(false), z.array(dsRecord).min(1).max(6)]).optional(),
});
export type DomainModifyInput = z.input<typeof domainModifySchema>;

/**
 * DMAPI `domain-modify`. Queued (Proc-ID). Only the contacts given change; `ns-list` replaces all name servers;
 * without `dnssec` DNSSEC stays untouched. (The seed says "min. 2" ds sets, yet its own examples send one.)
 */
export async function domainModify(client: DmapiClient, input: DomainModifyInput): Promise<QueuedResult> {
  const v = domainModifySchema.parse(input);
  const ds: Record<string, string> = {};
  if (Array.isArray(v.dnssec)) v.dnssec.forEach((entry, i) => (ds[`ds-${i + 1}`] = entry));
  const reply = await client.call(
    'domain-modify',
    {
      domain: v.domain, 'billing-c': v.billingC, 'admin-c': v.adminC, 'tech-c': v.techC, 'ns-list': joinNsList(v.nsList),
      'registrar-tag': v.registrarTag, dnssec: v.dnssec === undefined ? undefined : v.dnssec === false ? 0 : 1, ...ds,
    },
    WRITE,
  );
  return toQueuedResult(reply);
}

export const domainDeleteSchema = z.object({ domain: domainName, force: z.boolean().optional() });
export type DomainDeleteInput = z.input<typeof domainDeleteSchema>;

/**
 * DMAPI `domain-delete`. Queued (Proc-ID). Within 72 hours of registration a gTLD deletion is refunded; older
 * domains need `force=1` or the request is refused.
 */
export async function domainDelete(client: DmapiClient, input: DomainDeleteInput): Promise<QueuedResult> {
  const v = domainDeleteSchema.parse(input);
  const reply = await client.call('domain-delete', { domain: v.domain, force: v.force ? 1 : undefined }, WRITE);
  return toQueuedResult(reply);
}

export const domainOwnerChangeSchema = z
  .object({ domain: domainName, ...contactFieldShape, lockOptOut: z.boolean().optional() })
  .refine(hasName, 'Give a name, or a first and last name')
  .refine((v) => missingRequired(v).length === 0, 'E-mail, street, city, postal code, country and phone are required');
export type DomainOwnerChangeInput = z.input<typeof domainOwnerChangeSchema>;

/**
 * DMAPI `domain-owner-change` (change of registrant). Queued (Proc-ID). Triggers confirmation keys answered with
 * cor-verify; `lock-opt-out=yes` skips the IRTP-C 60-day transfer lock.
 */
export async function domainOwnerChange(client: DmapiClient, input: DomainOwnerChangeInput): Promise<QueuedResult> {
  const { domain, lockOptOut, ...fields } = domainOwnerChangeSchema.parse(input);
  const reply = await client.call(
    'domain-owner-change',
    { domain, ...contactParams(fields), 'lock-opt-out': lockOptOut === undefined ? undefined : lockOptOut ? 'yes' : 'no' },
    WRITE,
  );
  return toQueuedResult(reply);
}

export const domainOnlySchema = z.object({ domain: domainName });
export type DomainOnlyInput = z.input<typeof domainOnlySchema>;

/** DMAPI `domain-lock`: refuse transfers to other registrars. May be queued (Proc-ID when the registry is asked). */
export async function domainLock(client: DmapiClient, input: DomainOnlyInput): Promise<WriteResult> {
  const v = domainOnlySchema.parse(input);
  return toWriteResult(await client.call('domain-lock', { domain: v.domain }, WRITE));
}

/** DMAPI `domain-unlock`: needed before a transfer away. May be queued (Proc-ID when the registry is asked). */
export async function domainUnlock(client: DmapiClient, input: DomainOnlyInput): Promise<WriteResult> {
  const v = domainOnlySchema.parse(input);
  return toWriteResult(await client.call('domain-unlock', { domain: v.domain }, WRITE));
}

export const domainPrivacyOrderSchema = z
  .object({
    domain: domainName,
    privacy: z.enum(['basic', 'pro']),
    period: periodMonths.optional(),
    expyear: expYear.optional(),
  })
  .refine(onePeriodOnly, ONE_PERIOD_MESSAGE);
export type DomainPrivacyOrderInput = z.input<typeof domainPrivacyOrderSchema>;

/**
 * DMAPI `domain-privacy-order`: add whois privacy to an existing domain. An order: Proc-ID when queued. Without
 * period and expyear it runs for the domain's remaining lifetime.
 */
export async function domainPrivacyOrder(client: DmapiClient, input: DomainPrivacyOrderInput): Promise<WriteResult> {
  const v = domainPrivacyOrderSchema.parse(input);
  const reply = await client.call(
    'domain-privacy-order',
    { domain: v.domain, privacy: v.privacy, period: v.period, expyear: v.expyear },
    WRITE,
  );
  return toWriteResult(reply);
}
