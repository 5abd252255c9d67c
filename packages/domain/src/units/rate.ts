import { type Period, convertPeriod } from './periods.js';
import { type Unit, convertQuantity } from './units.js';

/** A quantity of some unit per period: how capacity and recurring demand are expressed. */
export interface Rate {
  quantity: number;
  unit: Unit;
  period: Period;
}

/** Converts a rate to another unit and period; throws IncompatibleUnitsError across dimensions. */
export function convertRate(rate: Rate, unit: Unit, period: Period): number {
  return convertPeriod(convertQuantity(rate.quantity, rate.unit, unit), rate.period, period);
}
