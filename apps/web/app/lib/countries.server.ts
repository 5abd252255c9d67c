import { countryName, isCountryCode } from '@linkage/domain';

/** Region codes ICU names that are not places an organisation is in. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'ZZ', 'QO', 'XA', 'XB']);

export interface CountryOption {
  code: string;
  name: string;
}

let cached: CountryOption[] | undefined;

/** ISO 3166 alpha-2 codes the API accepts, with English names, sorted by name. */
export function countryOptions(): CountryOption[] {
  if (cached) return cached;
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const options: CountryOption[] = [];
  for (const a of letters) {
    for (const b of letters) {
      const code = a + b;
      if (!NOT_COUNTRIES.has(code) && isCountryCode(code)) options.push({ code, name: countryName(code) });
    }
  }
  cached = options.sort((x, y) => x.name.localeCompare(y.name, 'en'));
  return cached;
}
