import { IntlMessageFormat } from 'intl-messageformat';
import { STANDARDS_REGISTRY } from '../compliance/standards-registry.js';
import { type Locale } from '../i18n/locale.js';
import {
  type DomainMessage,
  MESSAGE_CATALOGUE,
  type MessageCode,
  type MoneyParam,
  type ParamKind,
  type ParamValues,
  type ShareParam,
} from './catalogue.js';
import { PERIOD_NAMES, UNIT_NAMES } from './names.js';
import { MESSAGE_TEMPLATES } from './templates/index.js';

/**
 * Names the domain does not own, looked up in the reader's language when given: product names (HS
 * nomenclature) and standards' names. Without them a product shows as "HS 090111" and a standard as
 * its code, as buyers write them; a scheme (a route to a standard) by its registry name.
 */
export interface MessageNames {
  product?: (code: string, locale: Locale) => string | undefined;
  standard?: (code: string, locale: Locale) => string | undefined;
}

/**
 * Money reads as the buyer writes it: "USD 6,000.00" with a plain space, so a text copied into an
 * e-mail or a spreadsheet does not carry Intl's no-break space.
 */
const NO_BREAK_SPACE = /\u00a0/g;

/** Stored calendar dates are days, not instants: formatted in UTC they never shift by a time zone. */
const FORMATS = {
  date: {
    medium: { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' },
    long: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
  },
} as const;

const SCHEME_NAMES = new Map(STANDARDS_REGISTRY.map((s) => [s.code, s.name]));

/** Compiling a template costs far more than formatting with it: each is compiled once per language. */
const compiled = new Map<string, IntlMessageFormat>();

function formatterFor(locale: Locale, code: MessageCode): IntlMessageFormat {
  const key = `${locale}\u0000${code}`;
  let format = compiled.get(key);
  if (!format) {
    format = new IntlMessageFormat(MESSAGE_TEMPLATES[locale][code], locale, FORMATS);
    compiled.set(key, format);
  }
  return format;
}

const listFormats = new Map<string, Intl.ListFormat>();
function list(items: readonly string[], locale: Locale, type: Intl.ListFormatType): string {
  const key = `${locale}:${type}`;
  let format = listFormats.get(key);
  if (!format) {
    format = new Intl.ListFormat(locale, { type, style: 'long' });
    listFormats.set(key, format);
  }
  return format.format(items);
}

function money({ amount, currency }: MoneyParam, locale: Locale): string {
  return currency && /^[A-Z]{3}$/.test(currency)
    ? new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        currencyDisplay: 'code',
        maximumFractionDigits: 2,
      })
        .format(amount)
        .replace(NO_BREAK_SPACE, ' ')
    : new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(amount);
}

/** The value a template receives for a parameter of a kind: numbers and dates stay values for ICU to format. */
function argument(kind: ParamKind, value: unknown, locale: Locale, names: MessageNames): unknown {
  switch (kind) {
    case 'number':
      return value;
    case 'date':
      return new Date(`${value as string}T00:00:00Z`);
    case 'text':
      return value;
    case 'country':
      return new Intl.DisplayNames(locale, { type: 'region', fallback: 'code' }).of(value as string) ?? value;
    case 'standard':
      return names.standard?.(value as string, locale) ?? value;
    case 'scheme':
      return names.standard?.(value as string, locale) ?? SCHEME_NAMES.get(value as string) ?? value;
    case 'product': {
      const name = names.product?.(value as string, locale);
      return name ? `HS ${value as string} (${name})` : `HS ${value as string}`;
    }
    case 'unit':
      return UNIT_NAMES[locale][value as ParamValues['unit']];
    case 'period':
      return PERIOD_NAMES[locale][value as ParamValues['period']];
    case 'money':
      return money(value as MoneyParam, locale);
    case 'shares': {
      const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
      return list(
        (value as readonly ShareParam[]).map((s) => `${s.name} ${number.format(s.quantity)}`),
        locale,
        'unit',
      );
    }
    case 'names':
      return list(value as readonly string[], locale, 'conjunction');
    case 'message':
      return renderMessage(value as DomainMessage, locale, names);
    case 'messages':
      return (value as readonly DomainMessage[])
        .map((m) => renderMessage(m, locale, names))
        .join(PHRASE_SEPARATOR[locale]);
  }
}

/** How listed phrases (the reasons a supplier is not eligible) are separated. */
const PHRASE_SEPARATOR: Readonly<Record<Locale, string>> = { en: '; ', fr: ' ; ', es: '; ', ar: '؛ ' };

/**
 * A message in the reader's language. A code this build does not know (a row written by a newer
 * release) or a parameter gone missing renders what it can rather than failing the whole page.
 */
export function renderMessage(m: DomainMessage, locale: Locale, names: MessageNames = {}): string {
  const declared: Readonly<Record<string, ParamKind>> | undefined = MESSAGE_CATALOGUE[m.code];
  if (!declared) return m.code;
  const params = m.params as Readonly<Record<string, unknown>>;
  const values: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(declared)) {
    values[name] = params[name] === undefined ? '' : argument(kind, params[name], locale, names);
  }
  return String(formatterFor(locale, m.code).format(values));
}

/** Messages that are sentences of one text (an explanation), rendered and joined. */
export function renderSentences(
  messages: readonly DomainMessage[],
  locale: Locale,
  names: MessageNames = {},
): string {
  return messages.map((m) => renderMessage(m, locale, names)).join(' ');
}
