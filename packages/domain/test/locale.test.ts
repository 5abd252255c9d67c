import { acceptedLocale, negotiateLocale, textDirection } from '../src/index.js';

describe('choosing the reader language', () => {
  it('takes the saved preference over the browser', () => {
    expect(negotiateLocale('fr-FR,fr;q=0.9', 'es')).toBe('es');
  });

  it('reads the browser language by quality, matching regional variants by their language', () => {
    expect(negotiateLocale('de-DE,de;q=0.9,es-419;q=0.8,fr;q=0.7')).toBe('es');
    expect(negotiateLocale('en;q=0.2, ar-MA;q=0.9')).toBe('ar');
    expect(negotiateLocale('fr-CA')).toBe('fr');
  });

  it('keeps the browser order among equal qualities and skips refused languages', () => {
    expect(negotiateLocale('es, fr')).toBe('es');
    expect(negotiateLocale('fr;q=0, es;q=0.5')).toBe('es');
  });

  it('falls back to English for a language we do not speak, a wildcard or no header', () => {
    expect(negotiateLocale('de-DE, ja;q=0.5')).toBe('en');
    expect(negotiateLocale('*')).toBe('en');
    expect(negotiateLocale(undefined, 'xx')).toBe('en');
    expect(acceptedLocale('de, *')).toBeUndefined();
  });

  it('lays Arabic out right to left', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('fr')).toBe('ltr');
  });
});
