'use client';

import type { ReactNode } from 'react';
import { type FieldValues, FormProvider } from 'react-hook-form';
import { useHydrated } from '@/lib/hooks/use-hydrated';
import { cn } from '@/lib/utils/cn';
import { FailureNotice, type FailureNoticeProps } from './failure-notice';
import type { ActionFormController } from './use-action-form';

export interface ActionFormProps<TValues extends FieldValues, TData> {
  controller: ActionFormController<TValues, TData>;
  children: ReactNode;
  className?: string;
  /** Accessible name of the form (e.g. the heading's text). */
  'aria-label'?: string;
  'aria-labelledby'?: string;
  onFix?: FailureNoticeProps['onFix'];
  /** Show the success announcement as a visible status line too (default true). */
  showSuccess?: boolean;
}

/**
 * The form element of the kit: failure at the top (focusable, announced), the fields, and one polite live region that
 * announces the outcome of each submit. Pair with useActionForm and the field components in ./fields.
 */
export function ActionForm<TValues extends FieldValues, TData>({
  controller,
  children,
  className,
  onFix,
  showSuccess = true,
  ...aria
}: ActionFormProps<TValues, TData>) {
  const { form, submit, failure, announcement, failureRef, pending } = controller;
  const hydrated = useHydrated();
  // method="post": should the browser ever submit the form itself (a click on a plain submit button before
  // hydration), the fields go in a body, never into the page's URL (a key typed into a form must not land in a URL).
  return (
    <FormProvider {...form}>
      <form noValidate method="post" onSubmit={submit} aria-busy={pending} data-ready={hydrated ? '' : undefined} className={cn('flex flex-col gap-3', className)} {...aria}>
        {/* Before hydration the form's default button is this disabled one, so Enter in a field submits nothing (a form
            with one text field and no submit button would otherwise be sent by the browser itself). */}
        {hydrated ? null : <button type="submit" disabled hidden aria-hidden tabIndex={-1} />}
        {failure ? <FailureNotice ref={failureRef} failure={failure} onFix={onFix} /> : null}
        {children}
        <p role="status" aria-live="polite" className={cn('text-sm', showSuccess && !failure && announcement ? 'text-emerald-700 dark:text-emerald-400' : 'sr-only')}>
          {failure ? '' : announcement}
        </p>
      </form>
    </FormProvider>
  );
}
