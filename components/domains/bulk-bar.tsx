'use client';

import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { ChevronDown } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import type { Permission } from '@/lib/auth/roles';
import { BULK_MENU, type JobKind } from '@/lib/jobs/kinds';
import type { Selection } from '@/lib/jobs/request';
import { BulkDialog } from './bulk-dialog';

export interface BulkPermissions {
  change: Permission;
  order: Permission;
  /** Per kind: whether the API key may send the kind's DMAPI request at all (its query-request-list). */
  requests?: Partial<Record<JobKind, Permission>>;
}

type Entry = (typeof BULK_MENU)[number];

/** The role's permission first (its reason names the role), then the key's request list. */
function allowedFor(permissions: BulkPermissions, entry: Entry): Permission {
  const byRole = permissions[entry.operation];
  if (!byRole.allowed) return byRole;
  return permissions.requests?.[entry.start.kind] ?? byRole;
}

interface Props {
  count: number;
  permissions: BulkPermissions;
  selection: () => Selection | string;
  onClear: () => void;
}

export function BulkBar({ count, permissions, selection, onClear }: Props) {
  const [open, setOpen] = useState<{ start: Entry['start']; selection: Selection } | null>(null);
  const choose = (entry: Entry) => {
    const s = selection();
    if (typeof s === 'string') {
      toast.error(s);
      return;
    }
    setOpen({ start: entry.start, selection: s });
  };
  const anyAllowed = permissions.change.allowed || permissions.order.allowed;
  return (
    <div className="flex min-h-9 items-center gap-3 text-sm" aria-live="polite">
      {count === 0 ? (
        <span className="text-zinc-500">Select domains (click, Shift-click for a range, or the header box for all filtered) to act on them.</span>
      ) : (
        <>
          <span className="font-medium tabular-nums">{count.toLocaleString('en')} selected</span>
          <DropdownMenu.Root>
            <DropdownMenu.Trigger asChild>
              <Button size="sm" disabled={!anyAllowed} title={anyAllowed ? undefined : permissions.change.allowed ? undefined : permissions.change.reason}>
                Bulk action <ChevronDown className="size-3.5" aria-hidden />
              </Button>
            </DropdownMenu.Trigger>
            <DropdownMenu.Portal>
              <DropdownMenu.Content align="start" className="z-50 min-w-52 rounded-md border border-zinc-200 bg-white p-1 shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
                {BULK_MENU.map((entry) => {
                  const allowed = allowedFor(permissions, entry);
                  return (
                    <DropdownMenu.Item
                      key={entry.label}
                      disabled={!allowed.allowed}
                      onSelect={() => choose(entry)}
                      className="cursor-pointer rounded px-2 py-1.5 text-sm outline-none data-[disabled]:cursor-not-allowed data-[disabled]:opacity-50 data-[highlighted]:bg-zinc-100 dark:data-[highlighted]:bg-zinc-800"
                    >
                      {entry.label}
                      {!allowed.allowed ? <span className="block text-xs text-zinc-500">{allowed.reason}</span> : null}
                    </DropdownMenu.Item>
                  );
                })}
              </DropdownMenu.Content>
            </DropdownMenu.Portal>
          </DropdownMenu.Root>
          <Button variant="ghost" size="sm" onClick={onClear}>
            Clear selection
          </Button>
          {!anyAllowed ? <span className="text-xs text-zinc-500">{permissions.change.allowed ? '' : permissions.change.reason}</span> : null}
        </>
      )}
      {open ? <BulkDialog start={open.start} selection={open.selection} count={count} onClose={() => setOpen(null)} /> : null}
    </div>
  );
}
