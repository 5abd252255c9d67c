// The coalition model of @linkage/domain (prepareCoalitionModel) written in CPLEX LP format for HiGHS:
//   min Σ unitCost_i x_i + fixedCost y_i
//   s.t. Σ x_i ≥ demand;  x_i − capacity_i y_i ≤ 0;  x_i − minOrder_i y_i ≥ 0;
//        Σ_{i holds r} y_i ≥ 1 for each ANY_SUPPLIER requirement r;  y binary (x general if INTEGER).

const num = (x) => (Number.isInteger(x) ? String(x) : x.toPrecision(17));

/** Joins terms a few per line: LP readers are line oriented and long lines are harder to debug. */
function wrap(terms) {
  const lines = [];
  for (let i = 0; i < terms.length; i += 8) lines.push('   ' + terms.slice(i, i + 8).join(' '));
  return lines.join('\n');
}

export function toLp(model) {
  const n = model.supplierIds.length;
  const objective = [];
  for (let i = 0; i < n; i++)
    objective.push(`+ ${num(model.unitCost[i])} x${i}`, `+ ${num(model.fixedCost)} y${i}`);
  const rows = [];
  rows.push(
    ` demand: ${wrap(Array.from({ length: n }, (_, i) => `+ x${i}`)).trim()} >= ${num(model.demand)}`,
  );
  for (let i = 0; i < n; i++) {
    rows.push(` cap${i}: x${i} - ${num(model.capacity[i])} y${i} <= 0`);
    if (model.minOrder[i] > 0) rows.push(` min${i}: x${i} - ${num(model.minOrder[i])} y${i} >= 0`);
  }
  for (let bit = 0; model.requiredMask >> bit; bit++) {
    const holders = [];
    for (let i = 0; i < n; i++) if (model.anyMask[i] & (1 << bit)) holders.push(`+ y${i}`);
    rows.push(` any${bit}: ${wrap(holders).trim()} >= 1`);
  }
  const xs = Array.from({ length: n }, (_, i) => `x${i}`);
  const ys = Array.from({ length: n }, (_, i) => `y${i}`);
  return [
    'Minimize',
    ` obj: ${wrap(objective).trim()}`,
    'Subject To',
    ...rows,
    'Bounds',
    ...xs.map((x, i) => ` 0 <= ${x} <= ${num(model.capacity[i])}`),
    ...(model.quantityDomain === 'INTEGER' ? ['General', wrap(xs)] : []),
    'Binary',
    wrap(ys),
    'End',
    '',
  ].join('\n');
}
