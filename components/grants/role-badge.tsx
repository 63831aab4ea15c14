import { Badge } from '@/components/ui/badge';
import { isGrantRole, ROLE_INFO } from '@/lib/schemas/grants';

/** A role with its meaning as the tooltip and for assistive technology. */
export function RoleBadge({ role }: { role: string }) {
  const info = isGrantRole(role) ? ROLE_INFO[role] : undefined;
  return (
    <Badge tone={role === '@creator' ? 'warning' : 'info'} className="font-mono">
      <span title={info ? `${info.label}: ${info.meaning}` : undefined}>{role}</span>
      {info ? <span className="sr-only"> ({info.label})</span> : null}
    </Badge>
  );
}
