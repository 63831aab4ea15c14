'use client';

import * as Dialog from '@radix-ui/react-dialog';
import { X } from 'lucide-react';
import { type ReactNode, useState } from 'react';
import { Button } from '@/components/ui/button';
import { GuardedButton } from '@/components/ui/guarded-button';
import type { Permission } from '@/lib/auth/roles';
import { ContactForm } from './contact-form';

export interface ContactCreateDialogProps {
  tld: string;
  /** The new handle, once Joker.com has it; the dialog closes. */
  onCreated: (handle: string) => void;
  /** The button that opens the dialog (default: "Create contact…"). */
  trigger?: ReactNode;
  /** permission(session, 'contacts', 'change'): without it the button is disabled with the reason. */
  permission?: Permission;
  /** Accessible name of the default trigger, when several pickers share a page ("Create owner contact…"). */
  triggerLabel?: string;
}

/**
 * The contact form in a dialog, for flows that need a new handle without leaving the page (register, transfer, owner
 * change, contact defaults). Radix Dialog: focus trapped, Escape closes, focus returns to the trigger. Its form is
 * kept from submitting the page's own form (a submit event bubbles through the React tree, portals included).
 */
export function ContactCreateDialog({ tld, onCreated, trigger, permission, triggerLabel = 'Create contact…' }: ContactCreateDialogProps) {
  const [open, setOpen] = useState(false);
  if (permission && !permission.allowed) {
    return (
      <GuardedButton variant="secondary" size="sm" permission={permission}>
        {triggerLabel}
      </GuardedButton>
    );
  }
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        {trigger ?? (
          <Button variant="secondary" size="sm">
            {triggerLabel}
          </Button>
        )}
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <Dialog.Content
          aria-describedby={undefined}
          className="fixed left-1/2 top-1/2 z-50 flex max-h-[calc(100vh-2rem)] w-[min(48rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 flex-col rounded-md border border-zinc-200 bg-white shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
        >
          <div className="flex items-center justify-between border-b border-zinc-200 px-4 py-3 dark:border-zinc-800">
            <Dialog.Title className="text-base font-semibold">New .{tld} contact</Dialog.Title>
            <Dialog.Close asChild>
              <Button variant="ghost" size="sm" aria-label="Close">
                <X aria-hidden className="h-4 w-4" />
              </Button>
            </Dialog.Close>
          </div>
          <div className="overflow-y-auto p-4" onSubmit={(e) => e.stopPropagation()}>
            <ContactForm
              mode="create"
              tld={tld}
              onCreated={(handle) => {
                setOpen(false);
                onCreated(handle);
              }}
            />
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
