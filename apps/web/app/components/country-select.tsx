import type { FieldMetadata } from '@conform-to/react';
import type { CountryOption } from '@linkage/domain';
import { SelectField } from './forms';

export type { CountryOption };

export function CountrySelect({
  label,
  hint,
  meta,
  countries,
  className,
}: {
  label: string;
  hint?: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  meta: FieldMetadata<any, any, any>;
  countries: CountryOption[];
  className?: string;
}) {
  return (
    <SelectField label={label} hint={hint} meta={meta} className={className}>
      <option value="">Choose a country…</option>
      {countries.map((c) => (
        <option key={c.code} value={c.code}>
          {c.name}
        </option>
      ))}
    </SelectField>
  );
}
