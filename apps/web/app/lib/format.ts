import { countryName, formatHsCode, type OrganisationKind, type Period, type Unit, UNIT_DEFINITIONS } from '@linkage/domain';

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

export { formatHsCode };

/**
 * A product as every list shows it: its name with the code as a hint, "Quinoa (HS 1008.50)". The API
 * names every product code it returns (in the reader's language); the bare code is for a name missing.
 */
export function productWithCode(code: string, name?: string | null): string {
  return name ? `${name} (HS ${formatHsCode(code)})` : `HS ${formatHsCode(code)}`;
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

export const GROUP_TYPE_LABEL = {
  EXPORT_CONSORTIUM: 'Export consortium',
  SALES_CONSORTIUM: 'Sales consortium',
  COOPERATIVE: 'Cooperative',
  ASSOCIATION: 'Association',
  CLUSTER_GROUP: 'Cluster group',
} as const;

export const VISIBILITY_BADGE = {
  PUBLIC: { text: 'Public', tone: 'good' },
  LEAD_FIRMS: { text: 'Lead firms only', tone: 'info' },
  BROKERS: { text: 'Brokers only', tone: 'warn' },
} as const;

export const MEMBER_STATUS_TONE = { INVITED: 'info', ACTIVE: 'good', SUSPENDED: 'warn', LEFT: 'neutral' } as const;

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

export const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** "All year" or "Mar–Jun, Oct" from month numbers 1–12. */
export function formatMonths(months: number[]): string {
  if (months.length === 0 || months.length === 12) return 'All year';
  const sorted = [...months].sort((a, b) => a - b);
  const runs: string[] = [];
  let start = sorted[0]!;
  let prev = start;
  for (const m of [...sorted.slice(1), Number.NaN]) {
    if (m === prev + 1) {
      prev = m;
      continue;
    }
    runs.push(start === prev ? MONTH_SHORT[start - 1]! : `${MONTH_SHORT[start - 1]}–${MONTH_SHORT[prev - 1]}`);
    start = m;
    prev = m;
  }
  return runs.join(', ');
}

export function formatNumber(x: number): string {
  return numberFormat.format(x);
}

/** "31.6300° N, 8.0100° W" */
export function formatLatLon(lat: number, lon: number): string {
  const la = `${Math.abs(lat).toFixed(4)}° ${lat >= 0 ? 'N' : 'S'}`;
  const lo = `${Math.abs(lon).toFixed(4)}° ${lon >= 0 ? 'E' : 'W'}`;
  return `${la}, ${lo}`;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
export function formatLanguage(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}
