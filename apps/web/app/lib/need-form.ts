import type { SourcingNeedView, UpdateSourcingNeedInput, CreateSourcingNeedInput } from '@linkage/contracts';

/**
 * The need form has optional groups of fields: a schedule, a delivery place, any number of required
 * standards. A group left empty is removed before validation, so the shared schema sees it as absent
 * rather than half-filled. Used on the client (Conform's onValidate) and in the action alike. A
 * submission that only adds or removes a standard row (Conform's list intent) is left as it is, so
 * the row indexes it names still hold.
 */
export function pruneNeedForm(formData: FormData): FormData {
  if (formData.has('__intent__')) return formData;
  const value = (name: string) => String(formData.get(name) ?? '').trim();
  const skip = new Set<string>();
  const kind = value('schedule.kind');
  const scheduleFields = ['schedule.kind', 'schedule.startDate', 'schedule.endDate', 'schedule.deliverBy'];
  const scheduleEmpty =
    kind === 'ONE_OFF'
      ? !value('schedule.deliverBy')
      : !value('schedule.startDate') && !value('schedule.endDate');
  if (scheduleEmpty) scheduleFields.forEach((k) => skip.add(k));
  else if (kind === 'ONE_OFF') ['schedule.startDate', 'schedule.endDate'].forEach((k) => skip.add(k));
  else skip.add('schedule.deliverBy');
  if (!value('deliveryPlace.lat') && !value('deliveryPlace.lon')) {
    skip.add('deliveryPlace.lat');
    skip.add('deliveryPlace.lon');
  }

  // Standard rows: the empty ones go, the others are numbered again from 0.
  const rowIndex = new Map<string, number>();
  for (const key of formData.keys()) {
    const row = /^requirements\[(\d+)\]\.standardCode$/.exec(key)?.[1];
    if (row !== undefined && value(key) && !rowIndex.has(row)) rowIndex.set(row, rowIndex.size);
  }
  const out = new FormData();
  for (const [key, entry] of formData.entries()) {
    if (skip.has(key)) continue;
    const row = /^requirements\[(\d+)\]\.(.+)$/.exec(key);
    if (!row) {
      out.append(key, entry);
      continue;
    }
    const index = rowIndex.get(row[1]!);
    if (index !== undefined) out.append(`requirements[${index}].${row[2]}`, entry);
  }
  return out;
}

/** What the form starts with for a need being edited: the need as it stands. */
export function needFormDefaults(need: SourcingNeedView) {
  return {
    title: need.title,
    description: need.description ?? '',
    productCode: need.productCode,
    quantity: String(need.quantity),
    unit: need.unit,
    period: need.period,
    minimumLot: need.minimumLot === null ? '' : String(need.minimumLot),
    deliveryCountry: need.deliveryCountry,
    responseDeadline: need.responseDeadline,
    schedule:
      need.schedule.kind === 'ONE_OFF'
        ? { kind: 'ONE_OFF', deliverBy: need.schedule.startDate }
        : { kind: 'RECURRING', startDate: need.schedule.startDate, endDate: need.schedule.endDate ?? '' },
    deliveryPlace: need.deliveryPlace
      ? { lat: String(need.deliveryPlace.lat), lon: String(need.deliveryPlace.lon) }
      : undefined,
    maxDistanceKm: need.maxDistanceKm === null ? '' : String(need.maxDistanceKm),
    allowedCountries: need.allowedCountries ?? [],
    requirements: need.requirements.map((r) => ({
      standardCode: r.standardCode,
      level: r.level,
      mustHoldNow: r.mustHoldNow ? 'on' : undefined,
      obtainBy: r.obtainBy ?? '',
    })),
    targetPrice: need.targetPrice === null ? '' : String(need.targetPrice),
    currency: need.currency ?? '',
    criticality: need.criticality,
    businessRationale: need.businessRationale ?? '',
    rationaleNote: need.rationaleNote ?? '',
    visibility: need.visibility,
  };
}

/**
 * An edit sends every field of the form: one left empty clears what the need had (null), so the
 * buyer can take a delivery place, a target price or a country list away again.
 */
export function needEdit(value: CreateSourcingNeedInput): UpdateSourcingNeedInput {
  return {
    title: value.title,
    description: value.description ?? null,
    productCode: value.productCode,
    quantity: value.quantity,
    unit: value.unit,
    period: value.period,
    minimumLot: value.minimumLot ?? null,
    deliveryCountry: value.deliveryCountry,
    responseDeadline: value.responseDeadline,
    ...(value.schedule ? { schedule: value.schedule } : {}),
    deliveryPlace: value.deliveryPlace ?? null,
    maxDistanceKm: value.maxDistanceKm ?? null,
    allowedCountries: value.allowedCountries ?? null,
    requirements: value.requirements,
    targetPrice: value.targetPrice ?? null,
    currency: value.currency ?? null,
    criticality: value.criticality,
    businessRationale: value.businessRationale ?? null,
    rationaleNote: value.rationaleNote ?? null,
    visibility: value.visibility,
  };
}
