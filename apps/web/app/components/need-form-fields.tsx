import { type FormMetadata, type useForm, getInputProps, getSelectProps } from '@conform-to/react';
import type { CreateSourcingNeedSchema } from '@linkage/contracts';
import type { BusinessRationale, NeedCriticality, NeedVisibility, RequirementLevel } from '@linkage/domain';
import { CountrySelect, type CountryOption } from './country-select';
import { ErrorList, InputField, SelectField, TextareaField } from './forms';
import type { z } from 'zod';
import { RateFields } from './options';
import { ProductPicker } from './product-picker';

/** What the form holds: the schema's input, before defaults are applied. */
export type NeedFormValue = z.input<typeof CreateSourcingNeedSchema>;
type NeedFields = ReturnType<typeof useForm<NeedFormValue>>[1];

export const NEED_VISIBILITY_CHOICE: Record<NeedVisibility, { label: string; hint: string }> = {
  PUBLIC: {
    label: 'Public',
    hint: 'Every producer group that matches sees it and may offer; programme officers may introduce suppliers.',
  },
  INVITED: { label: 'Invited suppliers only', hint: 'Only the groups you invite see it.' },
  PROGRAMME: {
    label: 'Through our programmes',
    hint: 'Only the officers of programmes your firm enrolled in see it, and the groups you invite.',
  },
};

export const CRITICALITY_LABEL: Record<NeedCriticality, string> = {
  CORE: 'Core: it goes into our main products',
  NON_CORE: 'Not core: packaging, promotional or secondary items',
};

export const RATIONALE_LABEL: Record<BusinessRationale, string> = {
  IMPORT_SUBSTITUTION: 'Replace imports',
  LEAD_TIME: 'Shorter lead times',
  COST: 'Lower cost',
  RISK: 'Spread supply risk',
  OTHER: 'Another reason',
};

export const LEVEL_LABEL: Record<RequirementLevel, string> = {
  EACH_SUPPLIER: 'Each supplier',
  ANY_SUPPLIER: 'Any supplier in a coalition',
  GROUP_COVERS: 'A group certificate may cover members',
};

/**
 * Every field a sourcing need has, for posting one and for editing it: one form, so what a buyer
 * can say when posting they can also change. Works without JavaScript: adding or removing a standard
 * is a submit button the server answers with the form as it was, one row more or less.
 */
export function NeedFormFields({
  form,
  fields,
  countries,
  standards,
  productName,
}: {
  form: FormMetadata<NeedFormValue>;
  fields: NeedFields;
  countries: CountryOption[];
  standards: Array<{ code: string; name: string }>;
  /** The product the need names, "Quinoa (HS 1008.50)", when editing one. */
  productName?: string;
}) {
  const schedule = fields.schedule.getFieldset();
  const place = fields.deliveryPlace.getFieldset();
  const rows = fields.requirements.getFieldList();
  const { key: countriesKey, ...allowedCountries } = getSelectProps(fields.allowedCountries, {
    ariaDescribedBy: `${fields.allowedCountries.id}-hint`,
  });
  return (
    <>
      <InputField
        label="Title"
        meta={fields.title}
        placeholder="e.g. Cold-pressed argan oil for cosmetics line"
      />
      <TextareaField label="Description (optional)" meta={fields.description} />
      <ProductPicker
        label="Product"
        hint="Type its name in any language, or its HS code (a chapter, heading or subheading)."
        meta={fields.productCode}
        currentName={productName}
      />
      <RateFields quantity={fields.quantity} unit={fields.unit} period={fields.period} />
      <InputField label="Response deadline" meta={fields.responseDeadline} type="date" />

      <fieldset className="subform">
        <legend>Deliveries</legend>
        <SelectField label="How deliveries run" meta={schedule.kind}>
          <option value="RECURRING">Every period, from the first to the last delivery</option>
          <option value="ONE_OFF">Once, by a date</option>
        </SelectField>
        <div className="field-row">
          <InputField label="First delivery" meta={schedule.startDate} type="date" />
          <InputField label="Last delivery" meta={schedule.endDate} type="date" />
        </div>
        <InputField label="Deliver by" hint="For a one-off need." meta={schedule.deliverBy} type="date" />
        <p className="field-hint">Left empty: every period for a year from the response deadline.</p>
      </fieldset>

      <fieldset className="subform">
        <legend>Where suppliers deliver</legend>
        <CountrySelect label="Delivery country" meta={fields.deliveryCountry} countries={countries} />
        <div className="field-row">
          <InputField label="Latitude" meta={place.lat} type="number" step="any" inputMode="decimal" />
          <InputField label="Longitude" meta={place.lon} type="number" step="any" inputMode="decimal" />
        </div>
        <p className="field-hint">
          Optional: the delivery place, as a map app shows it (e.g. 30.42, −9.60 for Agadir). With it, nearer
          suppliers rank higher.
        </p>
        <InputField
          label="Farthest supplier (km, optional)"
          hint="Suppliers farther than this from the delivery place are left out."
          meta={fields.maxDistanceKm}
          type="number"
          min="1"
          inputMode="numeric"
        />
        <div className={`field${fields.allowedCountries.errors?.length ? ' field--invalid' : ''}`}>
          <label htmlFor={fields.allowedCountries.id}>Supplier countries (optional)</label>
          <p className="field-hint" id={`${fields.allowedCountries.id}-hint`}>
            Only suppliers in these countries. None chosen: any country. Hold Ctrl (⌘ on a Mac) to choose
            several.
          </p>
          <select key={countriesKey} {...allowedCountries} multiple size={5}>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
          <ErrorList id={fields.allowedCountries.errorId} errors={fields.allowedCountries.errors} />
        </div>
      </fieldset>

      <fieldset className="subform">
        <legend>Required standards</legend>
        <ErrorList errors={fields.requirements.errors} />
        {rows.length === 0 ? (
          <p className="field-hint">None: any supplier of the product may match.</p>
        ) : null}
        {rows.map((row, i) => {
          const r = row.getFieldset();
          return (
            <div key={row.key} className="requirement-row">
              <SelectField label={`Standard ${i + 1}`} meta={r.standardCode}>
                <option value="">None</option>
                {standards.map((s) => (
                  <option key={s.code} value={s.code}>
                    {s.name}
                  </option>
                ))}
              </SelectField>
              <SelectField label={`Who must hold standard ${i + 1}`} meta={r.level}>
                {Object.entries(LEVEL_LABEL).map(([level, label]) => (
                  <option key={level} value={level}>
                    {label}
                  </option>
                ))}
              </SelectField>
              <label className="checkbox">
                <input {...getInputProps(r.mustHoldNow, { type: 'checkbox' })} key={r.mustHoldNow.key} />
                <span>Must hold it now (otherwise it may be obtained before deliveries start)</span>
              </label>
              <InputField
                label={`Obtained by (standard ${i + 1}, optional)`}
                hint="The latest day a supplier may obtain it; empty: before the first delivery."
                meta={r.obtainBy}
                type="date"
              />
              <button
                className="button button--quiet"
                {...form.remove.getButtonProps({ name: fields.requirements.name, index: i })}
              >
                Remove standard {i + 1}
              </button>
            </div>
          );
        })}
        <button
          className="button"
          {...form.insert.getButtonProps({
            name: fields.requirements.name,
            defaultValue: { level: 'EACH_SUPPLIER' },
          })}
        >
          Add a required standard
        </button>
      </fieldset>

      <fieldset className="subform">
        <legend>Terms and purpose</legend>
        <div className="field-row">
          <InputField
            label="Target price (optional)"
            hint="Per unit, in the currency beside it. Never shown to suppliers."
            meta={fields.targetPrice}
            type="number"
            step="any"
            min="0"
          />
          <InputField label="Currency" meta={fields.currency} placeholder="EUR" />
        </div>
        <SelectField label="How critical" meta={fields.criticality}>
          {Object.entries(CRITICALITY_LABEL).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <SelectField label="Why source locally (optional)" meta={fields.businessRationale}>
          <option value="">Not said</option>
          {Object.entries(RATIONALE_LABEL).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <TextareaField label="In a few words (optional)" meta={fields.rationaleNote} />
      </fieldset>

      <fieldset className="subform">
        <legend>Who sees this need</legend>
        <ErrorList errors={fields.visibility.errors} />
        {Object.entries(NEED_VISIBILITY_CHOICE).map(([value, choice]) => (
          <label key={value} className="checkbox">
            <input
              type="radio"
              name={fields.visibility.name}
              value={value}
              defaultChecked={(fields.visibility.initialValue ?? 'PUBLIC') === value}
            />
            <span>
              <strong>{choice.label}</strong> — {choice.hint}
            </span>
          </label>
        ))}
      </fieldset>
    </>
  );
}
