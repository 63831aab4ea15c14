import { DmapiError } from './errors';
import type { AccessNeed } from './registry';
import type { Domain, GrantRole, SandboxState, Session } from './state/types';

/**
 * The domain `name` as seen by account `uid`: its own, or one granted to it. Roles (lib/sandbox/README.md, "Grant
 * roles"): @tech may use zones and name servers, @admin also contacts and properties, @billing renew, @creator
 * everything — so pass the roles that allow the request; @creator is always accepted. Without `roles` only the owner
 * may act.
 */
export function domainFor(state: SandboxState, uid: string, name: string, roles: GrantRole[] = [], field = 'domain'): Domain {
  const key = name.trim().toLowerCase().replace(/\.$/, '');
  const domain = state.domains.get(key);
  if (!domain) throw new DmapiError('notExists', `${field}: ${key} does not exist or is not in your portfolio`);
  if (domain.uid === uid) return domain;
  const grants = state.grants.filter((g) => g.domain === key && g.clientUid === uid);
  if (grants.length === 0) throw new DmapiError('notExists', `${field}: ${key} does not exist or is not in your portfolio`);
  if (grants.some((g) => g.role === '@creator' || roles.includes(g.role))) return domain;
  throw new DmapiError('authorization', `${field}: your role on ${key} (${grants.map((g) => g.role).join(',')}) does not allow ${roles.length ? 'this request' : 'this'}`);
}

/** User-Access of the API key (DMAPI login): @readonly may not modify, @modify-only may not spend money. */
export function accessDenied(need: AccessNeed, access: Session['access']): string | null {
  if (need === 'read') return null;
  if (access === '@readonly') return 'User-Access @readonly: this API key may not modify anything';
  if (need === 'cost' && access !== '@full') return 'User-Access @modify-only: this API key may not do anything that costs money';
  return null;
}
