// The library's plain entry: its Node entry would also load the country names of 70 languages,
// which Intl.DisplayNames already has.
import isoCountries from 'i18n-iso-countries/index.js';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.js';

/**
 * The current ISO 3166-1 alpha-2 codes (249), from i18n-iso-countries, which follows the
 * standard's changes. XK (Kosovo) is left out: it is a user-assigned code, not part of ISO 3166-1.
 * Withdrawn codes (FX, DD, CS, YU, SU…) are not in the list.
 */
export const COUNTRY_CODES: readonly string[] = Object.keys(isoCountries.getAlpha2Codes())
  .filter((code) => code !== 'XK')
  .sort();

const CURRENT = new Set(COUNTRY_CODES);

/** Codes withdrawn from ISO 3166-1 that people and old systems still write, with what replaced them. */
const WITHDRAWN: Readonly<Record<string, string>> = {
  FX: 'FR',
  DD: 'DE',
  CS: 'RS or ME',
  YU: 'RS or ME',
  SU: 'RU',
  ZR: 'CD',
  TP: 'TL',
  BU: 'MM',
  AN: 'CW, SX or BQ',
  UK: 'GB',
};

/** True for a current ISO 3166-1 alpha-2 code (upper case). */
export function isCountryCode(code: string): boolean {
  return CURRENT.has(code);
}

/** What to say about a code that is not a current country: "FX is no longer used: use FR". */
export function countryCodeProblem(code: string): string {
  const replacement = WITHDRAWN[code.toUpperCase()];
  return replacement
    ? `${code.toUpperCase()} is no longer an ISO 3166 country code: use ${replacement}`
    : 'Use an ISO 3166 two-letter country code, such as MA or PE';
}

const displayNames = new Map<Locale, Intl.DisplayNames>();

/** A country's name in the reader's language ("Maroc", "Marruecos", "المغرب"); the code if unknown. */
export function countryName(code: string, locale: Locale = DEFAULT_LOCALE): string {
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    displayNames.set(locale, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

export interface CountryOption {
  code: string;
  name: string;
}

const options = new Map<Locale, readonly CountryOption[]>();

/** Every current country with its name in the reader's language, in that language's order. */
export function countryOptions(locale: Locale = DEFAULT_LOCALE): CountryOption[] {
  let sorted = options.get(locale);
  if (!sorted) {
    const collator = new Intl.Collator(locale);
    sorted = COUNTRY_CODES.map((code) => ({ code, name: countryName(code, locale) })).sort((a, b) =>
      collator.compare(a.name, b.name),
    );
    options.set(locale, sorted);
  }
  return [...sorted];
}
