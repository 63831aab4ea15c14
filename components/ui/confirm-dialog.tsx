'use client';

import * as Dialog from '@radix-ui/react-dialog';
import { type ReactNode, useId, useState } from 'react';
import { Button } from './button';

export interface ConfirmDialogProps {
  /** The element that opens the dialog (a Button); Radix wires focus and aria to it. */
  trigger: ReactNode;
  title: string;
  /** What will happen, in words: what it changes, what it costs, whether it can be undone. */
  description: ReactNode;
  confirmLabel: string;
  tone?: 'danger' | 'primary';
  /** For irreversible or costly steps: the user types this text (e.g. the domain name) to enable the button. */
  typedConfirmation?: string;
  onConfirm: () => void | Promise<void>;
  /** Open state, when the page controls it. */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
}

/**
 * The confirmation every destructive or costly action goes through (Radix Dialog: focus trapped, Escape closes, focus
 * returns to the trigger). With `typedConfirmation` the confirm button stays disabled until the text is typed exactly.
 */
export function ConfirmDialog({
  trigger,
  title,
  description,
  confirmLabel,
  tone = 'danger',
  typedConfirmation,
  onConfirm,
  open,
  onOpenChange,
}: ConfirmDialogProps) {
  const [ownOpen, setOwnOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const inputId = useId();
  const isOpen = open ?? ownOpen;
  const setOpen = (next: boolean) => {
    if (!next) setTyped('');
    setOwnOpen(next);
    onOpenChange?.(next);
  };
  const ready = typedConfirmation === undefined || typed.trim().toLowerCase() === typedConfirmation.toLowerCase();
  return (
    <Dialog.Root open={isOpen} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>{trigger}</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <Dialog.Content className="fixed left-1/2 top-1/2 z-50 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-md border border-zinc-200 bg-white p-4 shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
          <Dialog.Title className="text-base font-semibold">{title}</Dialog.Title>
          <Dialog.Description asChild>
            <div className="mt-2 space-y-2 text-sm text-zinc-700 dark:text-zinc-300">{description}</div>
          </Dialog.Description>
          <form
            className="mt-4 flex flex-col gap-3"
            onSubmit={(e) => {
              e.preventDefault();
              // React bubbles the submit through the portal to a form around the trigger (ActionForm): without this, a
              // confirmation inside a form would send its request twice (onConfirm, then the outer form's submit).
              e.stopPropagation();
              if (!ready) return;
              setOpen(false);
              void onConfirm();
            }}
          >
            {typedConfirmation !== undefined ? (
              <div className="flex flex-col gap-1">
                <label htmlFor={inputId} className="text-sm">
                  Type <strong className="font-mono">{typedConfirmation}</strong> to confirm
                </label>
                <input
                  id={inputId}
                  autoComplete="off"
                  value={typed}
                  onChange={(e) => setTyped(e.target.value)}
                  className="rounded border border-zinc-300 bg-white px-2.5 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-950"
                />
              </div>
            ) : null}
            <div className="flex justify-end gap-2">
              <Dialog.Close asChild>
                <Button variant="secondary">Cancel</Button>
              </Dialog.Close>
              <Button type="submit" variant={tone === 'danger' ? 'danger' : 'primary'} disabled={!ready}>
                {confirmLabel}
              </Button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
