/**
 * Units of measure and their conversions. Each unit belongs to one dimension and converts to that
 * dimension's base unit by a factor; converting across dimensions is an error, never a guess.
 */
export const UNIT_DEFINITIONS = {
  kg: { dimension: 'mass', toBase: 1, label: 'kilograms' },
  g: { dimension: 'mass', toBase: 0.001, label: 'grams' },
  t: { dimension: 'mass', toBase: 1000, label: 'tonnes' },
  lb: { dimension: 'mass', toBase: 0.45359237, label: 'pounds' },
  l: { dimension: 'volume', toBase: 1, label: 'litres' },
  ml: { dimension: 'volume', toBase: 0.001, label: 'millilitres' },
  m3: { dimension: 'volume', toBase: 1000, label: 'cubic metres' },
  pieces: { dimension: 'count', toBase: 1, label: 'pieces' },
  dozens: { dimension: 'count', toBase: 12, label: 'dozens' },
  m: { dimension: 'length', toBase: 1, label: 'metres' },
  m2: { dimension: 'area', toBase: 1, label: 'square metres' },
  hours: { dimension: 'time', toBase: 1, label: 'hours' },
} as const;

export type Unit = keyof typeof UNIT_DEFINITIONS;
export type Dimension = (typeof UNIT_DEFINITIONS)[Unit]['dimension'];
export const UNITS = Object.keys(UNIT_DEFINITIONS) as [Unit, ...Unit[]];

export class IncompatibleUnitsError extends Error {
  constructor(
    readonly from: Unit,
    readonly to: Unit,
  ) {
    super(
      `Cannot convert ${UNIT_DEFINITIONS[from].label} (${from}) to ${UNIT_DEFINITIONS[to].label} (${to}): ` +
        `one measures ${UNIT_DEFINITIONS[from].dimension}, the other ${UNIT_DEFINITIONS[to].dimension}`,
    );
    this.name = 'IncompatibleUnitsError';
  }
}

export function isUnit(value: string): value is Unit {
  return Object.hasOwn(UNIT_DEFINITIONS, value);
}

export function areCompatible(a: Unit, b: Unit): boolean {
  return UNIT_DEFINITIONS[a].dimension === UNIT_DEFINITIONS[b].dimension;
}

/** Converts a quantity between units of one dimension; throws IncompatibleUnitsError otherwise. */
export function convertQuantity(quantity: number, from: Unit, to: Unit): number {
  if (from === to) return quantity;
  if (!areCompatible(from, to)) throw new IncompatibleUnitsError(from, to);
  return (quantity * UNIT_DEFINITIONS[from].toBase) / UNIT_DEFINITIONS[to].toBase;
}

const SINGULAR: Readonly<Record<string, string>> = { pieces: 'piece', dozens: 'dozen', hours: 'hour' };

/** The unit as a price is quoted per one of it ("EUR 2.80 per piece"); symbols such as t or kg stay as they are. */
export function singularUnit(unit: Unit | string): string {
  return SINGULAR[unit] ?? unit;
}
