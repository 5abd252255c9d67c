/**
 * The product under load: a fresh database with the matching bench's supplier population and the
 * demo dataset, indexed for search with the worker's own command, then the built API and worker
 * started on it as `npm start` runs them (NODE_ENV=production), with the per-person rate limits
 * lifted so that the limits are not what the bench measures.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ensureSuppliers } from '@linkage/bench-matching/src/suppliers.js';
import { createDataSource } from '@linkage/db';
import pg from 'pg';

const APPS = fileURLToPath(new URL('../../../apps/', import.meta.url));
const PORT = Number(process.env['BENCH_API_PORT'] ?? 4320);
export const BASE = `http://127.0.0.1:${PORT}`;
const DATABASE = 'linkage_bench_load';
const SERVER = 'postgres://postgres@127.0.0.1:5432';
const DATABASE_URL = `${SERVER}/${DATABASE}`;
const scratch = mkdtempSync(join(tmpdir(), 'bench-load-'));

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  API_PORT: String(PORT),
  DATABASE_URL,
  REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
  SEARCH_ENGINE: 'postgres',
  QUEUE_PREFIX: 'bench-load',
  RATE_LIMIT_PREFIX: 'bench-load-rate-limit:',
  // The bench signs in once per caller, but a real limit of 20 a minute would still be one more thing measured.
  SIGN_IN_PER_MINUTE: '100000',
  SIGN_UP_PER_HOUR: '100000',
  INVITATIONS_PER_HOUR: '100000',
  UPLOADS_PER_MINUTE: '100000',
  EVIDENCE_DIR: join(scratch, 'evidence'),
  MAIL_DIR: join(scratch, 'mail'),
};

const run = (app: 'api' | 'worker', ...args: string[]) =>
  promisify(execFile)('node', ['dist/cli.js', ...args], { cwd: join(APPS, app), env, maxBuffer: 1 << 26 });

/**
 * Drops and recreates the bench database, migrates it with the API's command, generates the
 * suppliers (100,000 groups by default, `BENCH_SUPPLIERS` to change), loads the demo dataset on top
 * and builds the search index.
 */
export async function prepareDatabase(): Promise<void> {
  const admin = new pg.Client({ connectionString: `${SERVER}/postgres` });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.end();
  await run('api', 'migrate');
  const ds = await createDataSource(DATABASE_URL).initialize();
  try {
    await ensureSuppliers(ds);
  } finally {
    await ds.destroy();
  }
  await run('api', 'seed');
  await run('worker', 'reindex');
}

export interface Product {
  stop(): Promise<void>;
}

/** Starts the built API and worker; resolves once the API is ready. */
export async function startProduct(): Promise<Product> {
  const children = (['api', 'worker'] as const).map((app) =>
    spawn('node', ['dist/main.js'], { cwd: join(APPS, app), env, stdio: ['ignore', 'inherit', 'inherit'] }),
  );
  const stop = () => Promise.all(children.map(stopChild)).then(() => undefined);
  try {
    await waitUntilReady(children);
    return { stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function waitUntilReady(children: ChildProcess[]): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const exited = children.find((c) => c.exitCode !== null);
    if (exited) throw new Error(`a product process exited with code ${exited.exitCode}; is it built?`);
    if (
      await fetch(`${BASE}/health/ready`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the API did not answer on ${BASE} within 60 s`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Calls the API as the portal would; throws on anything but a 2xx, naming the route. */
export async function api<T>(method: string, path: string, token?: string, body?: unknown): Promise<T> {
  const res = await fetch(`${BASE}${path}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}
