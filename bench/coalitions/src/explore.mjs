import { performance } from 'node:perf_hooks';
import { prepareCoalitionModel, proposeCoalitions } from '@linkage/domain';
import { makeInstance } from './instances.js';
import { toLp } from './lp-model.js';
import { solveWithCbc } from './cbc.js';
const fams = (process.env.FAMS ?? 'ANY3,ALL_OR_NOTHING,WHOLE_PIECES').split(',');
const sizes = (process.env.SIZES ?? '60,200,1000').split(',').map(Number);
const seeds = (process.env.SEEDS ?? '1,2,3').split(',').map(Number);
const w = makeInstance(1000, 99, 'AGGREGATION');
for (let k = 0; k < 3; k++) proposeCoalitions(w.need, w.candidates, { ...w.options, alternatives: 0 });
for (const f of fams) for (const n of sizes) for (const s of seeds) {
  const { need, candidates, options } = makeInstance(n, s, f);
  const model = prepareCoalitionModel(need, candidates, options);
  const t = performance.now();
  const r = proposeCoalitions(need, candidates, { ...options, alternatives: 0, timeBudgetMs: +(process.env.BUDGET ?? 900) });
  const ms = performance.now() - t;
  const c = process.env.NOCBC ? { objective: NaN, ms: NaN } : solveWithCbc(toLp(model));
  const b = r.best;
  console.log(f, n, s, 'elig', model.supplierIds.length, 'mem', b?.allocations.length, 'ms', ms.toFixed(1), 'proven', b?.provenOptimal, 'gap', (b?.relativeGap*100).toFixed(3), 'vsCBC', (((b?.objective - c.objective) / c.objective) * 100).toFixed(4), 'cbcms', c.ms, c.status);
}
