import Form from 'next/form';
import Link from '@/components/ui/link';
import type { ReactNode } from 'react';
import { cn } from '@/lib/utils/cn';

/**
 * A filter form whose state is the page's URL: a GET form (next/form navigates without a full reload, and it works
 * without JavaScript), each field labelled, the server's complaint about a value under its field. Nothing typed is
 * lost: a value the server refuses comes back in its field with the reason.
 */
export function FilterForm({ action, label, children, clearHref }: { action: string; label: string; children: ReactNode; clearHref: string }) {
  return (
    <Form action={action} aria-label={label} className="flex flex-wrap items-end gap-3 rounded-md border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900">
      {children}
      <div className="flex items-center gap-2">
        <button type="submit" className="rounded bg-zinc-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300">
          Apply filters
        </button>
        <Link href={clearHref} className="text-sm text-sky-700 hover:underline dark:text-sky-400">
          Clear
        </Link>
      </div>
    </Form>
  );
}

interface FieldProps {
  name: string;
  label: string;
  /** The URL's value, shown as typed. */
  value: string | undefined;
  error?: string[] | undefined;
  hint?: string;
  className?: string;
}

const CONTROL =
  'w-full rounded border border-zinc-300 bg-white px-2.5 py-1.5 text-sm aria-[invalid=true]:border-rose-600 dark:border-zinc-700 dark:bg-zinc-950';

function Frame({ id, label, hint, error, className, children }: Omit<FieldProps, 'name' | 'value'> & { id: string; children: ReactNode }) {
  return (
    <div className={cn('flex w-40 flex-col gap-1', className)}>
      <label htmlFor={id} className="text-xs font-medium">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-[0.7rem] text-zinc-500">
          {hint}
        </p>
      ) : null}
      {error?.length ? (
        <p id={`${id}-error`} className="text-xs text-rose-700 dark:text-rose-400">
          {error.join(' ')}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(id: string, hint?: string, error?: string[]): string | undefined {
  return [hint ? `${id}-hint` : null, error?.length ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

export function FilterText({ name, label, value, error, hint, className, type = 'text', ...input }: FieldProps & { type?: 'text' | 'number' | 'date'; placeholder?: string; min?: number; max?: number; inputMode?: 'numeric' }) {
  const id = `filter-${name}`;
  return (
    <Frame id={id} label={label} hint={hint} error={error} className={className}>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={value ?? ''}
        aria-invalid={error?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={CONTROL}
        {...input}
      />
    </Frame>
  );
}

export function FilterSelect({ name, label, value, error, hint, className, options }: FieldProps & { options: readonly { value: string; label: string }[] }) {
  const id = `filter-${name}`;
  return (
    <Frame id={id} label={label} hint={hint} error={error} className={className}>
      <select id={id} name={name} defaultValue={value ?? ''} aria-invalid={error?.length ? true : undefined} aria-describedby={describedBy(id, hint, error)} className={CONTROL}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

export function FilterCheckbox({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <label className="flex items-center gap-2 pb-1.5 text-sm">
      <input type="checkbox" name={name} value="1" defaultChecked={checked} />
      {label}
    </label>
  );
}
