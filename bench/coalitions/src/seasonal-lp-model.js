// The seasonal model of @linkage/domain (prepareSeasonalModel) as a MILP in CPLEX LP format, for HiGHS
// and CBC. Per supplier i a membership y_i; per month t it may ship in, s_i_t (ships) and x_i_t:
//   min Σ fixedCost·y_i + Σ unitCost_i·x_i_t
//   s.t. Σ_i x_i_t ≥ target_t;  low_i_t·s_i_t ≤ x_i_t ≤ cap_i_t·s_i_t;  s_i_t ≤ y_i;
//        Σ_{i holds r in t} s_i_t ≥ 1 for every ANY_SUPPLIER requirement r and month t with a target.

const num = (x) => (Number.isInteger(x) ? String(x) : x.toPrecision(17));

/** Terms a few per line: LP readers are line oriented. */
const wrap = (terms) =>
  terms
    .reduce(
      (lines, term, k) =>
        k % 8 ? ((lines[lines.length - 1] += ` ${term}`), lines) : [...lines, `   ${term}`],
      [],
    )
    .join('\n');

export function toSeasonalLp(model) {
  const n = model.supplierIds.length;
  const P = model.periods.length;
  const objective = [];
  const rows = [];
  const xs = [];
  const binaries = [];
  const shippers = Array.from({ length: P }, () => []);
  const used = new Set();
  for (let t = 0; t < P; t++) {
    if (model.target[t] <= 0) continue;
    for (let i = 0; i < n; i++) {
      const cap = model.cap[t * n + i];
      if (cap <= 0) continue;
      const x = `x${i}_${t}`;
      const s = `s${i}_${t}`;
      used.add(i);
      xs.push(x);
      binaries.push(s);
      objective.push(`+ ${num(model.unitCost[i])} ${x}`);
      rows.push(
        ` u${i}_${t}: ${x} - ${num(cap)} ${s} <= 0`,
        ` l${i}_${t}: ${x} - ${num(model.low[t * n + i])} ${s} >= 0`,
        ` m${i}_${t}: ${s} - y${i} <= 0`,
      );
      shippers[t].push({ i, x, s, mask: model.anyMask[t * n + i] });
    }
    rows.push(` d${t}: ${wrap(shippers[t].map((v) => `+ ${v.x}`)).trim()} >= ${num(model.target[t])}`);
    for (let bit = 0; model.requiredMask >> bit; bit++)
      rows.push(
        ` a${bit}_${t}: ${wrap(shippers[t].filter((v) => v.mask & (1 << bit)).map((v) => `+ ${v.s}`)).trim()} >= 1`,
      );
  }
  for (const i of used) {
    objective.push(`+ ${num(model.fixedCost)} y${i}`);
    binaries.push(`y${i}`);
  }
  return [
    'Minimize',
    ` obj: ${wrap(objective).trim()}`,
    'Subject To',
    ...rows,
    ...(model.quantityDomain === 'INTEGER' ? ['General', wrap(xs)] : []),
    'Binary',
    wrap(binaries),
    'End',
    '',
  ].join('\n');
}
