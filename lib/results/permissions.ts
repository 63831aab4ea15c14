/**
 * Who may do what with queued requests beyond viewing them (lib/auth/roles.ts decides the rest). Pure, browser-safe.
 */
import { permission, type Permission, type Subject } from '@/lib/auth/roles';

/**
 * Showing a transfer auth-id: whoever holds it can move the domain to another registrar, so only users who may change
 * domains (their own, for customers) see it, each reveal written to the audit log.
 */
export function revealPermission(subject: Subject): Permission {
  const domains = permission(subject, 'domains', 'change');
  if (domains.allowed) return domains;
  const mine = permission(subject, 'my-domains', 'change');
  if (mine.allowed) return mine;
  return subject.role === 'customer' ? mine : domains;
}

/** Deleting stored replies (result-delete) changes the account's result list: the results area's `change`. */
export function deletePermission(subject: Subject): Permission {
  return permission(subject, 'results', 'change');
}
