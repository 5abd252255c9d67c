import { createDataSource, ensureDatabase } from '@linkage/db';
import {
  STANDARDS_REGISTRY,
  type SourcingNeedForMatching,
  type VerificationLevel,
  matchSuppliers,
} from '@linkage/domain';
import { groupBy } from '@linkage/worker/dist/group-by.js';
import {
  type CandidateScope,
  type CertificateRow,
  type LineRow,
  buildCandidates,
  loadCandidates,
} from '@linkage/worker/dist/matching/candidate-source.js';
import { NEEDS, TODAY } from './needs.js';
import { SUPPLIERS, ensureSuppliers } from './suppliers.js';

const URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/linkage_bench_matching';
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const BASELINE_RUNS = Number(process.env.BENCH_BASELINE_RUNS ?? 5);


/** Every bench supplier is public; the registry is the built-in one the bench database is seeded with. */
const SCOPE: CandidateScope = { registry: STANDARDS_REGISTRY, visibleTiers: ['PUBLIC', 'LEAD_FIRMS'] };

/** The product path: candidates drawn in SQL, scored, top 50 with explanations and gaps. */
async function endToEnd(ds: Awaited<ReturnType<typeof open>>, need: SourcingNeedForMatching) {
  const { candidates } = await loadCandidates(ds, need, TODAY, SCOPE);
  const top = matchSuppliers(need, candidates, { today: TODAY, limit: 50, excludedLimit: 0 }).matches;
  return { candidates: candidates.length, top };
}

/**
 * Baseline: load every offerable capacity line (committed; a member's only while ACTIVE) and every
 * certificate, the group's and its members', then scan them all in TypeScript.
 */
async function loadAllAndScan(ds: Awaited<ReturnType<typeof open>>, need: SourcingNeedForMatching) {
  const rows = await ds.query<LineRow[]>(
    `SELECT c.organisation_id AS supplier_id, o.legal_name AS supplier_name, o.country, o.latitude::float8 AS lat, o.longitude::float8 AS lon,
            c.product_code, c.quantity, c.unit, c.period, c.lead_time_days
       FROM capacity_entries c JOIN organisations o ON o.id = c.organisation_id
      WHERE o.kind = 'PRODUCER_GROUP' AND c.committed
        AND (c.member_id IS NULL OR EXISTS (SELECT 1 FROM group_members m WHERE m.id = c.member_id AND m.status = 'ACTIVE'))`,
  );
  const certs = await ds.query<
    { organisation_id: string; member_id: string | null; code: string; valid_until: string; verification: VerificationLevel }[]
  >(
    `SELECT cert.organisation_id, cert.member_id, s.code, to_char(cert.valid_until, 'YYYY-MM-DD') AS valid_until, cert.verification
       FROM certifications cert JOIN standards s ON s.id = cert.standard_id`,
  );
  const held = new Map(
    [...groupBy(certs, (c) => c.organisation_id)].map(([supplierId, list]): [string, CertificateRow[]] => [
      supplierId,
      list.map((c) => ({ standardCode: c.code, validUntil: c.valid_until, verification: c.verification, memberId: c.member_id })),
    ]),
  );
  const { candidates } = buildCandidates(need, groupBy(rows, (r) => r.supplier_id), held);
  const top = matchSuppliers(need, candidates, { today: TODAY, limit: 50, excludedLimit: 0 }).matches;
  return { candidates: candidates.length, top };
}

async function open() {
  await ensureDatabase(URL);
  const ds = await createDataSource(URL).initialize();
  await ds.runMigrations();
  return ds;
}

async function time<T>(runs: number, fn: () => Promise<T>): Promise<{ ms: number[]; last: T }> {
  const ms: number[] = [];
  let last!: T;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    last = await fn();
    ms.push(performance.now() - t0);
  }
  return { ms: ms.sort((a, b) => a - b), last };
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const f = (x: number) => x.toFixed(1).padStart(7);

async function main() {
  const ds = await open();
  try {
    await ensureSuppliers(ds);
    // Autovacuum is off on this server; in production it keeps the visibility map current, which
    // index-only scans (MatchingSpeed1769000000000) rely on. Quick when nothing changed.
    await ds.query('VACUUM ANALYZE capacity_entries, certifications, organisations');
    console.log(`${SUPPLIERS.toLocaleString('en')} supplier profiles; ${RUNS} timed runs per need (after 3 warm-ups), baseline ${BASELINE_RUNS}`);
    console.log('need | candidates | top-50 p50 | p95 | baseline p50 | p95 | speed-up p95');
    for (const { label, need } of NEEDS) {
      await time(3, () => endToEnd(ds, need));
      const fast = await time(RUNS, () => endToEnd(ds, need));
      const slow = await time(BASELINE_RUNS, () => loadAllAndScan(ds, need));
      // Both paths must return the same ranking: the SQL filter only removes suppliers matching would exclude.
      const kept = (top: typeof fast.last.top) => JSON.stringify(top.map((m) => m.supplierId));
      const same = kept(fast.last.top) === kept(slow.last.top);
      console.log(
        `${label}\n  ${String(fast.last.candidates).padStart(6)} of ${slow.last.candidates} | ${f(pct(fast.ms, 50))} ms | ${f(pct(fast.ms, 95))} ms | ` +
          `${f(pct(slow.ms, 50))} ms | ${f(pct(slow.ms, 95))} ms | ${(pct(slow.ms, 95) / pct(fast.ms, 95)).toFixed(1)}x` +
          ` | same top 50: ${same ? 'yes' : 'NO'} | p95 < 100 ms: ${pct(fast.ms, 95) < 100 ? 'yes' : 'NO'}`,
      );
    }
  } finally {
    await ds.destroy();
  }
}

await main();
