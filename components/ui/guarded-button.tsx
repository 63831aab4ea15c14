'use client';

import { useId } from 'react';
import type { Permission } from '@/lib/auth/roles';
import { Button, type ButtonProps } from './button';

/**
 * A control the role matrix may forbid: disabled with the reason shown next to it (not left to fail). Pass the
 * Permission computed on the server with `permission(session, area, operation)`; the server action checks again.
 */
export function GuardedButton({ permission, children, ...props }: ButtonProps & { permission: Permission }) {
  const reasonId = useId();
  if (permission.allowed) return <Button {...props}>{children}</Button>;
  return (
    <span className="inline-flex flex-col gap-0.5">
      <Button {...props} disabled aria-describedby={reasonId} title={permission.reason}>
        {children}
      </Button>
      <span id={reasonId} className="text-xs text-zinc-500">
        {permission.reason}
      </span>
    </span>
  );
}
