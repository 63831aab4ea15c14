'use client';

import { type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes, useId, useRef, useState } from 'react';
import { type FieldValues, get, useFormContext, useFormState, type UseFormRegisterReturn } from 'react-hook-form';
import { Button, type ButtonProps } from '@/components/ui/button';
import { useHydrated } from '@/lib/hooks/use-hydrated';
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

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** What the user changed in a control before the page was hydrated: its value, or undefined when it is as served. */
function changedBeforeHydration(el: Control): string | boolean | undefined {
  if (el instanceof HTMLSelectElement) return Array.from(el.options).some((o) => o.selected !== o.defaultSelected) ? el.value : undefined;
  if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) return el.checked !== el.defaultChecked ? el.checked : undefined;
  return el.value !== el.defaultValue ? el.value : undefined;
}

/**
 * register() of the kit's fields, with two things react-hook-form does not do for a server-rendered form:
 * - the form's default value is in the HTML (`defaultValue` / `defaultChecked`), so the page shows the saved values
 *   before hydration, not empty fields and each select's first option;
 * - a value typed or chosen before hydration is kept. React resets a textarea to its served text when it hydrates it,
 *   and react-hook-form writes its default into each control it registers; so the hydrating render reads what the user
 *   changed in the served control (found by its id, which server and browser share) and the registration sets it back.
 */
function useKitField(name: string, id: string, kind: 'value' | 'checked' = 'value') {
  const { register, setValue, formState } = useFormContext<FieldValues>();
  const [typed] = useState(() => {
    if (typeof document === 'undefined') return undefined;
    const served = document.getElementById(id);
    return served instanceof HTMLInputElement || served instanceof HTMLSelectElement || served instanceof HTMLTextAreaElement ? changedBeforeHydration(served) : undefined;
  });
  const restored = useRef(false);
  const registration: UseFormRegisterReturn = register(name);
  const initial: unknown = get(formState.defaultValues, name);
  const ref = (el: Control | null) => {
    registration.ref(el);
    if (el && typed !== undefined && !restored.current) {
      restored.current = true;
      setValue(name, typed, { shouldDirty: true });
    }
  };
  const served =
    kind === 'checked' ? { defaultChecked: initial === true } : initial === undefined || initial === null || typeof initial === 'object' ? {} : { defaultValue: String(initial) };
  return { ...served, ...registration, ref };
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
  const field = useKitField(name, id);
  return (
    <Frame frame={{ name, label, description, hint, className }} id={id}>
      {(aria) => <input {...input} {...aria} {...field} className={CONTROL} />}
    </Frame>
  );
}

export function TextAreaField({ name, label, description, hint, className, ...input }: FieldFrame & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  const field = useKitField(name, id);
  return (
    <Frame frame={{ name, label, description, hint, className }} id={id}>
      {(aria) => <textarea {...input} {...aria} {...field} className={cn(CONTROL, 'font-mono')} />}
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
  const field = useKitField(name, id);
  return (
    <Frame frame={{ name, label, description, hint, className }} id={id}>
      {(aria) => (
        <select {...select} {...aria} {...field} className={CONTROL}>
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
  const field = useKitField(name, id, 'checked');
  const error = useFieldError(name);
  return (
    <div className={cn('flex flex-col gap-0.5', className)}>
      <div className="flex items-center gap-2">
        <input
          type="checkbox"
          id={id}
          {...input}
          {...field}
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

/**
 * Submit, disabled while the action runs, with a pending label (announced by the form's live region when done).
 * Disabled until hydrated too: a form's default button that is disabled stops the browser's own submission (Enter in a
 * field), which before hydration would post the fields to the page instead of the action.
 */
export function SubmitButton({ pending, pendingLabel, children, ...props }: ButtonProps & { pending: boolean; pendingLabel?: string }) {
  const hydrated = useHydrated();
  return (
    <Button {...props} type="submit" disabled={!hydrated || pending || props.disabled}>
      {pending ? (pendingLabel ?? 'Working…') : children}
    </Button>
  );
}
