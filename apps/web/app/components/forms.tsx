import { type FieldMetadata, getInputProps, getSelectProps, getTextareaProps } from '@conform-to/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A form error in the reader's language. Messages come from the shared zod schemas and the API in
 * English; the `validation` catalogue is keyed by that English text, and an unknown one shows as sent.
 */
function useErrorText() {
  const { t } = useTranslation('validation');
  return (message: string) => t(message, { defaultValue: message, keySeparator: false, nsSeparator: false });
}

export function ErrorList({ id, errors }: { id?: string; errors?: string[] | null }) {
  const text = useErrorText();
  const list = errors?.filter(Boolean) ?? [];
  if (list.length === 0) return null;
  return (
    <ul id={id} className="field-errors" role="alert">
      {list.map((e) => (
        <li key={e}>{text(e)}</li>
      ))}
    </ul>
  );
}

/** Messages that concern the whole form (the API refused, the service is down). */
export function FormErrors({ id, errors }: { id?: string; errors?: string[] | null }) {
  const text = useErrorText();
  const list = errors?.filter(Boolean) ?? [];
  if (list.length === 0) return null;
  return (
    <div id={id} className="form-errors" role="alert">
      {list.map((e) => (
        <p key={e}>{text(e)}</p>
      ))}
    </div>
  );
}

interface FieldShellProps {
  label: string;
  hint?: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  meta: FieldMetadata<any, any, any>;
  children: ReactNode;
  className?: string;
}

function FieldShell({ label, hint, meta, children, className }: FieldShellProps) {
  return (
    <div
      className={`field${meta.errors?.length ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}
    >
      <label htmlFor={meta.id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={`${meta.id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children}
      <ErrorList id={meta.errorId} errors={meta.errors} />
    </div>
  );
}

type InputType = 'text' | 'email' | 'password' | 'number' | 'date' | 'time' | 'search' | 'tel' | 'url';

export function InputField({
  label,
  hint,
  meta,
  type = 'text',
  className,
  ...rest
}: {
  label: string;
  hint?: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  meta: FieldMetadata<any, any, any>;
  type?: InputType;
  className?: string;
  autoComplete?: string;
  placeholder?: string;
  step?: string;
  min?: number | string;
  inputMode?: 'numeric' | 'decimal' | 'text' | 'email';
}) {
  const { key, ...props } = getInputProps(meta, {
    type,
    ariaDescribedBy: hint ? `${meta.id}-hint` : undefined,
  });
  return (
    <FieldShell label={label} hint={hint} meta={meta} className={className}>
      <input key={key} {...props} {...rest} />
    </FieldShell>
  );
}

export function SelectField({
  label,
  hint,
  meta,
  className,
  children,
}: {
  label: string;
  hint?: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  meta: FieldMetadata<any, any, any>;
  className?: string;
  children: ReactNode;
}) {
  const { key, ...props } = getSelectProps(meta, { ariaDescribedBy: hint ? `${meta.id}-hint` : undefined });
  return (
    <FieldShell label={label} hint={hint} meta={meta} className={className}>
      <select key={key} {...props}>
        {children}
      </select>
    </FieldShell>
  );
}

export function TextareaField({
  label,
  hint,
  meta,
  className,
  rows = 3,
}: {
  label: string;
  hint?: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  meta: FieldMetadata<any, any, any>;
  className?: string;
  rows?: number;
}) {
  const { key, ...props } = getTextareaProps(meta, { ariaDescribedBy: hint ? `${meta.id}-hint` : undefined });
  return (
    <FieldShell label={label} hint={hint} meta={meta} className={className}>
      <textarea key={key} rows={rows} {...props} />
    </FieldShell>
  );
}

/** A submit button that says what is happening while the form is on its way. */
export function SubmitButton({
  children,
  pending,
  className,
}: {
  children: ReactNode;
  pending?: boolean;
  className?: string;
}) {
  const { t } = useTranslation();
  return (
    <button
      type="submit"
      className={`button button--primary${className ? ` ${className}` : ''}`}
      disabled={pending}
      aria-busy={pending || undefined}
    >
      {pending ? t('working') : children}
    </button>
  );
}
