'use client';

import { useState } from 'react';
import { ActionForm, CheckboxField, useActionForm } from '@/components/form';
import { QueuedResult } from '@/components/results/queued-result';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { changeDomainOwnerAction } from '@/app/(panel)/contacts/owner-change-actions';
import type { ActionResult } from '@/lib/actions/result';
import type { Permission } from '@/lib/auth/roles';
import { contactFieldsFor } from '@/lib/contacts/fields';
import { toUnicodeDomain } from '@/lib/net/idn';
import { ownerChangeFormSchema } from '@/lib/schemas/contact';
import { ContactFields } from './contact-fields';

type Values = { domain: string; fields: Record<string, string>; lockOptOut: boolean };

export interface OwnerChangeFormProps {
  domain: string;
  tld: string;
  /** The current owner's fields as the domain's whois shows them (the summary; the form's start if the contact cannot be read). */
  current: Record<string, string>;
  currentHandle?: string;
  change: Permission;
}

const LOCK_TEXT =
  'After a change of registrant ICANN’s transfer policy (IRTP-C) locks the domain against moving to another registrar for 60 days.';

/** The current owner contact, read when the change is opened (GET /api/domains/owner, lib/contacts/owner.ts). */
async function readOwner(domain: string): Promise<{ handle?: string; fields: Record<string, string> }> {
  const response = await fetch(`/api/domains/owner?${new URLSearchParams({ domain })}`, { cache: 'no-store' });
  const body = (await response.json().catch(() => null)) as { fields?: Record<string, string>; error?: string } | null;
  if (!response.ok || !body?.fields) throw new Error(body?.error ?? `The current owner could not be read (HTTP ${response.status}).`);
  return body as { handle?: string; fields: Record<string, string> };
}

const startFrom = (tld: string, current: Record<string, string>) =>
  Object.fromEntries(contactFieldsFor(tld).map((s) => [s.name, current[s.name] ?? s.defaultValue ?? '']));

/**
 * The owner change form (client part of OwnerChangeSection). The owner contact it starts from is read when the user
 * opens it, not with every view of the domain page; if that read fails, the form starts from the whois's owner lines
 * and says so.
 */
export function OwnerChangeForm({ domain, tld, current, currentHandle, change }: OwnerChangeFormProps) {
  const display = toUnicodeDomain(domain);
  const [open, setOpen] = useState(false);
  const [reading, setReading] = useState(false);
  // Set once the owner has been read for the form (with what to say when the read failed); Cancel keeps it.
  const [started, setStarted] = useState<{ notice?: string }>();
  const [confirming, setConfirming] = useState(false);
  const [sent, setSent] = useState<string>();
  const fields = startFrom(tld, current);
  const controller = useActionForm<Values, { procId: string }>({
    schema: ownerChangeFormSchema as never,
    action: changeDomainOwnerAction as unknown as (v: Values) => Promise<ActionResult<{ procId: string }>>,
    defaultValues: { domain, fields, lockOptOut: false },
    successMessage: (d) => `Accepted by Joker.com, Proc-ID ${d.procId}.`,
    onSuccess: (d) => setSent(d.procId),
  });
  const optOut = controller.form.watch('lockOptOut');
  const startChange = async () => {
    // Opened again after Cancel: what was typed is still there; the owner is not read again.
    if (!started) {
      setReading(true);
      try {
        const owner = await readOwner(domain);
        controller.form.reset({ domain, fields: startFrom(tld, owner.fields), lockOptOut: false });
        setStarted({});
      } catch (error) {
        const why = error instanceof Error ? error.message : 'The current owner could not be read.';
        setStarted({ notice: `${why} The form starts from the owner lines of the whois: check every field.` });
      } finally {
        setReading(false);
      }
    }
    setOpen(true);
  };
  const name = current.name ?? [current.fname, current.lname].filter(Boolean).join(' ');
  const summary = [name, current.organization, currentHandle].filter(Boolean).join(' · ') || 'not shown by Joker.com';
  return (
    <div className="space-y-3">
      <p className="text-sm">
        <span className="text-zinc-600 dark:text-zinc-400">Current owner: </span>
        {summary}
      </p>
      {sent ? (
        <>
          <QueuedResult procId={sent} label={`Change the owner of ${display}`} />
          <p className="text-xs text-zinc-600 dark:text-zinc-400">
            Joker.com has e-mailed confirmation keys to the current and the new owner. The change is made once it is confirmed;
            until then the request stays waiting, and it is refused if either owner declines or nobody answers in time.
          </p>
        </>
      ) : !open ? (
        <div className="flex flex-col gap-1">
          <Button variant="secondary" size="sm" className="self-start" disabled={!change.allowed || reading} onClick={() => void startChange()}>
            {reading ? 'Reading the current owner…' : 'Change owner…'}
          </Button>
          {!change.allowed ? <p className="text-xs text-zinc-500">{change.reason}</p> : null}
        </div>
      ) : (
        <ActionForm controller={controller} aria-label={`New owner of ${display}`}>
          {started?.notice ? (
            <p role="alert" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200">
              {started.notice}
            </p>
          ) : null}
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            The new owner as the .{tld} registry needs it. Joker.com asks the current and the new owner to confirm the change by e-mail.
          </p>
          <ContactFields tld={tld} mode="create" />
          <CheckboxField
            name="lockOptOut"
            label="Do not apply the 60-day transfer lock (lock-opt-out)"
            description={`${LOCK_TEXT} Opt out only when the current owner agreed that the domain may move soon after the change.`}
          />
          <div className="flex gap-2">
            <ConfirmDialog
              open={confirming}
              onOpenChange={setConfirming}
              trigger={
                <Button
                  disabled={controller.pending}
                  onClick={async (e) => {
                    // The form is checked first; the question comes only for a complete, valid owner.
                    e.preventDefault();
                    if (await controller.form.trigger(undefined, { shouldFocus: true })) setConfirming(true);
                  }}
                >
                  {controller.pending ? 'Sending…' : 'Change owner…'}
                </Button>
              }
              title={`Change the owner of ${display}?`}
              tone="primary"
              description={
                <>
                  <p>Joker.com e-mails confirmation keys to the current and the new owner; the domain changes hands once they confirm.</p>
                  <p>{optOut ? 'The domain will not be locked against transfers afterwards (lock-opt-out).' : LOCK_TEXT}</p>
                </>
              }
              confirmLabel="Send the owner change"
              onConfirm={() => controller.submit()}
            />
            <Button variant="ghost" onClick={() => setOpen(false)}>
              Cancel
            </Button>
          </div>
        </ActionForm>
      )}
    </div>
  );
}
