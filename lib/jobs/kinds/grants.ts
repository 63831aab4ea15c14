import { z } from 'zod';
import { email } from '@/lib/schemas/common';
import { grantRole, nickName } from '@/lib/schemas/grants';
import { defineKind } from './types';

/**
 * Grants over many domains: invite one address to a role on each (grants-invite, one invitation mail per domain),
 * or revoke everything one person holds or was invited to. @creator is left out of bulk invitations on purpose:
 * handing a domain over is offered one domain at a time, with the name typed to confirm.
 */

const SHARED_WITH_US = 'Shared with this account by another one: only its holder can invite or revoke';

export const grantInviteKind = defineKind({
  schema: z.object({
    kind: z.literal('grantInvite'),
    email,
    role: grantRole.exclude(['@creator'], { error: '@creator hands a domain over: do it on the domain’s page, one domain at a time' }),
    nickName: nickName.optional(),
  }),
  operation: 'change',
  menu: [{ label: 'Invite someone to a role…', start: { kind: 'grantInvite' } }],
  describe: (p) => `Invite ${p.email} as ${p.role}`,
  skip: (_p, row) => (row.grants.length > 0 ? SHARED_WITH_US : undefined),
});

export const grantRevokeKind = defineKind({
  schema: z.object({
    kind: z.literal('grantRevoke'),
    /** The person: the invited address, or their Joker.com login. */
    person: z.string().trim().toLowerCase().min(1, 'Enter the e-mail address or login').max(254),
  }),
  operation: 'change',
  menu: [{ label: 'Revoke one person’s roles…', start: { kind: 'grantRevoke' } }],
  describe: (p) => `Revoke every role and invitation of ${p.person}`,
  skip: (_p, row) => {
    if (row.grants.length > 0) return SHARED_WITH_US;
    // Counts known and both zero: nothing to revoke there. Unknown pending counts are checked item by item.
    if (row.confirmedGrants === 0 && row.pendingInvitations === 0) return 'Nobody holds a role or an invitation on this domain';
    return undefined;
  },
});
