'use client';

import Link from '@/components/ui/link';
import { ActionForm, SubmitButton, TextAreaField, useActionForm } from '@/components/form';
import { setNameserversAction } from '@/app/(panel)/domains/[domain]/modify-actions';
import type { Permission } from '@/lib/auth/roles';
import { parseNameservers } from '@/lib/lifecycle/nameservers';
import { nameserversFormSchema, type NameserversFormInput } from '@/lib/schemas/domain-lifecycle';
import { PermissionReason } from './permission-reason';
import { useSent } from './queued-line';

/** Replace the name servers (one per line); fewer than two is allowed but warned about. */
export function NameserversForm({ domain, display, nameservers, change }: { domain: string; display: string; nameservers: string[]; change: Permission }) {
  const { setSent, line } = useSent(domain);
  const controller = useActionForm<NameserversFormInput, { procId: string }>({
    schema: nameserversFormSchema,
    action: setNameserversAction,
    defaultValues: { domain, nsText: nameservers.join('\n') },
    successMessage: (d) => `Accepted by Joker.com, Proc-ID ${d.procId}.`,
    onSuccess: (d) => setSent({ procId: d.procId, label: `Name servers of ${display}` }),
  });
  const text = controller.form.watch('nsText') ?? '';
  const count = parseNameservers(text).hosts.length;
  return (
    <ActionForm controller={controller} aria-label={`Name servers of ${display}`} showSuccess={false}>
      <TextAreaField name="nsText" label="Name servers, one per line" rows={4} spellCheck={false} />
      {count < 2 ? <p className="text-xs text-amber-700 dark:text-amber-400">Fewer than two name servers: most registries require two, and one server is a single point of failure.</p> : null}
      <p className="text-xs text-zinc-500">
        A name server inside this domain needs a glue host first: <Link className="text-sky-700 underline dark:text-sky-400" href="/hosts">create it under Hosts</Link>.
      </p>
      <SubmitButton size="sm" variant="secondary" pending={controller.pending} pendingLabel="Sending…" disabled={!change.allowed}>
        Replace name servers
      </SubmitButton>
      <PermissionReason permission={change} />
      {line}
    </ActionForm>
  );
}
