import type { Domain } from '../state/types';

/** A Domain with every field at its default; register/transfer fill in the rest. */
export function newDomain(fields: Pick<Domain, 'name' | 'tld' | 'uid' | 'createdAt' | 'expiresAt' | 'ownerC' | 'adminC' | 'techC' | 'billingC' | 'ns' | 'authId'> & Partial<Domain>): Domain {
  return {
    lastRenewAt: null,
    locked: false,
    autorenew: false,
    whoisOptOut: false,
    gdprOptIn: false,
    privacy: 'none',
    privacyActive: false,
    privacyExpiresAt: null,
    privacyOrigin: null,
    dnssec: false,
    ds: [],
    registrarTag: null,
    language: null,
    properties: {},
    transferLockUntil: null,
    premium: false,
    pendingOwnerChange: null,
    verificationId: null,
    extra: {},
    ...fields,
  };
}

/** The default zone Joker creates for a domain delegated to its name servers (parking records). */
export function defaultZoneRecords(): string[] {
  return ['@ A 0 194.245.148.200 86400', 'www CNAME 0 @ 86400'];
}
