'use client';

import Link from '@/components/ui/link';
import { useState } from 'react';
import { ActionForm, SubmitButton, TextAreaField, TextField, useActionForm } from '@/components/form';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { previewBulkRegisterAction, startBulkRegisterAction } from '@/app/(panel)/register/actions';
import type { Permission } from '@/lib/auth/roles';
import type { Failure } from '@/lib/failure/types';
import type { OrderSummary } from '@/lib/lifecycle/order-summary';
import { bulkRegisterSchema, type BulkRegisterInput } from '@/lib/schemas/register';
import { FailureNotice } from '@/components/form';
import { PermissionReason } from '../permission-reason';
import { OrderOptions } from './order-options';
import { OrderSummaryView } from './order-summary-view';
import { ORDER_DEFAULTS } from './register-form';

/**
 * Several names, one per line, with the same contacts and options: a summary first (what is sent, left out, the total
 * and the balance after), then a bulk job that registers them one by one (see its progress under Jobs).
 */
export function BulkRegisterForm({ order }: { order: Permission }) {
  const [summary, setSummary] = useState<OrderSummary>();
  const [jobId, setJobId] = useState<string>();
  const [startFailure, setStartFailure] = useState<Failure | null>(null);
  const [confirming, setConfirming] = useState(false);
  const controller = useActionForm<BulkRegisterInput, OrderSummary>({
    schema: bulkRegisterSchema,
    action: previewBulkRegisterAction,
    defaultValues: { names: '', ...ORDER_DEFAULTS } as never,
    successMessage: (s) => `${s.send} of ${s.listed} names would be registered.`,
    onSuccess: (s) => {
      setSummary(s);
      setJobId(undefined);
    },
  });
  const start = async () => {
    if (!summary) return;
    setStartFailure(null);
    const result = await startBulkRegisterAction({ ...controller.form.getValues(), confirmedTotal: summary.total });
    if (result.ok) setJobId(String(result.data.jobId));
    else setStartFailure(result);
  };
  return (
    <ActionForm controller={controller} aria-label="Register several domains">
      <TextAreaField name="names" label="Domain names, one per line" rows={6} spellCheck={false} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name="ownerC" label="Owner (owner-c)" spellCheck={false} hint="A handle valid for every TLD in the list" />
        <TextField name="adminC" label="Admin (admin-c)" spellCheck={false} />
        <TextField name="techC" label="Tech (tech-c)" spellCheck={false} />
        <TextField name="billingC" label="Billing (billing-c)" spellCheck={false} />
      </div>
      <OrderOptions />
      <SubmitButton variant="secondary" pending={controller.pending} pendingLabel="Checking…">
        Check the list and show the cost
      </SubmitButton>
      {summary ? <OrderSummaryView summary={summary} /> : null}
      {summary && summary.send > 0 && !jobId ? (
        <ConfirmDialog
          open={confirming}
          onOpenChange={setConfirming}
          tone="primary"
          trigger={<Button disabled={!order.allowed || summary.balanceAfter < 0}>Register {summary.send} names…</Button>}
          title={`Register ${summary.send} names?`}
          description={<p>The job sends one domain-register per name. You can follow and cancel it under Jobs.</p>}
          confirmLabel="Start"
          onConfirm={start}
        />
      ) : null}
      {startFailure ? <FailureNotice failure={startFailure} /> : null}
      {jobId ? (
        <p className="text-sm" role="status">
          Started: <Link className="text-sky-700 underline dark:text-sky-400" href={`/jobs/${jobId}`}>follow job {jobId}</Link>.
        </p>
      ) : null}
      <PermissionReason permission={order} />
    </ActionForm>
  );
}
