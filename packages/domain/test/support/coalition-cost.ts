/** A supplier as the brute-force checks see it: bounds in the need's unit per period, landed cost per unit. */
export interface CostedSupplier {
  cap: number;
  min: number;
  landed: number;
}

/**
 * What a fixed set of suppliers costs under the rules (DESIGN §2), written independently of the
 * optimiser: each pays coordination and ships its minimum order, the rest of the demand goes to the
 * lowest landed costs first. The caller checks that the set can cover the demand at all.
 */
export function coalitionCost(
  members: readonly CostedSupplier[],
  demand: number,
  coordination: number,
): number {
  const cheapestFirst = [...members].sort((a, b) => a.landed - b.landed);
  let cost = 0;
  let rest = demand;
  for (const m of cheapestFirst) {
    cost += coordination + m.landed * m.min;
    rest -= m.min;
  }
  for (const m of cheapestFirst) {
    const extra = Math.max(0, Math.min(rest, m.cap - m.min));
    cost += m.landed * extra;
    rest -= extra;
  }
  return cost;
}
