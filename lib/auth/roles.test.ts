import { describe, expect, it } from 'vitest';
import { AREAS, OPERATIONS, ROLES, auditScope, can, permission, visibleAreas } from './roles';

const full = '@full' as const;

describe('role matrix', () => {
  it('gives the owner every reseller area and operation with a @full key, but not the customer area', () => {
    for (const area of AREAS.filter((a) => a !== 'my-domains' && a !== 'invitations')) {
      for (const op of OPERATIONS) expect(can({ role: 'owner', userAccess: full }, area, op)).toBe(true);
    }
    expect(can({ role: 'owner', userAccess: full }, 'my-domains', 'view')).toBe(false);
  });

  it('keeps support from paid orders and from team management', () => {
    const support = { role: 'support', userAccess: full } as const;
    expect(can(support, 'zones', 'change')).toBe(true);
    expect(permission(support, 'domains', 'order')).toEqual({
      allowed: false,
      reason: 'Your panel role (Support) cannot place paid orders in domains.',
    });
    expect(can(support, 'team', 'view')).toBe(false);
  });

  it('limits verification staff to the verification workspace', () => {
    const subject = { role: 'verification', userAccess: full } as const;
    expect(visibleAreas(subject)).toEqual(['verification']);
    expect(can(subject, 'verification', 'change')).toBe(true);
    for (const area of AREAS.filter((a) => a !== 'verification')) expect(can(subject, area, 'view')).toBe(false);
  });

  it('lets billing renew but not edit zones', () => {
    const subject = { role: 'billing', userAccess: full } as const;
    expect(can(subject, 'domains', 'order')).toBe(true);
    expect(can(subject, 'money', 'change')).toBe(true);
    expect(can(subject, 'zones', 'change')).toBe(false);
  });

  it('never lets read-only or customers into reseller changes', () => {
    for (const area of AREAS) {
      expect(can({ role: 'read-only', userAccess: full }, area, 'change')).toBe(false);
      expect(can({ role: 'read-only', userAccess: full }, area, 'order')).toBe(false);
    }
    // Their own queued results (the follower of their zone edits) and nothing of the reseller's.
    expect(visibleAreas({ role: 'customer', userAccess: full })).toEqual(['results', 'my-domains', 'invitations']);
  });

  it('combines the role with the key’s User-Access', () => {
    expect(permission({ role: 'owner', userAccess: '@readonly' }, 'zones', 'change')).toEqual({
      allowed: false,
      reason: 'This API key is read-only at Joker.com (@readonly): it cannot make changes.',
    });
    expect(can({ role: 'owner', userAccess: '@modify-only' }, 'zones', 'change')).toBe(true);
    expect(can({ role: 'owner', userAccess: '@modify-only' }, 'domains', 'order')).toBe(false);
    // Team management never reaches the DMAPI with this key, so the key's access does not limit it.
    expect(can({ role: 'owner', userAccess: '@readonly' }, 'team', 'change')).toBe(true);
  });

  it('shows the whole audit log to the owner only', () => {
    expect(ROLES.filter((r) => auditScope(r) === 'all')).toEqual(['owner']);
  });
});
