/**
 * Transfers: domain-transfer-in-reseller, domain-transfer-get-auth-id, domain-transfer-control.
 */
import 'server-only';
import { z } from 'zod';
import type { DmapiClient } from '../client';
import { cell, parseKeyValues, parseTable } from '../parse';
import { tldOf } from '@/lib/net/suffix';
import { confirmationKey, contactHandle, maxPrice } from '@/lib/schemas/common';
import { domainName, privacyLevel } from '@/lib/schemas/domain';
import { nsList } from '@/lib/schemas/host';
import { joinNsList, READ, toQueuedResult, toWriteResult, WRITE, type QueuedResult, type WriteResult } from './common';

export const domainTransferInSchema = z.object({
  domain: domainName,
  /** Required for all TLDs except .eu. */
  transferAuthId: confirmationKey.optional(),
  ownerC: contactHandle,
  adminC: contactHandle.optional(),
  techC: contactHandle.optional(),
  billingC: contactHandle.optional(),
  status: z.enum(['lock', 'production']).optional(),
  /** Defaults to 1 at Joker when not given. */
  autorenew: z.boolean().optional(),
  nsList: nsList.optional(),
  privacy: privacyLevel.optional(),
  maxPrice: maxPrice.optional(),
}).refine((v) => v.transferAuthId !== undefined || tldOf(v.domain) === 'eu', 'The Auth-ID is required (except for .eu)');
export type DomainTransferInInput = z.input<typeof domainTransferInSchema>;

/**
 * DMAPI `domain-transfer-in-reseller`. Queued (Proc-ID). `transfer-auth-id` is a secret and is redacted from every
 * error and log. `period` is documented as "not in use" and is never sent. Triggers the FOA e-mails.
 */
export async function domainTransferInReseller(client: DmapiClient, input: DomainTransferInInput): Promise<QueuedResult> {
  const v = domainTransferInSchema.parse(input);
  const reply = await client.call(
    'domain-transfer-in-reseller',
    {
      domain: v.domain, 'transfer-auth-id': v.transferAuthId, 'owner-c': v.ownerC, 'admin-c': v.adminC,
      'tech-c': v.techC, 'billing-c': v.billingC, status: v.status, autorenew: v.autorenew,
      'ns-list': joinNsList(v.nsList), privacy: v.privacy, 'max-price': v.maxPrice,
    },
    WRITE,
  );
  return toQueuedResult(reply);
}

const domainOnly = z.object({ domain: domainName });
type DomainOnly = z.input<typeof domainOnly>;

/**
 * DMAPI `domain-transfer-get-auth-id`. Queued (Proc-ID): the Auth-ID arrives later in result-retrieve as
 * `The Authorization ID is: "<id>"` (see resultRetrieve().authId). Every call invalidates the previous Auth-ID.
 */
export async function domainTransferGetAuthId(client: DmapiClient, input: DomainOnly): Promise<QueuedResult> {
  const v = domainOnly.parse(input);
  return toQueuedResult(await client.call('domain-transfer-get-auth-id', { domain: v.domain }, WRITE));
}

export interface PendingTransfer {
  domain: string;
  state: string;
  ownerEmail: string | undefined;
  adminEmail: string | undefined;
}

/**
 * DMAPI `domain-transfer-control` with `action=list`: pending incoming transfers, TAB-separated rows
 * `<domain> <state> <owner-email> <admin-email>`. Not queued; answers 1000.
 */
export async function domainTransferList(client: DmapiClient): Promise<PendingTransfer[]> {
  const reply = await client.call('domain-transfer-control', { action: 'list' }, READ);
  const table = parseTable(reply, ['domain', 'state', 'owner-email', 'admin-email']);
  const col = (name: string, fallback: number) => {
    const i = table.columns.findIndex((c) => c.toLowerCase().replace(/_/g, '-') === name);
    return i >= 0 ? i : fallback;
  };
  const [iDomain, iState, iOwner, iAdmin] = [col('domain', 0), col('state', 1), col('owner-email', 2), col('admin-email', 3)];
  return table.rows.map((f) => ({
    domain: f[iDomain] ?? '',
    state: f[iState] ?? '',
    ownerEmail: cell(f[iOwner]),
    adminEmail: cell(f[iAdmin]),
  }));
}

export interface TransferStatus {
  domain: string;
  status: string;
  ownerEmail: string | undefined;
  adminEmail: string | undefined;
  transferId: string | undefined;
}

/** DMAPI `domain-transfer-control` with `action=show`: `key: value` lines for one domain. Not queued. */
export async function domainTransferShow(client: DmapiClient, input: DomainOnly): Promise<TransferStatus> {
  const v = domainOnly.parse(input);
  const reply = await client.call('domain-transfer-control', { action: 'show', domain: v.domain }, READ);
  const kv = parseKeyValues(reply.body);
  const get = (k: string) => cell(kv[k]?.[0]);
  return {
    domain: get('domain') ?? v.domain,
    status: get('status') ?? '',
    ownerEmail: get('owner_email') ?? get('owner-email'),
    adminEmail: get('admin_email') ?? get('admin-email'),
    transferId: get('transfer-id') ?? get('transfer_id'),
  };
}

/** DMAPI `domain-transfer-control` with `action=resend-foa` (only in state FOA_BEEN_SENT). Not queued. */
export async function domainTransferResendFoa(client: DmapiClient, input: DomainOnly): Promise<WriteResult> {
  const v = domainOnly.parse(input);
  return toWriteResult(await client.call('domain-transfer-control', { action: 'resend-foa', domain: v.domain }, WRITE));
}

/** DMAPI `domain-transfer-control` with `action=cancel`: cancel a pending incoming transfer. Not queued. */
export async function domainTransferCancel(client: DmapiClient, input: DomainOnly): Promise<WriteResult> {
  const v = domainOnly.parse(input);
  return toWriteResult(await client.call('domain-transfer-control', { action: 'cancel', domain: v.domain }, WRITE));
}
