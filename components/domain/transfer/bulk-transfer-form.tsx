'use client';

import Link from '@/components/ui/link';
import { useState } from 'react';
import { ActionForm, CheckboxField, FailureNotice, SubmitButton, TextAreaField, TextField, useActionForm } from '@/components/form';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { previewBulkTransferAction, startBulkTransferAction } from '@/app/(panel)/transfers/actions';
import type { Permission } from '@/lib/auth/roles';
import type { Failure } from '@/lib/failure/types';
import type { OrderSummary } from '@/lib/lifecycle/order-summary';
import { formatMegabytes } from '@/lib/format';
import { bulkTransferSchema, type BulkTransferInput, TRANSFER_LIST_LIMIT, TRANSFER_LIST_MAX_CHARS } from '@/lib/schemas/transfer';
import { OrderSummaryView } from '../order/order-summary-view';
import { PermissionReason } from '../permission-reason';
import { TRANSFER_DEFAULTS, TransferNameservers } from './transfer-in-form';

/** Transfer a list in (pasted or uploaded CSV `domain,auth-id[,owner-c,admin-c,tech-c,billing-c]`) as a bulk job. */
export function BulkTransferForm({ order }: { order: Permission }) {
  const [summary, setSummary] = useState<OrderSummary>();
  const [jobId, setJobId] = useState<string>();
  const [startFailure, setStartFailure] = useState<Failure | null>(null);
  const [confirming, setConfirming] = useState(false);
  const controller = useActionForm<BulkTransferInput, OrderSummary>({
    schema: bulkTransferSchema,
    action: previewBulkTransferAction,
    defaultValues: { authIdCsv: '', ...TRANSFER_DEFAULTS } as never,
    successMessage: (s) => `${s.send} of ${s.listed} domains would be transferred.`,
    onSuccess: (s) => {
      setSummary(s);
      setJobId(undefined);
    },
  });
  const upload = async (file: File | undefined) => {
    if (!file) return;
    // A file far beyond the limit is not read into the page at all.
    if (file.size > TRANSFER_LIST_MAX_CHARS * 4) {
      controller.form.setError('authIdCsv', {
        type: 'limit',
        message: `${file.name} is ${formatMegabytes(file.size)}: ${TRANSFER_LIST_LIMIT}`,
      });
      return;
    }
    controller.form.setValue('authIdCsv', await file.text(), { shouldValidate: true });
  };
  const start = async () => {
    if (!summary) return;
    setStartFailure(null);
    const result = await startBulkTransferAction({ ...controller.form.getValues(), confirmedTotal: summary.total });
    if (result.ok) setJobId(String(result.data.jobId));
    else setStartFailure(result);
  };
  return (
    <ActionForm controller={controller} aria-label="Transfer several domains in">
      <TextAreaField name="authIdCsv" label="domain,auth-id[,owner-c,admin-c,tech-c,billing-c], one per line" rows={5} spellCheck={false} autoComplete="off" />
      <div>
        <label htmlFor="transfer-csv-file" className="text-sm">
          Or upload a CSV file
        </label>{' '}
        <input id="transfer-csv-file" type="file" accept=".csv,text/csv,text/plain" className="text-sm" onChange={(e) => void upload(e.target.files?.[0])} />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name="ownerC" label="Owner (owner-c) for rows without one" spellCheck={false} />
        <TextField name="adminC" label="Admin (admin-c)" spellCheck={false} />
        <TextField name="techC" label="Tech (tech-c)" spellCheck={false} />
        <TextField name="billingC" label="Billing (billing-c)" spellCheck={false} />
        <TransferNameservers />
      </div>
      <CheckboxField name="autorenew" label="Renew automatically before expiry" />
      <CheckboxField name="lock" label="Lock the domains after the transfer" />
      <SubmitButton variant="secondary" pending={controller.pending} pendingLabel="Checking…">
        Check the list and show the cost
      </SubmitButton>
      {summary ? <OrderSummaryView summary={summary} /> : null}
      {summary && summary.send > 0 && !jobId ? (
        <ConfirmDialog
          open={confirming}
          onOpenChange={setConfirming}
          tone="primary"
          trigger={<Button disabled={!order.allowed || summary.balanceAfter < 0}>Transfer {summary.send} domains…</Button>}
          title={`Transfer ${summary.send} domains in?`}
          description={<p>The job sends one transfer request per domain; each is then followed here on the Transfers page.</p>}
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
