'use client';

import * as Dialog from '@radix-ui/react-dialog';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { previewBulkAction, startBulkJobAction, startBulkOrderAction } from '@/app/(panel)/domains/actions';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/field-error';
import { type JobParams, jobParamsSchema, KINDS } from '@/lib/jobs/kinds';
import type { Selection } from '@/lib/jobs/request';
import type { BulkSummary } from '@/lib/jobs/summary';
import { BulkParams, needsParams } from './bulk-params';
import { BulkSummaryView } from './bulk-summary';

interface Props {
  start: Partial<JobParams> & { kind: JobParams['kind'] };
  selection: Selection;
  count: number;
  onClose: () => void;
}

/** Parameters → summary (what is sent, skipped and why, the cost) → confirm → the job page. */
export function BulkDialog({ start, selection, count, onClose }: Props) {
  const router = useRouter();
  const [params, setParams] = useState<Record<string, unknown>>(start);
  const [summary, setSummary] = useState<{ action: JobParams; data: BulkSummary } | null>(null);
  const [error, setError] = useState<{ message: string; details?: string[] } | null>(null);
  const [pending, startTransition] = useTransition();

  const review = (raw: Record<string, unknown>) => {
    const parsed = jobParamsSchema.safeParse(raw);
    if (!parsed.success) {
      setError({ message: parsed.error.issues.map((i) => i.message).join(' ') });
      return;
    }
    setError(null);
    startTransition(async () => {
      const result = await previewBulkAction({ action: parsed.data, selection });
      if (result.ok) setSummary({ action: parsed.data, data: result.data });
      else setError({ message: result.error, ...(result.dmapiErrors ? { details: result.dmapiErrors } : {}) });
    });
  };

  // Actions without parameters go straight to the summary, as the dialog opens.
  const onOpened = () => {
    if (!needsParams(start.kind) && !summary && !pending) review(start);
  };

  const run = () => {
    if (!summary) return;
    startTransition(async () => {
      const request = { action: summary.action, selection };
      // Kinds that cost money go through the action that checks the order permission.
      const start = KINDS[summary.action.kind].operation === 'order' ? startBulkOrderAction : startBulkJobAction;
      const result = await start(request);
      if (result.ok) {
        onClose();
        router.push(`/jobs/${result.data.jobId}`);
      } else setError({ message: result.error, ...(result.dmapiErrors ? { details: result.dmapiErrors } : {}) });
    });
  };

  return (
    <Dialog.Root open onOpenChange={(o) => (!o ? onClose() : undefined)}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <Dialog.Content onOpenAutoFocus={onOpened} className="fixed left-1/2 top-16 z-50 w-[36rem] max-w-[95vw] -translate-x-1/2 space-y-4 rounded-lg border border-zinc-200 bg-white p-5 shadow-xl dark:border-zinc-700 dark:bg-zinc-900">
          <Dialog.Title className="text-base font-semibold">Bulk action on {count.toLocaleString('en')} selected domains</Dialog.Title>
          <Dialog.Description className="text-sm text-zinc-500">Nothing is sent until you confirm.</Dialog.Description>
          <FormError message={error?.message} details={error?.details} />
          {!summary && needsParams(start.kind) ? (
            <BulkParams kind={start.kind} value={params} onChange={setParams} onSubmit={() => review(params)} pending={pending} />
          ) : null}
          {!summary && !needsParams(start.kind) && pending ? <p role="status" className="text-sm">Preparing the summary…</p> : null}
          {summary ? <BulkSummaryView summary={summary.data} /> : null}
          <div className="flex justify-end gap-2">
            <Dialog.Close asChild>
              <Button variant="secondary">Cancel</Button>
            </Dialog.Close>
            {summary ? (
              <Button onClick={run} disabled={pending || summary.data.send === 0}>
                {pending ? 'Starting…' : `Run on ${summary.data.send.toLocaleString('en')} domains`}
              </Button>
            ) : null}
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
