'use client';

import * as Dialog from '@radix-ui/react-dialog';
import { Menu, X } from 'lucide-react';
import { useState } from 'react';
import { Sidebar } from './sidebar';

/**
 * The navigation on narrow screens: a menu button (aria-expanded, aria-controls) opening the same entries as the
 * sidebar in a panel. Radix's dialog keeps focus inside while it is open, closes on Escape or outside click and
 * returns focus to the button; choosing an entry closes it.
 */
export function MobileNav({ allowed }: { allowed?: readonly string[] }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger className="rounded p-1.5 text-zinc-700 hover:bg-zinc-100 md:hidden dark:text-zinc-300 dark:hover:bg-zinc-800" aria-label="Menu">
        <Menu className="size-5" aria-hidden />
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-zinc-950/40 md:hidden" />
        <Dialog.Content
          aria-describedby={undefined}
          className="fixed inset-y-0 left-0 z-50 w-64 max-w-[80vw] overflow-y-auto border-r border-zinc-200 bg-white shadow-xl focus:outline-none md:hidden dark:border-zinc-800 dark:bg-zinc-900"
        >
          <div className="flex h-12 items-center justify-between border-b border-zinc-200 px-3 dark:border-zinc-800">
            <Dialog.Title className="text-sm font-semibold">Reseller Panel</Dialog.Title>
            <Dialog.Close className="rounded p-1.5 hover:bg-zinc-100 dark:hover:bg-zinc-800" aria-label="Close menu">
              <X className="size-4" aria-hidden />
            </Dialog.Close>
          </div>
          <Sidebar allowed={allowed} onNavigate={() => setOpen(false)} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
