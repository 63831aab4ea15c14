'use client';

import { type ReactNode, useId, useMemo } from 'react';
import { useController } from 'react-hook-form';
import { countryName, countryOptions } from '@/lib/contacts/countries';
import { Combobox, type ComboOption } from './combobox';

export interface CountryFieldProps {
  name: string;
  label: ReactNode;
  description?: ReactNode;
  hint?: string;
  readOnly?: boolean;
}

/** Reads typed text as a country code: a code as it is (upper case), or a country's exact name. */
function codeOf(text: string, options: readonly { code: string; name: string }[]): string {
  const t = text.trim();
  const byCode = options.find((o) => o.code === t.toUpperCase());
  if (byCode || t.toUpperCase() === 'UK') return t.toUpperCase();
  return options.find((o) => o.name.toLowerCase() === t.toLowerCase())?.code ?? t;
}

/**
 * A searchable list of ISO 3166 countries bound to a react-hook-form field: type a code or part of a name, pick with
 * the arrows or the mouse; the field holds the two-letter code and the country's name is shown beside it.
 */
export function CountryField({ name, label, description, hint, readOnly }: CountryFieldProps) {
  const id = useId();
  const { field, fieldState } = useController({ name });
  const all = useMemo(() => countryOptions(), []);
  const text = typeof field.value === 'string' ? field.value : '';
  const needle = text.trim().toLowerCase();
  const options: ComboOption[] = all
    .filter((o) => needle === '' || o.code.toLowerCase().startsWith(needle) || o.name.toLowerCase().includes(needle))
    .map((o) => ({ value: o.code, label: o.name, detail: o.code }));
  const known = all.some((o) => o.code === text.trim().toUpperCase());
  const error = fieldState.error?.message;
  const describedBy = [description ? `${id}-description` : '', `${id}-name`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
        {hint ? <span className="ml-1 text-xs font-normal text-zinc-500">{hint}</span> : null}
      </label>
      {description ? (
        <p id={`${id}-description`} className="text-xs text-zinc-500">
          {description}
        </p>
      ) : null}
      <div className="flex items-center gap-2">
        <Combobox
          id={id}
          name={field.name}
          inputRef={field.ref}
          text={text}
          onTextChange={field.onChange}
          options={options}
          onSelect={(o) => field.onChange(o.value)}
          onBlur={() => {
            const code = codeOf(text, all);
            if (code !== text) field.onChange(code);
            field.onBlur();
          }}
          describedBy={describedBy}
          invalid={Boolean(error)}
          readOnly={readOnly}
          emptyText="No country matches"
          className="w-40"
        />
        <span id={`${id}-name`} className="text-sm text-zinc-600 dark:text-zinc-400" suppressHydrationWarning>
          {known ? countryName(text.trim()) : ''}
        </span>
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-xs text-rose-700 dark:text-rose-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
