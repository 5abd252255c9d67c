import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locale.js';
import { CHAPTER_NAMES } from './chapter-names.js';
import { COMMON_PRODUCT_NAMES } from './common-product-names.js';
import { formatHsCode, normaliseHsCode } from './hs-code.js';
import { hsNomenclature } from './nomenclature.js';

const LOCALE_INDEX: Record<Locale, number> = Object.fromEntries(
  LOCALES.map((locale, index) => [locale, index]),
) as Record<Locale, number>;

/** The curated short names of a code in the four languages, if it has any. */
export function curatedNames(code: string): readonly [string, string, string, string] | undefined {
  return COMMON_PRODUCT_NAMES[code] ?? (code.length === 2 ? CHAPTER_NAMES[code] : undefined);
}

/** True for a code of the HS 2022 nomenclature ("0904.21" is read as 090421). */
export function isHsCode(code: string): boolean {
  return hsNomenclature().has(normaliseHsCode(code));
}

/** The nomenclature's legal English description, or undefined for a code it does not have. */
export function productDescription(code: string): string | undefined {
  return hsNomenclature().get(normaliseHsCode(code))?.description;
}

/**
 * A product's name for people, in the reader's language: the curated short name ("Quinoa",
 * "Huile d'argan") where there is one, in English when the language has none; otherwise the
 * nomenclature's English description. A code the nomenclature does not have is returned as written,
 * so a list never shows an empty name.
 */
export function productName(code: string, locale: Locale = DEFAULT_LOCALE): string {
  const normalised = normaliseHsCode(code);
  const curated = curatedNames(normalised);
  if (curated) return curated[LOCALE_INDEX[locale]] || curated[0];
  return hsNomenclature().get(normalised)?.description ?? code;
}

/** "Quinoa (HS 1008.50)": the name with its code as a hint, as every list shows a product. */
export function productLabel(code: string, locale: Locale = DEFAULT_LOCALE): string {
  return `${productName(code, locale)} (HS ${formatHsCode(normaliseHsCode(code))})`;
}
