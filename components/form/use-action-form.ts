'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useRef, useState, useTransition } from 'react';
import { type DefaultValues, type FieldValues, type Path, useForm, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/actions/result';
import type { Failure } from '@/lib/failure/types';

export interface ActionFormOptions<TValues extends FieldValues, TData> {
  /** The shared schema (lib/schemas): the same one the server action validates with. */
  schema: z.ZodType<unknown, TValues>;
  /** A server action made by createAction. */
  action: (input: TValues) => Promise<ActionResult<TData>>;
  defaultValues?: DefaultValues<TValues>;
  /** After a success: the announcement for screen readers and the status line. */
  successMessage?: string | ((data: TData) => string);
  onSuccess?: (data: TData, values: TValues) => void;
}

export interface ActionFormController<TValues extends FieldValues, TData> {
  form: UseFormReturn<TValues>;
  /** The form's onSubmit. */
  submit: (event?: React.BaseSyntheticEvent) => Promise<void>;
  pending: boolean;
  /** The last failure (validation, DMAPI refusal, unknown outcome …) in the words of lib/failure. */
  failure: Failure | null;
  /** The last success's data. */
  data: TData | undefined;
  /** What the live region announces: the outcome of the last submit. */
  announcement: string;
  /** Focus target for a failure that belongs to no field. */
  failureRef: React.RefObject<HTMLDivElement | null>;
  reset: () => void;
}

/**
 * THE form hook: react-hook-form with the shared zod schema, a createAction server action behind it. It validates in
 * the browser first (the field is marked before anything is sent), then puts the server's field errors (including
 * DMAPI `Error:` lines mapped to fields) next to their fields and the sentence at the top, keeps everything typed after
 * any failure, moves focus to the first error, and announces the outcome in a live region.
 */
export function useActionForm<TValues extends FieldValues, TData = unknown>(
  options: ActionFormOptions<TValues, TData>,
): ActionFormController<TValues, TData> {
  const form = useForm<TValues>({
    resolver: zodResolver(options.schema as never) as never,
    defaultValues: options.defaultValues,
    mode: 'onTouched',
    shouldFocusError: true,
  });
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [data, setData] = useState<TData>();
  const [announcement, setAnnouncement] = useState('');
  const failureRef = useRef<HTMLDivElement | null>(null);
  const { action, successMessage, onSuccess } = options;

  const onValid = useCallback(
    (values: TValues) =>
      new Promise<void>((resolve) => {
        startTransition(async () => {
          setFailure(null);
          setAnnouncement('');
          let result: ActionResult<TData>;
          try {
            result = await action(values);
          } catch {
            // The action threw (a bug, or the server went away): nothing typed is lost, the user may retry.
            result = { ok: false, code: 'failed', error: 'The panel could not complete this request. Nothing you typed was lost; try again.' };
          }
          if (result.ok) {
            setData(result.data);
            const message = typeof successMessage === 'function' ? successMessage(result.data) : (successMessage ?? result.message ?? 'Saved.');
            setAnnouncement(message);
            onSuccess?.(result.data, values);
          } else {
            setFailure(result);
            setAnnouncement(result.error);
            const fields = Object.entries(result.fieldErrors ?? {}).filter(([name]) => name !== '_form');
            for (const [name, messages] of fields) {
              form.setError(name as Path<TValues>, { type: 'server', message: messages.join(' ') });
            }
            const first = fields[0]?.[0];
            // Focus moves in the frame after the failure is rendered: a focus set before React had rendered it was
            // lost in one clean-clone e2e run. The first field in error takes it; when none does (no error named one,
            // or it names a group such as a list of addresses, which has no input of that name), the notice at the
            // top does, so the reader lands on the failure.
            requestAnimationFrame(() => {
              if (first) form.setFocus(first as Path<TValues>);
              const onField = first !== undefined && (document.activeElement as HTMLInputElement | null)?.name === first;
              if (!onField) failureRef.current?.focus();
            });
          }
          resolve();
        });
      }),
    [action, form, onSuccess, successMessage],
  );

  const onInvalid = useCallback(() => {
    setFailure({ code: 'invalid', error: 'Some values need attention.' });
    setAnnouncement('Some values need attention.');
  }, []);

  // handleSubmit is called at submit time, not during render: onValid reads a ref (focus after a failure).
  const submit = useCallback((event?: React.BaseSyntheticEvent) => form.handleSubmit(onValid, onInvalid)(event), [form, onValid, onInvalid]);
  const reset = useCallback(() => {
    setFailure(null);
    setAnnouncement('');
    setData(undefined);
  }, []);
  return { form, submit, pending, failure, data, announcement, failureRef, reset };
}
