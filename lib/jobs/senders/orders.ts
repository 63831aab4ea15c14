import 'server-only';
import { decryptSecret } from '@/lib/auth/keys';
import { domainRegister, domainTransferInReseller } from '@/lib/dmapi';
import { ExpectedFailure } from '@/lib/failure/expected';
import type { KindSender, StoredJobParams } from './types';

/**
 * Register and transfer in, one name per item. A premium name carries the max-price its summary showed
 * (`stored.maxPrices`). A transfer's per-name data (the auth-id, encrypted with the panel secret, and any contacts its
 * CSV row named) is `stored.transfers[domain]`.
 */

export interface StoredTransferItem {
  /** encryptSecret(authId, 'transfer-auth-id'); '' for .eu. */
  authId: string;
  ownerC: string;
  adminC?: string;
  techC?: string;
  billingC?: string;
}

export interface StoredTransferJob extends StoredJobParams {
  transfers: Record<string, StoredTransferItem>;
}

export const registerSender: KindSender<'register'> = {
  request: 'domain-register',
  async send(client, p, item, stored) {
    const maxPrice = stored.maxPrices?.[item.domain];
    return domainRegister(client, {
      domain: item.domain, period: p.period, ownerC: p.ownerC, adminC: p.adminC, techC: p.techC, billingC: p.billingC,
      nsList: p.nsList, autorenew: p.autorenew, privacy: p.privacy, ...(maxPrice !== undefined ? { maxPrice } : {}),
    });
  },
};

export const transferSender: KindSender<'transfer'> = {
  request: 'domain-transfer-in-reseller',
  async send(client, p, item, stored) {
    const row = (stored as Partial<StoredTransferJob>).transfers?.[item.domain];
    if (!row) throw new ExpectedFailure('This job holds no auth-id for the domain; start a new transfer for it.');
    const maxPrice = stored.maxPrices?.[item.domain];
    return domainTransferInReseller(client, {
      domain: item.domain,
      ...(row.authId ? { transferAuthId: decryptSecret(row.authId, 'transfer-auth-id') } : {}),
      ownerC: row.ownerC,
      ...(row.adminC ? { adminC: row.adminC } : {}),
      ...(row.techC ? { techC: row.techC } : {}),
      ...(row.billingC ? { billingC: row.billingC } : {}),
      ...(p.nsList ? { nsList: p.nsList } : {}),
      privacy: p.privacy,
      autorenew: p.autorenew,
      status: p.lock ? 'lock' : 'production',
      ...(maxPrice !== undefined ? { maxPrice } : {}),
    });
  },
};
