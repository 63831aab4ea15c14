'use client';

import Link from '@/components/ui/link';
import { useRouter } from 'next/navigation';
import { useCallback, useMemo, useState } from 'react';
import { ActionForm, SubmitButton, useActionForm } from '@/components/form';
import { QueuedResult } from '@/components/results/queued-result';
import { Button } from '@/components/ui/button';
import { createContactAction, modifyContactAction } from '@/app/(panel)/contacts/actions';
import type { ActionResult } from '@/lib/actions/result';
import { contactChanges } from '@/lib/contacts/changes';
import { contactFieldsFor } from '@/lib/contacts/fields';
import { contactCreateFormSchema, contactEditFormSchema, tidyContactFields } from '@/lib/schemas/contact';
import type { QueuedOutcome } from '@/lib/results/types';
import { ContactFields } from './contact-fields';

type Values = { tld: string; handle?: string; fields: Record<string, string> };
type Created = { handle: string | null; procId: string | null };

export type ContactFormProps =
  | {
      mode: 'create';
      tld: string;
      /** Called with the new handle once Joker.com has it (at once via /v2/contact/create, else after the Proc-ID). */
      onCreated?: (handle: string) => void;
      /** Show a link to the new contact's page after creating it (the standalone page; not inside a dialog). */
      linkToContact?: boolean;
      submitLabel?: string;
    }
  | { mode: 'modify'; tld: string; handle: string; stored: Record<string, string> };

/** Empty values for every field of the TLD (the form's inputs are controlled), with the rules' defaults (.eu EN). */
function blankFields(tld: string, stored: Record<string, string> = {}): Record<string, string> {
  return Object.fromEntries(contactFieldsFor(tld).map((s) => [s.name, stored[s.name] ?? s.defaultValue ?? '']));
}

function CreateContactForm({ tld, onCreated, linkToContact, submitLabel = 'Create contact' }: Extract<ContactFormProps, { mode: 'create' }>) {
  const [created, setCreated] = useState<string>();
  const [queued, setQueued] = useState<string>();
  const controller = useActionForm<Values, Created>({
    schema: contactCreateFormSchema as never,
    action: createContactAction as unknown as (v: Values) => Promise<ActionResult<Created>>,
    defaultValues: { tld, fields: blankFields(tld) },
    successMessage: (d) => (d.handle ? `Created contact ${d.handle}.` : `Accepted by Joker.com, Proc-ID ${d.procId ?? ''}.`),
    onSuccess: (d) => {
      if (d.handle) {
        setCreated(d.handle);
        onCreated?.(d.handle);
      } else if (d.procId) setQueued(d.procId);
    },
  });
  const settled = useCallback(
    (outcome: QueuedOutcome) => {
      if (outcome.status === 'ack' && outcome.object) {
        setCreated(outcome.object);
        onCreated?.(outcome.object);
      }
    },
    [onCreated],
  );
  const again = () => {
    setCreated(undefined);
    setQueued(undefined);
    controller.reset();
    controller.form.reset({ tld, fields: blankFields(tld) });
  };
  return (
    <ActionForm controller={controller} aria-label={`New .${tld} contact`}>
      <ContactFields tld={tld} mode="create" />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={controller.pending} pendingLabel="Creating…" disabled={Boolean(created || queued)}>
          {submitLabel}
        </SubmitButton>
        {created && linkToContact ? (
          <>
            <Link href={`/contacts/${encodeURIComponent(created)}?tld=${encodeURIComponent(tld)}`} className="text-sm font-medium text-sky-700 underline dark:text-sky-400">
              Open {created}
            </Link>
            <Button variant="secondary" size="sm" onClick={again}>
              Create another
            </Button>
          </>
        ) : null}
      </div>
      {queued ? <QueuedResult procId={queued} label={`Create .${tld} contact`} onSettled={settled} /> : null}
    </ActionForm>
  );
}

function ModifyContactForm({ tld, handle, stored }: Extract<ContactFormProps, { mode: 'modify' }>) {
  const router = useRouter();
  const [queued, setQueued] = useState<string>();
  const schema = useMemo(() => contactEditFormSchema(stored), [stored]);
  // Only the changed fields go to Joker.com; a cleared one as the clear marker (lib/contacts contactChanges).
  const send = useCallback(
    async (values: Values): Promise<ActionResult<{ procId: string | null }>> => {
      const fields = contactChanges(tld, stored, tidyContactFields(tld, values.fields));
      if (Object.keys(fields).length === 0) return { ok: false, code: 'invalid', error: 'Nothing changed: edit a field first.' };
      return modifyContactAction({ handle, tld, fields });
    },
    [handle, tld, stored],
  );
  const controller = useActionForm<Values, { procId: string | null }>({
    schema: schema as never,
    action: send,
    defaultValues: { handle, tld, fields: blankFields(tld, stored) },
    successMessage: (d) => (d.procId ? `Accepted by Joker.com, Proc-ID ${d.procId}.` : `Saved ${handle}.`),
    onSuccess: (d) => (d.procId ? setQueued(d.procId) : router.refresh()),
  });
  return (
    <ActionForm controller={controller} aria-label={`Modify ${handle}`}>
      <p className="text-xs text-zinc-500">Only the fields you change are sent; emptying an optional field removes it at Joker.com.</p>
      <ContactFields tld={tld} mode="modify" />
      <div>
        <SubmitButton pending={controller.pending} pendingLabel="Saving…">
          Save changes
        </SubmitButton>
      </div>
      {queued ? <QueuedResult key={queued} procId={queued} label={`Modify ${handle}`} onSettled={() => router.refresh()} /> : null}
    </ActionForm>
  );
}

/**
 * THE contact form: create a contact for one TLD, or modify one, with the generic fields and exactly that TLD's
 * extra fields from lib/contacts, grouped and explained, conditional fields appearing when their condition holds.
 * The browser checks it with the same rules the server and the sandbox use; a create returns the new handle
 * (`onCreated`), following contact-create's Proc-ID where /v2/contact/create is not offered.
 */
export function ContactForm(props: ContactFormProps) {
  return props.mode === 'create' ? <CreateContactForm key={props.tld} {...props} /> : <ModifyContactForm key={props.handle} {...props} />;
}
