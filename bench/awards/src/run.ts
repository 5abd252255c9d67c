/**
 * Awards per second through the real API (`POST /needs/:id/awards`: need lock, line locks in id
 * order, ledger check, reservations, linkage, notifications, in one transaction), in two runs:
 * - contended: every award draws on ONE capacity line that can carry only a few of them, so the
 *   requests queue on its row lock and most lose with a 409;
 * - spread (the baseline, same run): each award draws on a line of its own, so nothing queues.
 * After each run the ledger is checked in SQL: reserved ≤ committed for every line and month, and
 * every 201 has its award and reservations, every 409 none. Needs and offers are seeded in SQL (the
 * bench measures awarding, not matching).
 */
import { performance } from 'node:perf_hooks';
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';

const AWARDS = Number(process.env['BENCH_AWARDS'] ?? 400);
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 50);
/** The contended line carries this many awards; the rest must lose. */
const CONTENDED_FITS = 20;
const PORT = Number(process.env['BENCH_API_PORT'] ?? 4320);
const BASE = `http://127.0.0.1:${PORT}`;
const DATABASE_URL =
  process.env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/linkage_bench_awards';
const API_DIR = fileURLToPath(new URL('../../../apps/api/', import.meta.url));

const env = (): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  API_PORT: String(PORT),
  DATABASE_URL,
  REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
  SEARCH_ENGINE: 'postgres',
  QUEUE_PREFIX: 'bench-awards',
});

async function main() {
  await recreateDatabase();
  await promisify(execFile)('node', ['dist/cli.js', 'migrate'], { cwd: API_DIR, env: env() });
  const api = spawn('node', ['dist/main.js'], {
    cwd: API_DIR,
    env: env(),
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 4 });
  try {
    await waitUntilReady(api);
    const buyer = await signUp('buyer');
    const coordinator = await signUp('coordinator');
    const firm = await post<{ id: string }>(
      '/organisations',
      { kind: 'LEAD_FIRM', legalName: 'Bench Buyer', country: 'PE' },
      buyer,
    );
    const group = await post<{ id: string }>(
      '/organisations',
      { kind: 'PRODUCER_GROUP', legalName: 'Bench Group', country: 'PE' },
      coordinator,
    );
    console.log(
      `awards benchmark: ${AWARDS} awards per run, ${CONCURRENCY} in flight; load ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    const spread = await run(pool, buyer, firm.id, group.id, 'spread');
    const contended = await run(pool, buyer, firm.id, group.id, 'contended');
    console.log(
      `\ncontended / spread throughput: ${(contended.perSecond / spread.perSecond).toFixed(2)}× ` +
        `(${contended.perSecond.toFixed(0)} vs ${spread.perSecond.toFixed(0)} awards answered per second); load ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}`,
    );
  } finally {
    await pool.end();
    api.kill('SIGTERM');
  }
}

interface RunResult {
  perSecond: number;
}

async function run(
  pool: pg.Pool,
  buyer: string,
  firmId: string,
  groupId: string,
  kind: 'spread' | 'contended',
): Promise<RunResult> {
  const offers = await seed(pool, firmId, groupId, kind);
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < offers.length) {
        const o = offers[next++]!;
        const t0 = performance.now();
        const res = await fetch(`${BASE}/needs/${o.needId}/awards`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${buyer}` },
          body: JSON.stringify({ awards: [{ offerId: o.offerId, quantity: 10 }] }),
        });
        await res.arrayBuffer();
        latencies.push(performance.now() - t0);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  const check = await checkLedger(
    pool,
    offers.map((o) => o.needId),
  );
  const won = statuses.get(201) ?? 0;
  const expected = kind === 'spread' ? offers.length : CONTENDED_FITS;
  console.log(
    `\n${kind === 'spread' ? 'spread (baseline): each award on its own line' : `contended: every award on one line that carries ${CONTENDED_FITS}`}\n` +
      `  ${offers.length} awards in ${seconds.toFixed(2)} s = ${(offers.length / seconds).toFixed(0)} answered/s; ` +
      `latency p50 ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms\n` +
      `  answers: ${[...statuses].map(([s, n]) => `${n}× ${s}`).join(', ')} (expected ${expected} × 201)\n` +
      `  ledger: ${check.overReserved === 0 ? 'reserved ≤ committed on every line and month' : `${check.overReserved} line-months OVER-RESERVED`}; ` +
      `${check.awards} awards, ${check.awardedNeeds} awarded needs, ${check.orphans} reservations without an award`,
  );
  if (
    check.overReserved > 0 ||
    won !== expected ||
    check.awards !== won ||
    check.awardedNeeds !== won ||
    check.orphans > 0
  )
    throw new Error(`the ${kind} run broke the ledger's invariant or lost an answer`);
  return { perSecond: offers.length / seconds };
}

/**
 * One open need and one submitted offer per award, backed by the contended line (committed so that
 * CONTENDED_FITS awards of 10 t fit) or by a line each.
 */
async function seed(pool: pg.Pool, firmId: string, groupId: string, kind: 'spread' | 'contended') {
  const lines = kind === 'contended' ? 1 : AWARDS;
  const { rows: lineRows } = await pool.query<{ id: string }>(
    `INSERT INTO capacity_entries (organisation_id, product_code, product_label, quantity, unit, period, committed, version)
     SELECT $1, '940360', 'Bench furniture ' || g, $2, 't', 'MONTH', true, 1 FROM generate_series(1, $3) g RETURNING id`,
    [groupId, kind === 'contended' ? CONTENDED_FITS * 10 : 10, lines],
  );
  const offers: Array<{ needId: string; offerId: string }> = [];
  for (let i = 0; i < AWARDS; i++) {
    const line = lineRows[kind === 'contended' ? 0 : i]!.id;
    const {
      rows: [need],
    } = await pool.query<{ id: string }>(
      `INSERT INTO sourcing_needs (lead_firm_id, title, product_code, quantity, unit, period, schedule_kind, start_date, end_date,
                                   delivery_country, response_deadline, status, visibility)
       VALUES ($1, $2, '940360', 10, 't', 'MONTH', 'RECURRING', '2027-03-01', '2027-08-31', 'PE', '2027-01-31', 'OPEN', 'PUBLIC')
       RETURNING id`,
      [firmId, `Bench ${kind} need ${i}`],
    );
    const {
      rows: [offer],
    } = await pool.query<{ id: string }>(
      `INSERT INTO offers (need_id, supplier_id, status, quantity, price, currency, incoterm, lead_time_days, valid_until)
       VALUES ($1, $2, 'SUBMITTED', 10, 1000, 'USD', 'FCA', 14, '2027-02-28') RETURNING id`,
      [need!.id, groupId],
    );
    await pool.query(
      `INSERT INTO offer_allocations (offer_id, capacity_entry_id, group_id, member_id, product_code, quantity)
       VALUES ($1, $2, $3, NULL, '940360', 10)`,
      [offer!.id, line, groupId],
    );
    offers.push({ needId: need!.id, offerId: offer!.id });
  }
  return offers;
}

/** The invariant and the bookkeeping, straight from the tables. */
async function checkLedger(pool: pg.Pool, needIds: string[]) {
  const {
    rows: [row],
  } = await pool.query<{ over: number; awards: number; awarded: number; orphans: number }>(
    `SELECT
       (SELECT count(*) FROM (
          SELECT r.capacity_entry_id, r.month, sum(r.quantity) AS reserved, max(c.quantity) AS committed
            FROM capacity_reservations r JOIN capacity_entries c ON c.id = r.capacity_entry_id
           WHERE r.released_at IS NULL GROUP BY r.capacity_entry_id, r.month) x
         WHERE x.reserved > x.committed)::int AS over,
       (SELECT count(*) FROM awards WHERE need_id = ANY($1::uuid[]))::int AS awards,
       (SELECT count(*) FROM sourcing_needs WHERE id = ANY($1::uuid[]) AND status = 'AWARDED')::int AS awarded,
       (SELECT count(*) FROM capacity_reservations r LEFT JOIN awards a ON a.id = r.award_id WHERE a.id IS NULL)::int AS orphans`,
    [needIds],
  );
  return { overReserved: row!.over, awards: row!.awards, awardedNeeds: row!.awarded, orphans: row!.orphans };
}

async function recreateDatabase() {
  const admin = new pg.Client({ connectionString: DATABASE_URL.replace(/\/[^/]+$/, '/postgres') });
  await admin.connect();
  const name = new URL(DATABASE_URL).pathname.slice(1);
  await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
}

async function signUp(label: string): Promise<string> {
  const session = await post<{ token: string }>('/auth/sign-up', {
    name: `Bench ${label}`,
    email: `${label}-${Date.now()}@bench.test`,
    password: 'bench password 2026',
  });
  return session.token;
}

async function post<T>(path: string, body: unknown, token?: string): Promise<T> {
  const res = await fetch(`${BASE}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`POST ${path} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

async function waitUntilReady(child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode}; is it built?`);
    if (
      await fetch(`${BASE}/health/ready`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the API did not answer on ${BASE} within 30 s`);
}

await main();
