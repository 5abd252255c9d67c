import type { FieldMetadata } from '@conform-to/react';
import { PERIODS, UNITS } from '@linkage/domain';
import { MONTH_SHORT, PERIOD_LABEL, unitLabel } from '~/lib/format';
import { InputField, SelectField } from './forms';

export function UnitOptions() {
  return (
    <>
      {UNITS.map((u) => (
        <option key={u} value={u} title={unitLabel(u)}>
          {u}
        </option>
      ))}
    </>
  );
}

export function PeriodOptions() {
  return (
    <>
      {PERIODS.map((p) => (
        <option key={p} value={p}>
          {PERIOD_LABEL[p]}
        </option>
      ))}
    </>
  );
}

/** Twelve month checkboxes named `name` (Conform reads repeated names as a list); none = all year. */
export function MonthChecks({ name, selected = [], legend }: { name: string; selected?: number[]; legend: string }) {
  return (
    <fieldset className="month-checks">
      <legend>{legend}</legend>
      <div className="month-checks__grid">
        {MONTH_SHORT.map((m, i) => (
          <label key={m} className="month-check">
            <input type="checkbox" name={name} value={i + 1} defaultChecked={selected.includes(i + 1)} />
            {m}
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
  return (
    <div className="field-row">
      <InputField label="Quantity" meta={quantity} type="number" step="any" min="0" />
      <SelectField label="Unit" meta={unit}>
        <UnitOptions />
      </SelectField>
      <SelectField label="Per" meta={period}>
        <PeriodOptions />
      </SelectField>
    </div>
  );
}
