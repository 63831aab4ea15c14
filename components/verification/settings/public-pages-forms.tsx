'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { ActionForm, SubmitButton, TextField, useActionForm } from '@/components/form';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import {
  designateServiceCredentialAction,
  removeServiceCredentialAction,
  savePublicIdentityAction,
} from '@/app/(panel)/settings/public-pages-actions';
import { publicIdentitySchema, type PublicIdentityInput, serviceCredentialSchema, type ServiceCredentialInput } from '@/lib/schemas/verification';

/** The name and logo the landing pages show; the logo is fetched on save and served from the panel's copy. */
export function PublicIdentityForm({ name, logoUrl }: { name: string; logoUrl: string }) {
  const router = useRouter();
  const controller = useActionForm<PublicIdentityInput, { name: string; logo: { type: string; bytes: number } | null }>({
    schema: publicIdentitySchema,
    action: savePublicIdentityAction,
    defaultValues: { name, logoUrl },
    successMessage: (data) => (data.logo ? `Saved; the logo (${data.logo.type}, ${data.logo.bytes} bytes) was copied.` : 'Saved.'),
    onSuccess: () => router.refresh(),
  });
  return (
    <ActionForm controller={controller} aria-label="Public identity">
      <TextField name="name" label="Business name" description="Shown at the top of the landing pages." className="max-w-md" />
      <TextField
        name="logoUrl"
        label="Logo address (optional)"
        description="An http(s) address of a PNG, JPEG, GIF or WebP image. The panel keeps a copy, so the pages load nothing from elsewhere."
        className="max-w-md"
      />
      <SubmitButton size="sm" pending={controller.pending} pendingLabel="Saving…">
        Save identity
      </SubmitButton>
    </ActionForm>
  );
}

/** Designates the API key of the landing pages. The field is always empty: a stored key is never sent back. */
export function ServiceCredentialForm({ configured }: { configured: boolean }) {
  const router = useRouter();
  const controller = useActionForm<ServiceCredentialInput, { userLogin: string; userAccess: string } | null>({
    schema: serviceCredentialSchema,
    action: designateServiceCredentialAction,
    defaultValues: { apiKey: '' },
    successMessage: (data) => (data ? `The key of ${data.userLogin} (${data.userAccess}) is now used by the public pages.` : 'Saved.'),
    onSuccess: () => {
      controller.form.reset({ apiKey: '' });
      router.refresh();
    },
  });
  return (
    <ActionForm controller={controller} aria-label="Service credential">
      <TextField
        name="apiKey"
        label={configured ? 'Replace with another API key' : 'API key for the public pages'}
        description="An API key of this account with @modify-only or @full access. It is checked with Joker.com, stored encrypted and never shown again."
        type="password"
        autoComplete="off"
        className="max-w-md"
      />
      <SubmitButton size="sm" pending={controller.pending} pendingLabel="Checking the key…">
        {configured ? 'Replace key' : 'Use this key'}
      </SubmitButton>
    </ActionForm>
  );
}

export function RemoveServiceCredential({ configured }: { configured: boolean }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();
  // A key designated again: the "Removed." of the old one no longer holds.
  const [shownFor, setShownFor] = useState(configured);
  if (shownFor !== configured) {
    setShownFor(configured);
    if (configured) setMessage(undefined);
  }
  // Rendered with or without a key: "Removed." stays on screen after the refresh that takes the button away.
  return (
    <div className="flex items-center gap-2">
      {configured ? (
        <ConfirmDialog
          open={open}
          onOpenChange={setOpen}
          trigger={
            <Button variant="danger" size="sm" disabled={pending}>
              Remove key
            </Button>
          }
          title="Remove the service credential?"
          description="The /verify and /cor pages stop working until another key is designated: owners arriving from e-mail are told the page is not available."
          confirmLabel="Remove key"
          onConfirm={() =>
            startTransition(async () => {
              const result = await removeServiceCredentialAction({});
              setOpen(false);
              setMessage(result.ok ? 'Removed.' : result.error);
              router.refresh();
            })
          }
        />
      ) : null}
      <span role="status" className="text-xs">
        {message}
      </span>
    </div>
  );
}
