import type { FieldMetadata } from '@conform-to/react';
import { PERIODS, UNITS } from '@linkage/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '~/lib/use-format';
import { InputField, SelectField } from './forms';

export function UnitOptions() {
  const { t } = useTranslation();
  return (
    <>
      {UNITS.map((u) => (
        <option key={u} value={u} title={t(`unit.${u}`)}>
          {u}
        </option>
      ))}
    </>
  );
}

export function PeriodOptions() {
  const { t } = useTranslation();
  return (
    <>
      {PERIODS.map((p) => (
        <option key={p} value={p}>
          {t(`period.${p}`)}
        </option>
      ))}
    </>
  );
}

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/** Twelve month checkboxes named `name` (Conform reads repeated names as a list); none = all year. */
export function MonthChecks({
  name,
  selected = [],
  legend,
}: {
  name: string;
  selected?: number[];
  legend: string;
}) {
  const format = useFormat();
  return (
    <fieldset className="month-checks">
      <legend>{legend}</legend>
      <div className="month-checks__grid">
        {MONTHS.map((m) => (
          <label key={m} className="month-check">
            <input type="checkbox" name={name} value={m} defaultChecked={selected.includes(m)} />
            {format.monthShort(m)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A quantity per period, as capacity lines and sourcing needs state it: "12 t per month". */
export function RateFields({
  quantity,
  unit,
  period,
}: {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  quantity: FieldMetadata<any, any, any>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  unit: FieldMetadata<any, any, any>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  period: FieldMetadata<any, any, any>;
}) {
  const { t } = useTranslation();
  return (
    <div className="field-row">
      <InputField label={t('need.quantity')} meta={quantity} type="number" step="any" min="0" />
      <SelectField label={t('rate.unit')} meta={unit}>
        <UnitOptions />
      </SelectField>
      <SelectField label={t('rate.per')} meta={period}>
        <PeriodOptions />
      </SelectField>
    </div>
  );
}
