import type { FieldMetadata } from '@conform-to/react';
import type { CountryOption } from '@linkage/domain';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation();
  return (
    <SelectField label={label} hint={hint} meta={meta} className={className}>
      <option value="">{t('country.choose')}</option>
      {countries.map((c) => (
        <option key={c.code} value={c.code}>
          {c.name}
        </option>
      ))}
    </SelectField>
  );
}
