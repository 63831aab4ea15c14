'use client';

import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { ChevronDown, LogOut } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { useHydrated } from '@/lib/hooks/use-hydrated';
import { formatMoney } from '@/lib/format';
import { useBalance } from './header-balance';
import { useSignOutGuard } from './sign-out-guard';

export interface UserMenuProps {
  userLogin: string;
  actorName: string;
  roleLabel: string;
  userAccess: string;
  /** The account's balance, live (the header's balance query); customers see none. */
  showBalance: boolean;
  signOut: () => Promise<void>;
  /** The role can see bulk jobs: sign-out first asks for the session's running ones (they pause). */
  hasJobs: boolean;
}

const ACCESS_TONE: Record<string, 'success' | 'warning' | 'danger'> = {
  '@full': 'success',
  '@modify-only': 'warning',
  '@readonly': 'danger',
};

/** Who is signed in, with which panel role and key access, the account balance, and sign-out. */
function MenuBalance() {
  const { data } = useBalance();
  return data ? <p className="text-xs">Balance: {formatMoney(data.available, data.currency)}</p> : null;
}

export function UserMenu({ userLogin, actorName, roleLabel, userAccess, showBalance, signOut, hasJobs }: UserMenuProps) {
  const guard = useSignOutGuard(signOut, hasJobs);
  // A page the sign-in lands on is a new document: a click on the menu before hydration would be lost, so the trigger
  // carries `data-ready` once it works (tests wait for it, as for the kit's forms).
  const hydrated = useHydrated();
  return (
    <>
      <DropdownMenu.Root>
        <DropdownMenu.Trigger
          className="flex min-w-0 items-center gap-2 rounded px-2 py-1 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800"
          aria-label={`Account menu: ${userLogin}, ${roleLabel}`}
          data-ready={hydrated ? '' : undefined}
        >
          <span className="max-w-28 truncate sm:max-w-48">{userLogin}</span>
          {/* On a phone the role and key access are in the menu itself. */}
          <span className="hidden items-center gap-2 sm:flex">
            <Badge tone="info">{roleLabel}</Badge>
            <Badge tone={ACCESS_TONE[userAccess] ?? 'neutral'}>{userAccess}</Badge>
          </span>
          <ChevronDown className="size-3.5" aria-hidden />
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content
            align="end"
            sideOffset={6}
            className="z-50 min-w-60 rounded-md border border-zinc-200 bg-white p-1 text-sm shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
          >
            <div className="space-y-1 px-2 py-1.5">
              <p className="font-medium">{actorName}</p>
              <p className="text-xs text-zinc-500">{userLogin}</p>
              <p className="text-xs">
                Role: <strong>{roleLabel}</strong> · Key access: <strong>{userAccess}</strong>
              </p>
              {showBalance ? <MenuBalance /> : null}
            </div>
            <DropdownMenu.Separator className="my-1 h-px bg-zinc-200 dark:bg-zinc-700" />
            <DropdownMenu.Item
              onSelect={guard.request}
              className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 outline-none data-[highlighted]:bg-zinc-100 dark:data-[highlighted]:bg-zinc-800"
            >
              <LogOut className="size-4" aria-hidden />
              Sign out
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      {guard.dialog}
    </>
  );
}
