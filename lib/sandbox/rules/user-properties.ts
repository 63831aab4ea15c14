/**
 * Account-wide user properties (user-get-property / user-set-property, lib/sandbox/README.md "Beyond the seeds"):
 * `user.property.autorenew` is the default that domain-register and the transfers use when a request does not send
 * `autorenew`; `user.feature.*` flags are read-only facts of the account.
 */
import type { Account } from '../state/types';

interface PropertyDef {
  /** Value of an account that never set it (Joker documents autorenew=1 as the transfer default). */
  default: string;
  valid: RegExp;
  what: string;
}

export const USER_PROPERTIES: Record<string, PropertyDef> = {
  autorenew: { default: '1', valid: /^[01]$/, what: '0 or 1' },
};

export function userProperty(account: Account, name: string): string {
  return account.properties?.[name] ?? USER_PROPERTIES[name]?.default ?? '';
}

/** The read-only feature flags of an account. */
export function userFeatures(account: Account): Record<string, string> {
  return { reseller: account.reseller ? '1' : '0' };
}

/** `autorenew` of a register/transfer request: as sent (0/1), else the account's default. */
export function autorenewDefault(account: Account, sent: string | undefined): boolean {
  return (sent ?? userProperty(account, 'autorenew')) === '1';
}
