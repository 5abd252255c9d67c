import { type FieldMetadata, getInputProps } from '@conform-to/react';
import type { ProductSuggestionView } from '@linkage/contracts';
import { formatHsCode } from '@linkage/domain';
import { useFetcher } from '@remix-run/react';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { ErrorList } from './forms';

/** Wait this long after the last key before asking: fast typists send one request, not six. */
const TYPING_PAUSE_MS = 150;

interface ProductSuggestions {
  items: ProductSuggestionView[];
}

/**
 * A product field that finds HS codes by name as you type (the ARIA 1.2 combobox pattern: arrows
 * move through the suggestions, Enter chooses, Escape closes). The field itself is what the form
 * submits: choosing a suggestion writes its code ("1008.50") into it, and the chosen product's name
 * is shown beneath. Without JavaScript it is a plain text input: a code, or a product's exact name,
 * which the action resolves (`resolveProductField`).
 */
export function ProductPicker({
  label,
  hint,
  meta,
  subheadingsOnly = false,
  currentName,
  className,
}: {
  label: string;
  hint?: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  meta: FieldMetadata<any, any, any>;
  /** Capacity and catalogue lines take 6-digit subheadings only. */
  subheadingsOnly?: boolean;
  /** The name of the product the field starts with (an edit form). */
  currentName?: string;
  className?: string;
}) {
  const fetcher = useFetcher<ProductSuggestions>();
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [chosen, setChosen] = useState<string | undefined>(currentName);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const items = fetcher.data?.items ?? [];
  const hintId = `${meta.id}-hint`;
  const chosenId = `${meta.id}-chosen`;
  const { key, ...props } = getInputProps(meta, {
    type: 'text',
    ariaDescribedBy: `${hint ? hintId : ''} ${chosenId}`.trim(),
  });

  useEffect(() => () => clearTimeout(timer.current), []);

  const ask = (text: string) => {
    clearTimeout(timer.current);
    const q = text.trim();
    if (q.length < 2) {
      setOpen(false);
      return;
    }
    timer.current = setTimeout(() => {
      const params = new URLSearchParams({ q });
      if (subheadingsOnly) params.set('level', '6');
      fetcher.load(`/products?${params.toString()}`);
      setOpen(true);
      setActive(-1);
    }, TYPING_PAUSE_MS);
  };

  const choose = (item: ProductSuggestionView) => {
    const field = input.current;
    if (!field) return;
    field.value = formatHsCode(item.code);
    // Conform validates on the form's native input events: tell it the value changed.
    field.dispatchEvent(new Event('input', { bubbles: true }));
    setChosen(`${item.name} (HS ${formatHsCode(item.code)})`);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && items.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (index + 1) % items.length);
    } else if (event.key === 'ArrowUp' && items.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (index <= 0 ? items.length - 1 : index - 1));
    } else if (event.key === 'Enter' && open && active >= 0 && items[active]) {
      event.preventDefault();
      choose(items[active]!);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  };

  const expanded = open && items.length > 0;
  const optionId = (index: number) => `${listId}-option-${index}`;
  return (
    <div
      className={`field product-picker${meta.errors?.length ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}
    >
      <label htmlFor={meta.id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <div className="product-picker__box">
        <input
          key={key}
          {...props}
          ref={input}
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          placeholder="Type a product name or an HS code"
          onChange={(event) => {
            setChosen(undefined);
            ask(event.currentTarget.value);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={`${label}: suggestions`}
          className="product-picker__list"
          hidden={!expanded}
        >
          {items.map((item, index) => (
            <li
              key={item.code}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className="product-picker__option"
              // Keep the focus in the field, so choosing does not blur it first and close the list.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(item)}
            >
              <span className="product-picker__name">{item.name}</span>
              <span className="product-picker__code">HS {formatHsCode(item.code)}</span>
            </li>
          ))}
        </ul>
      </div>
      <p className="field-hint" id={chosenId} aria-live="polite">
        {chosen ?? ''}
      </p>
      <ErrorList id={meta.errorId} errors={meta.errors} />
    </div>
  );
}
