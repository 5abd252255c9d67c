/**
 * The languages the product speaks. The order is the switcher's; the first is the fallback for
 * anyone whose browser asks for none of them.
 */
export const LOCALES = ['en', 'fr', 'es', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Locales written right to left: the portal sets `dir="rtl"` on `<html>` for these. */
const RIGHT_TO_LEFT: ReadonlySet<Locale> = new Set(['ar']);

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

export const textDirection = (locale: Locale): 'ltr' | 'rtl' => (RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr');

/**
 * The first of a request's `Accept-Language` ranges (by quality, RFC 9110 §12.5.4) whose primary
 * subtag we speak — `fr-CA` reads French, `es-419` Spanish — or undefined when it names none of
 * ours. Ranges of quality 0 are refusals; `*` names no language in particular.
 */
export function acceptedLocale(acceptLanguage: string | null | undefined): Locale | undefined {
  const ranges = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const q = parameters.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p)?.[1]).find(Boolean);
      return {
        language: tag.trim().toLowerCase().split('-')[0] ?? '',
        quality: q === undefined ? 1 : Number(q),
        index,
      };
    })
    .filter((r) => isLocale(r.language) && r.quality > 0)
    // Stable by position among equal qualities: the browser's own order breaks ties.
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranges[0]?.language as Locale | undefined;
}

/**
 * The portal's language for a person: the one they saved when they chose one, else their
 * browser's, else English.
 */
export const negotiateLocale = (
  acceptLanguage: string | null | undefined,
  preference?: string | null,
): Locale => (isLocale(preference) ? preference : (acceptedLocale(acceptLanguage) ?? DEFAULT_LOCALE));
