import { PERIODS, UNITS } from '@linkage/domain';
import { MONTH_SHORT, PERIOD_LABEL, unitLabel } from '~/lib/format';

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
