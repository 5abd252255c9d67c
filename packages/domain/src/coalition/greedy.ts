import { type Allocation, allocate } from './allocate.js';
import { type CoalitionModel, coversDemand } from './coalition-model.js';
import { effectiveOrder } from './effective-order.js';

/**
 * The baseline a coordinator would apply by hand: take suppliers by effective unit cost until the
 * volume is covered, then add the cheapest holder of each ANY_SUPPLIER requirement still missing.
 */
export function greedySelection(
  model: CoalitionModel,
  allowed?: (i: number) => boolean,
): Allocation | undefined {
  const order = effectiveOrder(model, allowed);
  const chosen: number[] = [];
  let capacity = 0;
  let mask = 0;
  for (const i of order) {
    if (coversDemand(capacity, model.demand)) break;
    chosen.push(i);
    capacity += model.capacity[i]!;
    mask |= model.anyMask[i]!;
  }
  for (let bit = 0; model.requiredMask >> bit !== 0; bit++) {
    if (mask & (1 << bit)) continue;
    const holder = order.find((i) => model.anyMask[i]! & (1 << bit));
    if (holder === undefined) return undefined;
    chosen.push(holder);
    mask |= model.anyMask[holder]!;
  }
  return allocate(model, chosen);
}
