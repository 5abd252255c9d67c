import { countryName, type OrganisationKind, type Period, type Unit, UNIT_DEFINITIONS } from '@linkage/domain';

export const KIND_LABEL: Record<OrganisationKind, string> = {
  LEAD_FIRM: 'Lead firm',
  PRODUCER_GROUP: 'Producer group',
  ENTERPRISE: 'Enterprise',
  PROGRAMME: 'Programme',
  SERVICE_PROVIDER: 'Service provider',
};

export const PERIOD_LABEL: Record<Period, string> = { WEEK: 'week', MONTH: 'month', YEAR: 'year' };

export const VISIBILITY_LABEL = {
  PUBLIC: 'Everyone (public)',
  LEAD_FIRMS: 'Lead firms and brokers',
  BROKERS: 'Brokers only',
} as const;

export function unitLabel(unit: Unit): string {
  return UNIT_DEFINITIONS[unit].label;
}

const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** "12 t / month" */
export function formatRate(quantity: number, unit: Unit, period: Period): string {
  return `${numberFormat.format(quantity)} ${unit} / ${PERIOD_LABEL[period]}`;
}

export function formatCountry(code: string): string {
  try {
    return countryName(code);
  } catch {
    return code;
  }
}

/** "0904.21" reads faster than "090421". */
export function formatHsCode(code: string): string {
  return code.length > 4 ? `${code.slice(0, 4)}.${code.slice(4)}` : code;
}

export function formatDate(iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
}

export function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** "23 Nov 2026, 16:52 UTC": shown the same on server and browser whatever their time zones. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const text = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(date);
  return `${text} UTC`;
}
