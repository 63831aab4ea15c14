'use client';

import { type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes, useId } from 'react';
import { useFormContext, useFormState } from 'react-hook-form';
import { Button, type ButtonProps } from '@/components/ui/button';
import { cn } from '@/lib/utils/cn';

const CONTROL =
  'w-full rounded border border-zinc-300 bg-white px-2.5 py-1.5 text-sm aria-[invalid=true]:border-rose-600 disabled:opacity-60 read-only:bg-zinc-50 dark:border-zinc-700 dark:bg-zinc-900 dark:read-only:bg-zinc-800';

interface FieldFrame {
  name: string;
  label: ReactNode;
  /** Help text under the label (what the field means, its format). */
  description?: ReactNode;
  /** Shown after the label: "required", "optional" … */
  hint?: string;
  className?: string;
}

/** The error of one field, from the form state (browser validation or the server's field errors). */
function useFieldError(name: string): string | undefined {
  const { errors } = useFormState({ name });
  let node: unknown = errors;
  for (const part of name.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  const message = (node as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : undefined;
}

/** Label, description and error around a control; ids tie them together for assistive technology. */
function Frame({ frame, id, children }: { frame: FieldFrame; id: string; children: (aria: Record<string, unknown>) => ReactNode }) {
  const error = useFieldError(frame.name);
  const describedBy = [frame.description ? `${id}-description` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={cn('flex flex-col gap-1', frame.className)}>
      <label htmlFor={id} className="text-sm font-medium">
        {frame.label}
        {frame.hint ? <span className="ml-1 text-xs font-normal text-zinc-500">{frame.hint}</span> : null}
      </label>
      {frame.description ? (
        <p id={`${id}-description`} className="text-xs text-zinc-500">
          {frame.description}
        </p>
      ) : null}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy || undefined })}
      {error ? (
        <p id={`${id}-error`} className="text-xs text-rose-700 dark:text-rose-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function TextField({ name, label, description, hint, className, ...input }: FieldFrame & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  const { register } = useFormContext();
  return (
    <Frame frame={{ name, label, description, hint, className }} id={id}>
      {(aria) => <input {...input} {...aria} {...register(name)} className={CONTROL} />}
    </Frame>
  );
}

export function TextAreaField({ name, label, description, hint, className, ...input }: FieldFrame & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  const { register } = useFormContext();
  return (
    <Frame frame={{ name, label, description, hint, className }} id={id}>
      {(aria) => <textarea {...input} {...aria} {...register(name)} className={cn(CONTROL, 'font-mono')} />}
    </Frame>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField({
  name,
  label,
  description,
  hint,
  className,
  options,
  placeholder,
  ...select
}: FieldFrame & SelectHTMLAttributes<HTMLSelectElement> & { options: readonly Option[]; placeholder?: string }) {
  const id = useId();
  const { register } = useFormContext();
  return (
    <Frame frame={{ name, label, description, hint, className }} id={id}>
      {(aria) => (
        <select {...select} {...aria} {...register(name)} className={CONTROL}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Frame>
  );
}

/** A checkbox with its label beside it (the label is the accessible name). */
export function CheckboxField({ name, label, description, className, ...input }: Omit<FieldFrame, 'hint'> & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  const { register } = useFormContext();
  const error = useFieldError(name);
  return (
    <div className={cn('flex flex-col gap-0.5', className)}>
      <div className="flex items-center gap-2">
        <input
          type="checkbox"
          id={id}
          {...input}
          {...register(name)}
          aria-invalid={error ? true : undefined}
          aria-describedby={[description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
          className="h-4 w-4 rounded border-zinc-400"
        />
        <label htmlFor={id} className="text-sm">
          {label}
        </label>
      </div>
      {description ? (
        <p id={`${id}-description`} className="pl-6 text-xs text-zinc-500">
          {description}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="pl-6 text-xs text-rose-700 dark:text-rose-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Submit, disabled while the action runs, with a pending label (announced by the form's live region when done). */
export function SubmitButton({ pending, pendingLabel, children, ...props }: ButtonProps & { pending: boolean; pendingLabel?: string }) {
  return (
    <Button {...props} type="submit" disabled={pending || props.disabled}>
      {pending ? (pendingLabel ?? 'Working…') : children}
    </Button>
  );
}
