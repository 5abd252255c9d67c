import { IntlMessageFormat } from 'intl-messageformat';
import {
  LOCALES,
  MESSAGE_CATALOGUE,
  MESSAGE_TEMPLATES,
  type DomainMessage,
  type MessageCode,
  type ParamKind,
  message,
  renderMessage,
  renderSentences,
} from '../src/index.js';

const CODES = Object.keys(MESSAGE_CATALOGUE) as MessageCode[];

/** Every argument a template reads, plural and select branches included. */
function argumentsOf(template: string): Set<string> {
  const names = new Set<string>();
  const walk = (elements: ReturnType<IntlMessageFormat['getAst']>) => {
    for (const element of elements) {
      if (
        'value' in element &&
        typeof element.value === 'string' &&
        element.type !== 0 &&
        (element.type as number) !== 7
      )
        names.add(element.value);
      if ('options' in element)
        for (const option of Object.values(element.options))
          walk((option as { value: typeof elements }).value);
      if ('children' in element) walk(element.children as typeof elements);
    }
  };
  walk(new IntlMessageFormat(template, 'en').getAst());
  return names;
}

const SAMPLES: Record<ParamKind, unknown> = {
  number: 3,
  date: '2027-03-01',
  text: 'Vitargan',
  country: 'MA',
  standard: 'ORGANIC_EU',
  scheme: 'ORGANIC_EU',
  product: '151590',
  unit: 't',
  period: 'MONTH',
  money: { amount: 1234.5, currency: 'EUR' },
  shares: [
    { name: 'Vitargan', quantity: 2 },
    { name: 'Muyu', quantity: 1.5 },
  ],
  names: ['Vitargan', 'Muyu'],
  message: { code: 'coalition.fallback.zero', params: {} },
  messages: [{ code: 'blocker.noCapacity', params: {} }],
};

const sample = (code: MessageCode): DomainMessage =>
  ({
    code,
    params: Object.fromEntries(
      Object.entries(MESSAGE_CATALOGUE[code]).map(([name, kind]) => [name, SAMPLES[kind as ParamKind]]),
    ),
  }) as DomainMessage;

describe('domain message templates', () => {
  it.each(LOCALES)(
    'has a template in %s for every code, reading exactly the parameters the code declares',
    (locale) => {
      for (const code of CODES) {
        const template = MESSAGE_TEMPLATES[locale][code];
        expect({ code, template: typeof template }).toEqual({ code, template: 'string' });
        expect({ code, params: [...argumentsOf(template)].sort() }).toEqual({
          code,
          params: Object.keys(MESSAGE_CATALOGUE[code]).sort(),
        });
      }
    },
  );

  it.each(LOCALES)('renders every code in %s with sample parameters, leaving no placeholder', (locale) => {
    for (const code of CODES) {
      const text = renderMessage(sample(code), locale);
      expect({ code, text }).toEqual({ code, text: expect.not.stringMatching(/[{}]|undefined|NaN/) });
      expect(text.trim().length).toBeGreaterThan(code === 'stored.text' ? 0 : 3);
    }
  });

  it('renders the same gap in each reader’s language, with numbers, dates and plurals of that language', () => {
    const gap = message('action.renewOrPartner', {
      held: 'ORGANIC_EU',
      lapses: '2027-03-01',
      months: 4,
      standard: 'ORGANIC_EU',
    });
    expect(renderMessage(gap, 'en')).toBe(
      'Renew the ORGANIC_EU certificate before Mar 1, 2027 (about 4 months), or supply in a coalition with another supplier that holds ORGANIC_EU',
    );
    expect(renderMessage(gap, 'fr')).toMatch(
      /^Renouveler le certificat ORGANIC_EU avant le 1 mars 2027 \(environ 4 mois\)/,
    );
    expect(renderMessage(gap, 'es')).toMatch(
      /^Renovar el certificado ORGANIC_EU antes del 1 mar 2027 \(unos 4 meses\)/,
    );
    expect(renderMessage(gap, 'ar')).toContain('جدّد شهادة ORGANIC_EU');
    expect(renderMessage({ ...gap, params: { ...gap.params, months: 1 } }, 'es')).toContain('(unos 1 mes)');
  });

  it('formats quantities per locale and names countries, units and periods in the reader’s language', () => {
    const short = message('gap.capacity', {
      short: 1250.5,
      offered: 2749.5,
      quantity: 4000,
      unit: 'pieces',
      period: 'MONTH',
    });
    expect(renderMessage(short, 'en')).toBe(
      '1,250.5 pieces/month short: offers 2,749.5 of the 4,000 pieces/month needed',
    );
    expect(renderMessage(short, 'fr')).toContain('1\u202f250,5 pièces/mois');
    expect(renderMessage(short, 'es')).toContain('1250,5 piezas/mes');
    expect(renderMessage(message('blocker.country', { country: 'PE' }), 'fr')).toBe(
      'établi hors des pays acceptés par le donneur d’ordres (Pérou)',
    );
    expect(renderMessage(message('blocker.country', { country: 'PE' }), 'es')).toContain('Perú');
  });

  it('renders nested messages and lists the reasons a supplier is not eligible in the reader’s language', () => {
    const verdict = message('match.verdict.excluded', {
      reasons: [
        message('blocker.noCapacity', {}),
        message('blocker.notHeldRequiredNow', { standard: 'HACCP' }),
      ],
    });
    expect(renderSentences([verdict, message('match.trackRecord.none', {})], 'en')).toBe(
      'Not eligible: offers no committed capacity of this product; does not hold HACCP, which the buyer requires now. No recorded deliveries yet.',
    );
    expect(renderMessage(verdict, 'ar')).toContain('؛ ');
  });

  it('renders stored English texts from before message codes as they were, in every language', () => {
    const stored = message('stored.text', { text: 'Covers the full 4 t/month.' });
    for (const locale of LOCALES) expect(renderMessage(stored, locale)).toBe('Covers the full 4 t/month.');
  });

  it('names products and standards through the names it is given', () => {
    const names = {
      product: (code: string) => (code === '100850' ? 'quinoa' : undefined),
      standard: () => 'EU organic',
    };
    expect(renderMessage(message('match.product.same', { product: '100850' }), 'en', names)).toBe(
      'Same product (HS 100850 (quinoa)).',
    );
    expect(renderMessage(message('gap.notHeld', { standard: 'ORGANIC_EU' }), 'en', names)).toBe(
      'EU organic: not held yet',
    );
  });
});
