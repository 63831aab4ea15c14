/**
 * THE role matrix: which panel role may use which area and operation, combined with what the API key itself may do
 * at Joker (User-Access). Enforced on the server by lib/actions (every action and GET route) and read by the UI to
 * disable controls with the reason. Pure: no env, no database.
 */

export const ROLES = ['owner', 'support', 'verification', 'billing', 'read-only', 'customer'] as const;
export type Role = (typeof ROLES)[number];
export const STAFF_ROLES = ['support', 'verification', 'billing', 'read-only'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const AREAS = [
  'overview',
  'domains',
  'contacts',
  'hosts',
  'zones',
  'grants',
  'verification',
  'transfers',
  'results',
  'orders',
  'prices',
  'money',
  'team',
  'audit',
  'my-domains',
  'invitations',
] as const;
export type Area = (typeof AREAS)[number];

/** view: read; change: modify without cost; order: anything that costs money (register, renew, transfer in). */
export const OPERATIONS = ['view', 'change', 'order'] as const;
export type Operation = (typeof OPERATIONS)[number];

export type UserAccess = '@full' | '@modify-only' | '@readonly';

export interface Subject {
  role: Role;
  userAccess: UserAccess;
}

export type Permission = { allowed: true } | { allowed: false; reason: string };

type Grants = Partial<Record<Area, readonly Operation[]>>;
const V = ['view'] as const;
const VC = ['view', 'change'] as const;
const ALL = ['view', 'change', 'order'] as const;
const RESELLER_AREAS = AREAS.filter((a) => a !== 'my-domains' && a !== 'invitations');

const MATRIX: Record<Role, Grants> = {
  owner: Object.fromEntries(RESELLER_AREAS.map((a) => [a, ALL])),
  // Day-to-day technical work; nothing that costs money, no team management.
  support: {
    overview: V, domains: VC, contacts: VC, hosts: VC, zones: VC, grants: VC, verification: VC, transfers: VC,
    results: V, orders: V, prices: V, audit: V,
  },
  // The whois verification workspace and nothing else: no portfolio, no money, no results inbox, no audit log. Its
  // requests are answered at once (nothing queued to follow) and the workspace keeps its own per-address history.
  verification: { verification: VC },
  // Money, orders and renewals.
  billing: {
    overview: V, domains: ['view', 'order'], transfers: ['view', 'order'], results: V, orders: ALL, prices: V,
    money: ALL, audit: V,
  },
  'read-only': Object.fromEntries(RESELLER_AREAS.filter((a) => a !== 'team').map((a) => [a, V])),
  // A domain owner who is not the reseller: their own portfolio and invitations, and their own queued results.
  customer: { 'my-domains': VC, invitations: VC, results: V },
};

/** Areas that never reach the DMAPI with the user's key, so the key's User-Access does not limit them. */
const PANEL_ONLY: ReadonlySet<Area> = new Set(['team', 'audit']);

export const ROLE_LABELS: Record<Role, string> = {
  owner: 'Owner',
  support: 'Support',
  verification: 'Verification',
  billing: 'Billing',
  'read-only': 'Read-only',
  customer: 'Customer',
};

export const AREA_LABELS: Record<Area, string> = {
  overview: 'the overview', domains: 'domains', contacts: 'contacts', hosts: 'name server hosts', zones: 'DNS zones',
  grants: 'grants', verification: 'whois verification', transfers: 'transfers', results: 'results', orders: 'orders',
  prices: 'prices', money: 'money', team: 'team settings', audit: 'the audit log', 'my-domains': 'your domains',
  invitations: 'invitations',
};

const VERBS: Record<Operation, string> = { view: 'view', change: 'change', order: 'place paid orders in' };

/** Allowed, or denied with a sentence the UI can show next to the disabled control. */
export function permission(subject: Subject, area: Area, operation: Operation): Permission {
  const granted = MATRIX[subject.role][area] ?? [];
  if (!granted.includes(operation)) {
    return {
      allowed: false,
      reason: `Your panel role (${ROLE_LABELS[subject.role]}) cannot ${VERBS[operation]} ${AREA_LABELS[area]}.`,
    };
  }
  if (!PANEL_ONLY.has(area) && operation !== 'view') {
    if (subject.userAccess === '@readonly') {
      return { allowed: false, reason: 'This API key is read-only at Joker.com (@readonly): it cannot make changes.' };
    }
    if (subject.userAccess === '@modify-only' && operation === 'order') {
      return {
        allowed: false,
        reason: 'This API key is modify-only at Joker.com (@modify-only): it cannot place orders that cost money.',
      };
    }
  }
  return { allowed: true };
}

export function can(subject: Subject, area: Area, operation: Operation): boolean {
  return permission(subject, area, operation).allowed;
}

/** Areas the subject may at least view, in matrix order (drives the navigation). */
export function visibleAreas(subject: Subject): Area[] {
  return AREAS.filter((area) => can(subject, area, 'view'));
}

/** Whose audit rows a role sees: the owner sees the whole account, staff only their own. */
export function auditScope(role: Role): 'all' | 'own' {
  return role === 'owner' ? 'all' : 'own';
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value);
}
