// Native CBC (COIN-OR, Debian's `coinor-cbc`) as a second exact baseline: the same CPLEX LP file the
// HiGHS baseline solves, one thread, gap tolerances as tight as HiGHS's. Absent `cbc` is reported,
// never faked.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';

/** True when a `cbc` executable answers on PATH. */
export function cbcAvailable() {
  const probe = spawnSync('cbc', ['-quit'], { encoding: 'utf8' });
  return probe.error === undefined && probe.status === 0;
}

const TRIVIAL_LP = 'Minimize\n obj: x\nSubject To\n c: x >= 1\nBinary\n x\nEnd\n';

/**
 * What starting CBC costs on this machine now: the median of five runs on a one-variable model.
 * Subtracted from each solve, so the child process's start-up is not charged to CBC (its own
 * "Wallclock seconds" would do that too, but only to 10 ms).
 */
export function cbcStartupMs() {
  const runs = [0, 1, 2, 3, 4].map(() => run(TRIVIAL_LP, 10).processMs);
  return runs.sort((a, b) => a - b)[2];
}

/**
 * Solves an LP-format model with CBC. `processMs` is the whole child process as seen from here;
 * `reportedMs` is CBC's own wall-clock total (10 ms resolution).
 */
export function solveWithCbc(lp, timeLimitSeconds = 120) {
  return run(lp, timeLimitSeconds);
}

function run(lp, timeLimitSeconds) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-cbc-'));
  try {
    const model = join(dir, 'model.lp');
    const solution = join(dir, 'solution.txt');
    writeFileSync(model, lp);
    const started = process.hrtime.bigint();
    const run = spawnSync(
      'cbc',
      [
        model,
        '-threads',
        '1',
        '-ratioGap',
        '1e-9',
        '-allowableGap',
        '1e-6',
        '-seconds',
        String(timeLimitSeconds),
        '-solve',
        '-solu',
        solution,
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const processMs = Number(process.hrtime.bigint() - started) / 1e6;
    if (run.error || run.status !== 0) throw new Error(`cbc failed: ${run.error?.message ?? run.stderr}`);
    const wall = /Total time \(CPU seconds\):\s*[\d.]+\s*\(Wallclock seconds\):\s*([\d.]+)/.exec(run.stdout);
    const first = readFileSync(solution, 'utf8').split('\n')[0] ?? '';
    const objective = /objective value\s+(-?[\d.e+-]+)/.exec(first);
    return {
      status: first.startsWith('Optimal') ? 'Optimal' : first.split(' ')[0] || 'unknown',
      objective: objective ? Number(objective[1]) : NaN,
      reportedMs: wall ? Number(wall[1]) * 1000 : NaN,
      processMs,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
