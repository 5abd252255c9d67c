import fc from 'fast-check';
import { IncompatibleUnitsError, UNITS, convertQuantity, convertPeriod, convertRate } from '../src/index.js';

describe('unit conversion', () => {
  it('converts tonnes to kilograms and back', () => {
    expect(convertQuantity(2.5, 't', 'kg')).toBe(2500);
    expect(convertQuantity(2500, 'kg', 't')).toBe(2.5);
  });

  it('converts pounds, grams, millilitres and dozens', () => {
    expect(convertQuantity(1, 'lb', 'g')).toBeCloseTo(453.59237, 6);
    expect(convertQuantity(1500, 'ml', 'l')).toBe(1.5);
    expect(convertQuantity(3, 'dozens', 'pieces')).toBe(36);
  });

  it('refuses to mix mass and volume, naming both units', () => {
    expect(() => convertQuantity(1, 'kg', 'l')).toThrow(IncompatibleUnitsError);
    expect(() => convertQuantity(1, 'pieces', 't')).toThrow(/pieces.*tonnes|tonnes.*pieces/);
  });

  it('round-trips any compatible pair', () => {
    fc.assert(
      fc.property(fc.constantFrom(...UNITS), fc.constantFrom(...UNITS), fc.double({ min: 0.001, max: 1e9, noNaN: true }), (a, b, q) => {
        let there: number;
        try {
          there = convertQuantity(q, a, b);
        } catch (e) {
          return e instanceof IncompatibleUnitsError;
        }
        return Math.abs(convertQuantity(there, b, a) - q) <= q * 1e-9;
      }),
    );
  });
});

describe('period conversion', () => {
  it('expresses weekly capacity per month with 52 weeks a year', () => {
    expect(convertPeriod(12, 'WEEK', 'MONTH')).toBeCloseTo(52, 10);
    expect(convertPeriod(120, 'YEAR', 'MONTH')).toBe(10);
  });

  it('converts unit and period together', () => {
    expect(convertRate({ quantity: 24, unit: 't', period: 'YEAR' }, 'kg', 'MONTH')).toBe(2000);
  });
});
