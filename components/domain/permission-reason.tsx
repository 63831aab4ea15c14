import type { Permission } from '@/lib/auth/roles';

/** Why a control is disabled for this person (the server checks again). */
export function PermissionReason({ permission }: { permission: Permission }) {
  if (permission.allowed) return null;
  return <p className="text-xs text-zinc-500">{permission.reason}</p>;
}
