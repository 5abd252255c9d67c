import {
  countryName,
  formatHsCode,
  type OrganisationKind,
  type Period,
  type Unit,
  UNIT_DEFINITIONS,
} from '@linkage/domain';
import type { Locale } from './i18n';

/**
 * The Intl locale for a portal language. English reads as in Britain ("23 Nov 2026"); Arabic keeps
 * the Western digits the demo's Maghreb users write (decision 0021).
 */
export function intlLocale(locale: Locale): string {
  return locale === 'en' ? 'en-GB' : locale === 'ar' ? 'ar-u-nu-latn' : locale;
}

export const KIND_LABEL: Record<OrganisationKind, string> = {
  LEAD_FIRM: 'Lead firm',
  PRODUCER_GROUP: 'Producer group',
  ENTERPRISE: 'Enterprise',
  PROGRAMME: 'Programme',
  SERVICE_PROVIDER: 'Service provider',
};

export const PERIOD_LABEL: Record<Period, string> = { WEEK: 'week', MONTH: 'month', YEAR: 'year' };

export function unitLabel(unit: Unit): string {
  return UNIT_DEFINITIONS[unit].label;
}

/** "12 t / month" (the portal's translated pages use useFormat().rate, which names the period in their language). */
export function formatRate(quantity: number, unit: Unit, period: Period): string {
  return `${formatNumber(quantity)} ${unit} / ${PERIOD_LABEL[period]}`;
}

/** A country's name in the reader's language (the domain's ISO list), the code when it is not one. */
export function formatCountry(code: string, locale: Locale = 'en'): string {
  try {
    return countryName(code, locale);
  } catch {
    return code;
  }
}

export { formatHsCode };

/**
 * A product as every list shows it: its name with the code as a hint, "Quinoa (HS 1008.50)". The API
 * names every product code it returns (in the reader's language); the bare code is for a name missing.
 */
export function productWithCode(code: string, name?: string | null): string {
  return name ? `${name} (HS ${formatHsCode(code)})` : `HS ${formatHsCode(code)}`;
}

/** "23 Nov 2026", "23 nov. 2026", "23 نوفمبر 2026": a day (or the day of an instant), in UTC. */
export function formatDate(iso: string, locale: Locale = 'en'): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** "42%", "42 %" (French spaces it), through Intl. */
export function percent(x: number, locale: Locale = 'en'): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 0 }).format(x);
}

/** "23 Nov 2026, 16:52 UTC": shown the same on server and browser whatever their time zones. */
export function formatDateTime(iso: string, locale: Locale = 'en'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const text = new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(date);
  return `${text} UTC`;
}

export const VISIBILITY_TONE = { PUBLIC: 'good', LEAD_FIRMS: 'info', BROKERS: 'warn' } as const;

export const MEMBER_STATUS_TONE = {
  INVITED: 'info',
  ACTIVE: 'good',
  SUSPENDED: 'warn',
  LEFT: 'neutral',
} as const;

export const CERT_STATUS = {
  VALID: { text: 'Valid', tone: 'good' },
  EXPIRING: { text: 'Expiring', tone: 'warn' },
  EXPIRED: { text: 'Expired', tone: 'bad' },
} as const;

export const VERIFICATION_LABEL = {
  SELF_DECLARED: 'Self-declared',
  BROKER_VERIFIED: 'Broker-verified',
  THIRD_PARTY_VERIFIED: 'Third-party verified',
} as const;

export const MONTH_SHORT = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** A month's short name (1–12) in the reader's language: "Mar", "mars", "مارس". */
export function monthShort(month: number, locale: Locale = 'en'): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { month: 'short', timeZone: 'UTC' }).format(
    Date.UTC(2000, month - 1, 1),
  );
}

/** "All year" (`allYear`, in the reader's language) or "Mar–Jun, Oct" from month numbers 1–12. */
export function formatMonths(months: number[], locale: Locale = 'en', allYear = 'All year'): string {
  if (months.length === 0 || months.length === 12) return allYear;
  const sorted = [...months].sort((a, b) => a - b);
  const runs: string[] = [];
  let start = sorted[0]!;
  let prev = start;
  for (const m of [...sorted.slice(1), Number.NaN]) {
    if (m === prev + 1) {
      prev = m;
      continue;
    }
    runs.push(
      start === prev ? monthShort(start, locale) : `${monthShort(start, locale)}–${monthShort(prev, locale)}`,
    );
    start = m;
    prev = m;
  }
  return runs.join(', ');
}

export function formatNumber(x: number, locale: Locale = 'en'): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 2 }).format(x);
}

/** "31.6300° N, 8.0100° W" */
export function formatLatLon(lat: number, lon: number): string {
  const la = `${Math.abs(lat).toFixed(4)}° ${lat >= 0 ? 'N' : 'S'}`;
  const lo = `${Math.abs(lon).toFixed(4)}° ${lon >= 0 ? 'E' : 'W'}`;
  return `${la}, ${lo}`;
}

export function formatLanguage(code: string, locale: Locale = 'en'): string {
  try {
    return new Intl.DisplayNames([intlLocale(locale)], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
