'use client';

import { type KeyboardEvent, type Ref, useId, useState } from 'react';
import { cn } from '@/lib/utils/cn';

export interface ComboOption {
  value: string;
  label: string;
  /** A second line (a contact's organisation, a country's code). */
  detail?: string;
}

export interface ComboboxProps {
  /** The input's id, for its <label htmlFor>. */
  id: string;
  /** The text in the input. */
  text: string;
  onTextChange: (text: string) => void;
  /** The options for the text, already filtered. */
  options: readonly ComboOption[];
  onSelect: (option: ComboOption) => void;
  onBlur?: () => void;
  name?: string;
  inputRef?: Ref<HTMLInputElement>;
  describedBy?: string;
  invalid?: boolean;
  readOnly?: boolean;
  loading?: boolean;
  /** Said when nothing matches the text. */
  emptyText?: string;
  placeholder?: string;
  className?: string;
}

const CONTROL =
  'w-full rounded border border-zinc-300 bg-white px-2.5 py-1.5 text-sm aria-[invalid=true]:border-rose-600 read-only:bg-zinc-50 dark:border-zinc-700 dark:bg-zinc-900 dark:read-only:bg-zinc-800';

/**
 * An editable combobox (WAI-ARIA 1.2 pattern, list autocomplete): type to filter, arrows to move, Enter to take the
 * highlighted option, Escape to close; the text stays editable, so a value not in the list can be typed too.
 */
export function Combobox({
  id, text, onTextChange, options, onSelect, onBlur, name, inputRef, describedBy, invalid, readOnly, loading, emptyText = 'No match',
  placeholder, className,
}: ComboboxProps) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const optionId = (i: number) => `${listId}-option-${i}`;
  const shown = open && !readOnly;
  const take = (option: ComboOption) => {
    onSelect(option);
    setOpen(false);
    setActive(-1);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (readOnly) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (options.length === 0 ? -1 : (i + step + options.length) % options.length));
    } else if (e.key === 'Enter' && shown && active >= 0 && options[active]) {
      e.preventDefault();
      take(options[active]);
    } else if (e.key === 'Escape' && shown) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
      setActive(-1);
    }
  };
  return (
    <div className={cn('relative', className)}>
      <input
        id={id}
        ref={inputRef}
        name={name}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown && active >= 0 ? optionId(active) : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        autoComplete="off"
        spellCheck={false}
        readOnly={readOnly}
        placeholder={placeholder}
        value={text}
        onChange={(e) => {
          onTextChange(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          setActive(-1);
          onBlur?.();
        }}
        className={CONTROL}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Suggestions"
        hidden={!shown || options.length === 0}
        className="absolute z-30 mt-1 max-h-64 w-full min-w-[14rem] overflow-auto rounded border border-zinc-300 bg-white py-1 text-sm shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
      >
        {options.map((o, i) => (
          <li
            key={o.value}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            // mousedown, not click: the input must not lose focus (and close the list) first.
            onMouseDown={(e) => {
              e.preventDefault();
              take(o);
            }}
            className="cursor-pointer px-2.5 py-1 aria-selected:bg-sky-100 hover:bg-zinc-100 dark:aria-selected:bg-sky-900 dark:hover:bg-zinc-800"
          >
            <span className="font-medium">{o.label}</span>
            {o.detail ? <span className="ml-2 text-xs text-zinc-600 dark:text-zinc-300">{o.detail}</span> : null}
          </li>
        ))}
      </ul>
      {shown && options.length === 0 ? (
        <p role="status" className="absolute z-30 mt-1 w-full rounded border border-zinc-300 bg-white px-2.5 py-1 text-xs text-zinc-600 shadow dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-300">
          {loading ? 'Searching…' : emptyText}
        </p>
      ) : null}
    </div>
  );
}
