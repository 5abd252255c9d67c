import { type CoalitionModel } from './coalition-model.js';

/**
 * Effective unit cost: landed unit cost plus the coordination cost spread over full capacity. It is
 * each supplier's cost per unit in the LP relaxation (y = x / capacity), so filling demand in this
 * order gives the relaxation's optimum, the bound branch-and-bound prunes with.
 */
export function effectiveUnitCost(model: CoalitionModel, i: number): number {
  return model.unitCost[i]! + model.fixedCost / model.capacity[i]!;
}

/** Supplier indices by effective unit cost; equal costs put the higher score, then the lower id, first. */
export function effectiveOrder(
  model: CoalitionModel,
  allowed: (i: number) => boolean = () => true,
): number[] {
  const order: number[] = [];
  for (let i = 0; i < model.supplierIds.length; i++) if (allowed(i)) order.push(i);
  const e = Float64Array.from(model.unitCost, (_, i) => effectiveUnitCost(model, i));
  return order.sort(
    (a, b) =>
      e[a]! - e[b]! ||
      model.score[b]! - model.score[a]! ||
      (model.supplierIds[a]! < model.supplierIds[b]!
        ? -1
        : model.supplierIds[a]! > model.supplierIds[b]!
          ? 1
          : 0),
  );
}
