/**
 * Domains: domain-register, domain-renew, domain-modify, domain-delete, domain-owner-change, domain-lock,
 * domain-unlock, domain-privacy-order. Periods are in MONTHS on the wire (DMAPI documentation: "MONTHS, NOT YEARS").
 * The input schemas live in lib/schemas/domain.ts (domain-owner-change: lib/schemas/contact.ts), shared with forms.
 */
import 'server-only';
import { z } from 'zod';
import type { DmapiClient } from '../client';
import { contactParams } from '@/lib/contacts/validate';
import { domainOwnerChangeSchema } from '@/lib/schemas/contact';
import {
  domainDeleteSchema, domainModifySchema, domainOnlySchema, domainPrivacyOrderSchema, domainRegisterSchema, domainRenewSchema,
} from '@/lib/schemas/domain';
import { joinNsList, toQueuedResult, toWriteResult, WRITE, type QueuedResult, type WriteResult } from './common';

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

export type DomainRenewInput = z.input<typeof domainRenewSchema>;

/**
 * DMAPI `domain-renew`. Queued (Proc-ID). Not refundable, and never retried by this client. Prefer `expyear`: a
 * repeated request with it does not renew twice ("it will not be renewed if its expiration year is greater or equals
 * to specified"): that answer is a success without Proc-ID, with a Warning saying nothing was renewed. Joker renews
 * one name at most once per 6 hours. Privacy `keep` (the default) renews an active privacy subscription too.
 */
export async function domainRenew(client: DmapiClient, input: DomainRenewInput): Promise<WriteResult> {
  const v = domainRenewSchema.parse(input);
  const reply = await client.call(
    'domain-renew',
    { domain: v.domain, period: v.period, expyear: v.expyear, privacy: v.privacy, 'max-price': v.maxPrice },
    WRITE,
  );
  // Only the expyear no-op answers without a Proc-ID; a renewal by period always runs queued.
  return v.expyear !== undefined ? toWriteResult(reply) : toQueuedResult(reply);
}

export type DomainModifyInput = z.input<typeof domainModifySchema>;

/**
 * DMAPI `domain-modify`. Queued (Proc-ID). Only the contacts given change; `ns-list` replaces all name servers;
 * without `dnssec` DNSSEC stays untouched. (The documentation says "min. 2" ds sets, yet its own examples send one.)
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

export type DomainOwnerChangeInput = z.input<typeof domainOwnerChangeSchema>;

/**
 * DMAPI `domain-owner-change` (change of registrant). Queued (Proc-ID). Triggers confirmation keys answered with
 * cor-verify; `lock-opt-out=yes` skips the IRTP-C 60-day transfer lock.
 */
export async function domainOwnerChange(client: DmapiClient, input: DomainOwnerChangeInput): Promise<QueuedResult> {
  const { domain, fields, lockOptOut } = domainOwnerChangeSchema.parse(input);
  const reply = await client.call(
    'domain-owner-change',
    { domain, ...contactParams(fields, 'create'), 'lock-opt-out': lockOptOut === undefined ? undefined : lockOptOut ? 'yes' : 'no' },
    WRITE,
  );
  return toQueuedResult(reply);
}

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
