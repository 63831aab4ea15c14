/**
 * Grants (DMAPI documentation, "Rights and Roles": grants-invite, grants-list, grants-revoke): the roles, what each
 * means in plain words, and the forms' schemas. Browser-safe: the invite form, the server actions, the bulk kinds and
 * the DMAPI request functions use the same ones.
 */
import { z } from 'zod';
import { isValidDomainName, normalizeDomainName } from '@/lib/net/domain';
import { email, jokerUserId } from './common';
import { domainName } from './domain';

export const GRANT_ROLES = ['@tech', '@admin', '@billing', '@creator'] as const;
export const grantRole = z.enum(GRANT_ROLES);
export type GrantRole = z.output<typeof grantRole>;

/** What a role lets its holder do, as the panel explains it to reseller and customer alike. */
export const ROLE_INFO: Record<GrantRole, { label: string; meaning: string }> = {
  '@tech': { label: 'Technical', meaning: 'may edit the DNS zone and change the name servers' },
  '@admin': { label: 'Administrative', meaning: 'may do what @tech does, and change contacts and properties (lock, autorenew)' },
  '@billing': { label: 'Billing', meaning: 'may renew the domain (paid from their own Joker.com account)' },
  '@creator': {
    label: 'Creator (hand over)',
    meaning: 'takes the domain over: it moves into their Joker.com account with every right, and leaves this portfolio',
  },
};

/** One line for a role: "@tech — may edit the DNS zone …". */
export function roleSentence(role: GrantRole): string {
  return `${role} — ${ROLE_INFO[role].meaning}`;
}

export function isGrantRole(value: unknown): value is GrantRole {
  return typeof value === 'string' && (GRANT_ROLES as readonly string[]).includes(value);
}

/** What each of Joker's grant roles allows a grantee (the sandbox's rules too: lib/sandbox/README.md, "Grant roles"). */
export type CustomerAbility = 'zone' | 'nameservers' | 'contacts' | 'properties' | 'renew';

const ABILITIES: Record<GrantRole, readonly CustomerAbility[]> = {
  '@tech': ['zone', 'nameservers'],
  '@admin': ['zone', 'nameservers', 'contacts', 'properties'],
  '@billing': ['renew'],
  '@creator': ['zone', 'nameservers', 'contacts', 'properties', 'renew'],
};

/** The role that allows an ability, for the sentence on a disabled control. */
export const ABILITY_NEEDS: Record<CustomerAbility, string> = {
  zone: '@tech or @admin',
  nameservers: '@tech or @admin',
  contacts: '@admin',
  properties: '@admin',
  renew: '@billing',
};

/** Whether roles held on a domain (`@creator` for one's own domain) allow an ability. */
export function rolesAllow(roles: readonly string[], ability: CustomerAbility): boolean {
  return roles.some((r) => isGrantRole(r) && ABILITIES[r].includes(ability));
}

/** An optional text field of a form: blank means absent. */
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

export const nickName = z.string().trim().max(100, 'At most 100 characters').regex(/^[^\n\r\t]*$/, 'One line of text');

/** The typed confirmation names the domain (in its Unicode or ASCII form). */
function sameDomain(typed: string | undefined, domain: string): boolean {
  const t = (typed ?? '').trim();
  return t !== '' && isValidDomainName(t) && normalizeDomainName(t) === domain;
}

export const inviteGrantSchema = z
  .object({
    domain: domainName,
    email,
    role: grantRole,
    nickName: z.preprocess(blankToUndefined, nickName.optional()),
    /** Joker.com user id of the invitee: with it the role applies at once, without an invitation. */
    clientUid: z.preprocess(blankToUndefined, jokerUserId.optional()),
    /** @creator only: the domain name typed to confirm the hand-over. */
    confirmation: z.preprocess(blankToUndefined, z.string().trim().max(253).optional()),
  })
  .refine((v) => v.role !== '@creator' || sameDomain(v.confirmation, v.domain), {
    path: ['confirmation'],
    message: 'Type the domain name to confirm that it leaves your portfolio',
  });
export type InviteGrantInput = z.input<typeof inviteGrantSchema>;

export const revokeGrantSchema = z.object({
  domain: domainName,
  role: grantRole,
  /** The grant's or invitation's id from grants-list. */
  scope: z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_.-]+$/, 'An id from grants-list'),
  type: z.enum(['grant', 'invitation']),
});
export type RevokeGrantInput = z.input<typeof revokeGrantSchema>;

/** The panel's landing-page token: 32 random bytes, base64url (lib/grants/tokens.ts). */
export const invitationToken = z.string().trim().regex(/^[A-Za-z0-9_-]{43}$/, 'This is not an invitation link of this panel');

export const acceptInvitationSchema = z.object({ token: invitationToken });
export type AcceptInvitationInput = z.input<typeof acceptInvitationSchema>;

/** The states of an invitation made through the panel (lib/db/schema/grants.ts). */
export const INVITATION_STATES = ['pending', 'accepted', 'revoked', 'superseded'] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];
