// Coalition optimiser benchmark (DESIGN §5, issue 16): branch-and-bound vs two exact MILP solves of
// the same model — HiGHS (WASM, in process) and native CBC (Debian's coinor-cbc, when installed) —
// and the greedy baseline, on the same seeded instances, in one run. Ends with the targets as
// pass/fail. Run: pnpm --filter @linkage/bench-coalitions bench
// (BENCH_PROFILES=ANY3,TIGHT and BENCH_SIZES=60,200 narrow it.)
import console from 'node:console';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import loadHighs from 'highs';
import { greedyCoalition, prepareCoalitionModel, proposeCoalitions } from '@linkage/domain';
import { cbcAvailable, cbcStartupMs, solveWithCbc } from './cbc.js';
import { PROFILES, makeInstance } from './instances.js';
import { toLp } from './lp-model.js';

const HARD = new Set(['ANY3', 'ALL_OR_NOTHING', 'WHOLE_PIECES']);
const list = (name, fallback) => process.env[name]?.split(',').filter(Boolean) ?? fallback;
const profiles = list('BENCH_PROFILES', PROFILES);
const onlySizes = list('BENCH_SIZES', undefined)?.map(Number);
// The original profiles keep their sizes; the hard families use held-out style sizes.
const sizesOf = (profile) => onlySizes ?? (HARD.has(profile) ? [60, 200, 1000, 5000] : [50, 200, 1000, 5000]);
const SEEDS = [1, 2, 3];
const BUDGET_MS = 900;
const EXACT_LIMIT_S = 120;

const highs = await loadHighs();
const withCbc = cbcAvailable();
const cbcStartup = withCbc ? cbcStartupMs() : NaN;
/** Wall-clock and CPU time of a call: on a shared machine the CPU time shows what the load hid. */
const timed = (fn) => {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = fn();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (used.user + used.system) / 1000 };
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percent = (x) => `${(x * 100).toFixed(4)}%`;
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ');

// Warm the JIT on throw-away instances so the first rows do not pay for compilation.
for (const profile of profiles) {
  const warm = makeInstance(1000, 99, profile);
  for (let k = 0; k < 3; k++)
    proposeCoalitions(warm.need, warm.candidates, { ...warm.options, alternatives: 0 });
}

console.log(
  `Node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), budget ${BUDGET_MS} ms, load ${load()} (1/5/15 min)`,
);
console.log(
  withCbc
    ? `CBC: native \`cbc\` on PATH, one thread; start-up ${cbcStartup.toFixed(1)} ms, subtracted from each solve\n`
    : 'CBC not found, skipped\n',
);

const header = [
  'profile',
  'candidates',
  'seed',
  'eligible',
  'members',
  'B&B ms',
  'B&B CPU ms',
  'proven',
  'B&B bound gap',
  'B&B vs HiGHS',
  'HiGHS ms',
  'B&B vs CBC',
  'CBC ms',
  'CBC/B&B time',
  'greedy vs optimum',
  'B&B+2 alt ms',
];
const rows = [];
const outcomes = [];
for (const profile of profiles) {
  for (const size of sizesOf(profile)) {
    for (const seed of SEEDS) {
      const { need, candidates, options } = makeInstance(size, seed, profile);
      const model = prepareCoalitionModel(need, candidates, options);
      const runs = [0, 1, 2].map(() =>
        timed(() =>
          proposeCoalitions(need, candidates, { ...options, alternatives: 0, timeBudgetMs: BUDGET_MS }),
        ),
      );
      // The run's time is the median of three; its answer the worst of the three (highest objective,
      // proven only if every run proved it): on a loaded machine one run can hit the budget.
      const answers = runs.map((r) => r.value.best);
      const ours = {
        ...answers.reduce((worst, a) => (a.objective > worst.objective ? a : worst)),
        provenOptimal: answers.every((a) => a.provenOptimal),
        relativeGap: Math.max(...answers.map((a) => a.relativeGap)),
      };
      const oursMs = median(runs.map((r) => r.ms));
      const oursCpuMs = median(runs.map((r) => r.cpuMs));
      const withAlternatives = timed(() =>
        proposeCoalitions(need, candidates, { ...options, alternatives: 2, timeBudgetMs: BUDGET_MS }),
      );
      const greedy = greedyCoalition(need, candidates, options);
      const lp = toLp(model);
      const exact = timed(() =>
        highs.solve(lp, {
          mip_rel_gap: 1e-9,
          mip_abs_gap: 1e-6,
          time_limit: EXACT_LIMIT_S,
          output_flag: false,
        }),
      );
      const highsOptimum = exact.value.Status === 'Optimal' ? exact.value.ObjectiveValue : NaN;
      const cbcRun = withCbc ? solveWithCbc(lp, EXACT_LIMIT_S) : undefined;
      // CBC's time, never overstated: the larger of its process less the start-up measured in this
      // run and its own wall-clock report less half that report's 10 ms resolution.
      const cbc = cbcRun && {
        ...cbcRun,
        ms: Math.max(0, cbcRun.processMs - cbcStartup, (cbcRun.reportedMs || 0) - 5),
      };
      const cbcOptimum = cbc?.status === 'Optimal' ? cbc.objective : NaN;
      // The optimum is what an exact solver proved; when both did, the lower (they agree to 1e-9).
      const proven = [highsOptimum, cbcOptimum].filter((x) => !Number.isNaN(x));
      const optimum = proven.length > 0 ? Math.min(...proven) : NaN;
      const vs = (objective, reference) =>
        Number.isNaN(reference) ? 'n/a' : percent((objective - reference) / reference);
      const aboveOptimum = Number.isNaN(optimum)
        ? ours.relativeGap // no exact optimum: our own certificate bounds the distance
        : (ours.objective - optimum) / optimum;
      outcomes.push({
        profile,
        size,
        seed,
        ms: oursMs,
        cpuMs: oursCpuMs,
        proven: ours.provenOptimal,
        aboveOptimum,
        cbcMs: cbc?.status === 'Optimal' || cbc?.status === 'Stopped' ? cbc.ms : NaN,
        worseThanCbc: Number.isNaN(cbc?.objective ?? NaN)
          ? false
          : ours.objective > cbc.objective * (1 + 1e-9) + 1e-6,
      });
      rows.push([
        profile,
        size,
        seed,
        model.supplierIds.length,
        ours.allocations.length,
        oursMs.toFixed(1),
        oursCpuMs.toFixed(1),
        ours.provenOptimal ? 'yes' : 'no',
        `${(ours.relativeGap * 100).toFixed(3)}%`,
        vs(ours.objective, highsOptimum),
        exact.ms.toFixed(0) + (exact.value.Status === 'Optimal' ? '' : ` (${exact.value.Status})`),
        cbc ? vs(ours.objective, cbc.objective) : 'skipped',
        cbc ? cbc.ms.toFixed(1) + (cbc.status === 'Optimal' ? '' : ` (${cbc.status})`) : 'skipped',
        cbc ? `${(cbc.ms / oursMs).toFixed(1)}×` : 'skipped',
        greedy ? vs(greedy.objective, optimum) : 'none',
        withAlternatives.ms.toFixed(1),
      ]);
      console.error(`${rows.at(-1).join('  ')}  (load ${load()})`); // progress, while the table waits for every row
    }
  }
}

const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => String(r[c]).length)));
const line = (cells) => `| ${cells.map((x, c) => String(x).padStart(widths[c])).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));

// Targets (issue 16), judged on the rows above.
const verdict = (name, subset, ok, detail) => {
  const failed = subset.filter((o) => !ok(o));
  const where = failed.map((o) => `${o.profile}/${o.size}/${o.seed}: ${detail(o)}`).join('; ');
  console.log(
    `${failed.length === 0 ? 'PASS' : 'FAIL'}  ${name} (${subset.length - failed.length}/${subset.length})${where ? ` — ${where}` : ''}`,
  );
};
console.log(`\nTargets (load at the end ${load()}):`);
const ms = (o) => `${o.ms.toFixed(1)} ms (CPU ${o.cpuMs.toFixed(1)} ms)`;
verdict(
  'proven optimal in < 250 ms, every instance up to 200 candidates',
  outcomes.filter((o) => o.size <= 200),
  (o) => o.proven && o.ms < 250,
  (o) => `${o.proven ? 'proven' : 'not proven'}, ${ms(o)}`,
);
verdict(
  'within 0.1 % of the optimum in < 1 s at 1,000 and 5,000 candidates',
  outcomes.filter((o) => o.size >= 1000),
  (o) => o.aboveOptimum <= 0.001 && o.ms < 1000,
  (o) => `${percent(o.aboveOptimum)}, ${ms(o)}`,
);
if (withCbc) {
  verdict(
    'faster than native CBC and never worse in objective, up to 1,000 candidates',
    outcomes.filter((o) => o.size <= 1000),
    (o) => !o.worseThanCbc && !(o.cbcMs <= o.ms),
    (o) => `${o.worseThanCbc ? 'worse objective, ' : ''}${ms(o)} vs CBC ${o.cbcMs.toFixed(1)} ms`,
  );
} else {
  console.log('SKIP  faster than native CBC (CBC not found, skipped)');
}
