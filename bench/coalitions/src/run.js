// Coalition optimiser benchmark (DESIGN §5): branch-and-bound vs HiGHS (exact MILP, WASM) vs greedy,
// on the same seeded instances and the same model, in one process. Run: pnpm --filter @linkage/bench-coalitions bench
import console from 'node:console';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import loadHighs from 'highs';
import { greedyCoalition, prepareCoalitionModel, proposeCoalitions } from '@linkage/domain';
import { makeInstance } from './instances.js';
import { toLp } from './lp-model.js';

const PROFILES = ['AGGREGATION', 'TIGHT'];
const SIZES = [50, 200, 1000, 5000];
const SEEDS = [1, 2, 3];
const BUDGET_MS = 900;

const highs = await loadHighs();
const timed = (fn) => {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Warm the JIT on a throw-away instance so the first row does not pay for compilation.
{
  const warm = makeInstance(1000, 99);
  for (let k = 0; k < 3; k++)
    proposeCoalitions(warm.need, warm.candidates, { ...warm.options, alternatives: 0 });
  const tight = makeInstance(1000, 99, 'TIGHT');
  for (let k = 0; k < 3; k++)
    proposeCoalitions(tight.need, tight.candidates, { ...tight.options, alternatives: 0 });
}

console.log(
  `Node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), budget ${BUDGET_MS} ms\n`,
);
const header = [
  'profile',
  'candidates',
  'seed',
  'eligible',
  'members',
  'B&B ms',
  'proven',
  'B&B bound gap',
  'B&B vs HiGHS',
  'HiGHS ms',
  'greedy ms',
  'greedy vs HiGHS',
  'HiGHS/B&B time',
  'B&B+2 alt ms',
];
const rows = [];
for (const profile of PROFILES) {
  for (const size of SIZES) {
    for (const seed of SEEDS) {
      const { need, candidates, options } = makeInstance(size, seed, profile);
      const model = prepareCoalitionModel(need, candidates, options);
      const runs = [0, 1, 2].map(() =>
        timed(() =>
          proposeCoalitions(need, candidates, { ...options, alternatives: 0, timeBudgetMs: BUDGET_MS }),
        ),
      );
      const ours = runs[0].value.best;
      const oursMs = median(runs.map((r) => r.ms));
      const withAlternatives = timed(() =>
        proposeCoalitions(need, candidates, { ...options, alternatives: 2, timeBudgetMs: BUDGET_MS }),
      );
      const greedyRuns = [0, 1, 2].map(() => timed(() => greedyCoalition(need, candidates, options)));
      const greedy = { value: greedyRuns[0].value, ms: median(greedyRuns.map((r) => r.ms)) };
      const lp = toLp(model);
      const exact = timed(() =>
        highs.solve(lp, { mip_rel_gap: 1e-9, mip_abs_gap: 1e-6, time_limit: 120, output_flag: false }),
      );
      const optimum = exact.value.Status === 'Optimal' ? exact.value.ObjectiveValue : NaN;
      const vs = (objective) =>
        Number.isNaN(optimum) ? 'n/a' : `${(((objective - optimum) / optimum) * 100).toFixed(4)}%`;
      rows.push([
        profile,
        size,
        seed,
        model.supplierIds.length,
        ours.allocations.length,
        oursMs.toFixed(1),
        ours.provenOptimal ? 'yes' : 'no',
        `${(ours.relativeGap * 100).toFixed(3)}%`,
        vs(ours.objective),
        exact.ms.toFixed(0) + (exact.value.Status === 'Optimal' ? '' : ` (${exact.value.Status})`),
        greedy.ms.toFixed(1),
        vs(greedy.value.objective),
        `${(exact.ms / oursMs).toFixed(1)}×`,
        withAlternatives.ms.toFixed(1),
      ]);
    }
  }
}

const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => String(r[c]).length)));
const line = (cells) => `| ${cells.map((x, c) => String(x).padStart(widths[c])).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
