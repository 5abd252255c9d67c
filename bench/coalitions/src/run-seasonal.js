// Seasonal (12-month) coalition benchmark: the domain's branch-and-bound over memberships against
// exact MILP solves of the very model prepareSeasonalModel builds — HiGHS (WASM, in process) and,
// when Debian's coinor-cbc is installed, native CBC on one thread — on the same seeded instances, in
// one run. Run: pnpm --filter @linkage/bench-coalitions bench:seasonal
import { spawnSync } from 'node:child_process';
import console from 'node:console';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import loadHighs from 'highs';
import { prepareSeasonalModel, proposeSeasonalCoalitions } from '@linkage/domain';
import { makeSeasonalInstance } from './seasonal-instances.js';
import { toSeasonalLp } from './seasonal-lp-model.js';

const PROFILES = ['SEASONAL', 'SEASONAL_TIGHT', 'SEASONAL_SHORT'];
const SIZES = (process.env.SIZES ?? '50,200,1000').split(',').map(Number);
const SEEDS = [1, 2, 3];
/** The targets: proven optimal up to 200 candidates in < 1 s; within 0.5 % at 1,000 in < 2 s. */
const budgetFor = (size) => (size <= 200 ? 1000 : 2000);
const EXACT_LIMIT_S = 60;

const highs = await loadHighs();
const cbcPath = ['/usr/bin/cbc', '/usr/local/bin/cbc'].find(
  (p) => spawnSync(p, ['-quit'], { stdio: 'ignore' }).status === 0,
);
const work = mkdtempSync(path.join(os.tmpdir(), 'seasonal-bench-'));
const timed = (fn) => {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Native CBC on one thread: its objective and wall time (process start included, as a caller would pay). */
function solveWithCbc(lp, name) {
  const file = path.join(work, `${name}.lp`);
  const solution = path.join(work, `${name}.sol`);
  writeFileSync(file, lp);
  const run = timed(() =>
    spawnSync(
      cbcPath,
      [
        file,
        '-threads',
        '1',
        '-sec',
        String(EXACT_LIMIT_S),
        '-ratioGap',
        '1e-9',
        '-allowableGap',
        '1e-6',
        '-solve',
        '-solution',
        solution,
      ],
      {
        encoding: 'utf8',
        // CBC checks its limit only now and then: stop it if it overruns by much.
        timeout: (EXACT_LIMIT_S + 30) * 1000,
      },
    ),
  );
  let first = '';
  try {
    first = readFileSync(solution, 'utf8').split('\n')[0] ?? '';
  } catch {
    first = 'Killed at the time limit';
  }
  const objective = Number(/objective value\s+(-?[\d.e+-]+)/i.exec(first)?.[1]);
  return { status: first.startsWith('Optimal') ? 'Optimal' : first.split(' ')[0], objective, ms: run.ms };
}

// Warm the JIT so the first row does not pay for compilation.
for (const profile of PROFILES) {
  const warm = makeSeasonalInstance(200, 99, profile);
  proposeSeasonalCoalitions(warm.need, warm.candidates, {
    ...warm.options,
    alternatives: 0,
    timeBudgetMs: 500,
  });
}

console.log(
  `Node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), 12 monthly periods`,
);
console.log(
  cbcPath
    ? `native CBC: ${cbcPath}, one thread`
    : 'native CBC: not installed (Debian: apt-get install coinor-cbc); HiGHS only',
);
console.log('');
const header = [
  'profile',
  'candidates',
  'seed',
  'eligible',
  'members',
  'partial',
  'B&B ms',
  'budget',
  'proven',
  'bound gap',
  'B&B vs HiGHS',
  'HiGHS ms',
  'HiGHS/B&B time',
  'B&B vs CBC',
  'CBC ms',
  'CBC/B&B time',
];
const rows = [];
for (const profile of PROFILES)
  for (const size of SIZES)
    for (const seed of SEEDS) {
      const { need, candidates, options } = makeSeasonalInstance(size, seed, profile);
      const budget = budgetFor(size);
      const model = prepareSeasonalModel(need, candidates, options);
      const runs = [0, 1, 2].map(() =>
        timed(() =>
          proposeSeasonalCoalitions(need, candidates, { ...options, alternatives: 0, timeBudgetMs: budget }),
        ),
      );
      const ours = runs[0].value.best;
      const oursMs = median(runs.map((r) => r.ms));
      const schedule = ours.objective * 12; // the proposal states cost per month; the MILP the schedule's
      const lp = toSeasonalLp(model);
      const exact = timed(() =>
        highs.solve(lp, {
          mip_rel_gap: 1e-9,
          mip_abs_gap: 1e-6,
          time_limit: EXACT_LIMIT_S,
          output_flag: false,
        }),
      );
      const optimum = exact.value.Status === 'Optimal' ? exact.value.ObjectiveValue : NaN;
      const cbc = cbcPath ? solveWithCbc(lp, `${profile}-${size}-${seed}`) : undefined;
      const vs = (reference) =>
        Number.isNaN(reference) ? 'n/a' : `${(((schedule - reference) / reference) * 100).toFixed(4)}%`;
      rows.push([
        profile,
        size,
        seed,
        model.supplierIds.length,
        ours.allocations.length,
        ours.schedule.partial ? 'yes' : 'no',
        oursMs.toFixed(1),
        budget,
        ours.provenOptimal ? 'yes' : 'no',
        `${(ours.relativeGap * 100).toFixed(3)}%`,
        vs(optimum),
        exact.ms.toFixed(0) + (exact.value.Status === 'Optimal' ? '' : ` (${exact.value.Status})`),
        `${(exact.ms / oursMs).toFixed(1)}×`,
        cbc ? vs(cbc.status === 'Optimal' ? cbc.objective : NaN) : 'absent',
        cbc ? cbc.ms.toFixed(0) + (cbc.status === 'Optimal' ? '' : ` (${cbc.status})`) : 'absent',
        cbc ? `${(cbc.ms / oursMs).toFixed(1)}×` : 'absent',
      ]);
      console.error(`${profile} ${size} ${seed} done`);
    }
rmSync(work, { recursive: true, force: true });

const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => String(r[c]).length)));
const line = (cells) => `| ${cells.map((x, c) => String(x).padStart(widths[c])).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
