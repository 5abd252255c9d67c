import {
  COUNTRY_CODES,
  countryCodeProblem,
  countryName,
  countryOptions,
  isCountryCode,
  negotiateLocale,
} from '../src/index.js';

describe('countries', () => {
  it('lists the 249 current ISO 3166-1 codes, none withdrawn, no user-assigned XK', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    for (const withdrawn of ['FX', 'DD', 'CS', 'YU', 'SU', 'ZR', 'TP', 'AN', 'UK', 'XK', 'EU', 'ZZ']) {
      expect(isCountryCode(withdrawn)).toBe(false);
    }
    expect(['MA', 'TN', 'PE', 'UY', 'FR', 'RS', 'SS'].every(isCountryCode)).toBe(true);
  });

  it('names countries in the reader’s language', () => {
    expect(countryName('MA', 'fr')).toBe('Maroc');
    expect(countryName('PE', 'es')).toBe('Perú');
    expect(countryName('TN', 'ar')).toBe('تونس');
    expect(countryName('UY')).toBe('Uruguay');
  });

  it('offers one option per country, sorted in the reader’s language', () => {
    const french = countryOptions('fr');
    expect(french).toHaveLength(249);
    expect(french.filter((option) => option.name === 'France')).toHaveLength(1);
    const names = french.map((option) => option.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('fr').compare));
  });

  it('says what replaced a withdrawn code', () => {
    expect(countryCodeProblem('fx')).toBe('FX is no longer an ISO 3166 country code: use FR');
    expect(countryCodeProblem('QQ')).toMatch(/two-letter country code/);
  });
});

describe('negotiateLocale', () => {
  it('picks the best supported language by quality, ignoring regions', () => {
    expect(negotiateLocale('es-PE,es;q=0.9,en;q=0.8')).toBe('es');
    expect(negotiateLocale('de-DE,de;q=0.9,ar;q=0.5,fr;q=0.7')).toBe('fr');
    expect(negotiateLocale('de')).toBe('en');
    expect(negotiateLocale(undefined)).toBe('en');
  });
});
