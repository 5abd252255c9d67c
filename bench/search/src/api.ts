/**
 * The API side of the search benchmark: migrates the bench database with the API's own command,
 * starts the built API on it, and answers the bench's queries through `GET /search` with one
 * signed-in session per kind of viewer, so the HTTP figures include everything a portal request pays
 * (routing, session lookup, parameter parsing, JSON).
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { SearchQuery, Viewer } from '@linkage/search';
import type pg from 'pg';

const API_DIR = fileURLToPath(new URL('../../../apps/api/', import.meta.url));
const PORT = Number(process.env['BENCH_API_PORT'] ?? 4310);
const BASE = `http://127.0.0.1:${PORT}`;

function apiEnv(databaseUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    API_PORT: String(PORT),
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    SEARCH_ENGINE: 'postgres',
  };
}

/** Creates the database if needed and applies every migration, exactly as `npm start` does. */
export async function migrateWithApi(databaseUrl: string): Promise<void> {
  await promisify(execFile)('node', ['dist/cli.js', 'migrate'], { cwd: API_DIR, env: apiEnv(databaseUrl) });
}

export interface ApiSearch {
  /** Runs the query through HTTP as its viewer; resolves to the result total. */
  search(query: SearchQuery): Promise<number>;
  stop(): Promise<void>;
}

export async function startApi(databaseUrl: string, pool: pg.Pool): Promise<ApiSearch> {
  // API_NODE_ARGS passes Node options to the API only, e.g. "--cpu-prof --cpu-prof-dir=/tmp/api-profile"
  // (NODE_OPTIONS refuses --cpu-prof).
  const nodeArgs = process.env['API_NODE_ARGS']?.split(' ').filter(Boolean) ?? [];
  const child = spawn('node', [...nodeArgs, 'dist/main.js'], { cwd: API_DIR, env: apiEnv(databaseUrl), stdio: ['ignore', 'inherit', 'inherit'] });
  try {
    await waitUntilReady(child);
    const tokens = await sessionsByViewer(pool);
    return {
      async search(query) {
        const token = tokens.get(query.viewer);
        const res = await fetch(`${BASE}/search?${toParams(query)}`, {
          headers: token ? { Authorization: `Bearer ${token}` } : {},
        });
        if (!res.ok) throw new Error(`GET /search answered ${res.status}: ${await res.text()}`);
        return ((await res.json()) as { total: number }).total;
      },
      stop: () => stop(child),
    };
  } catch (error) {
    await stop(child);
    throw error;
  }
}

/** The query as the portal would send it: comma-separated lists, product code prefix as `productCode`. */
function toParams(query: SearchQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.text) params.set('q', query.text);
  const f = query.filters ?? {};
  const lists: Array<[string, readonly string[] | undefined]> = [
    ['kind', f.kind],
    ['country', f.country],
    ['standard', f.standard],
    ['organisationKind', f.organisationKind],
    ['facets', query.facets],
  ];
  for (const [name, values] of lists) if (values?.length) params.set(name, values.join(','));
  if (f.productCodePrefix) params.set('productCode', f.productCodePrefix);
  return params;
}

/**
 * One session per viewer the bench uses: a lead firm's buyer, a producer group's coordinator and a
 * programme broker (the platform role is set in the database, as an administrator would);
 * anonymous queries send no token.
 */
async function sessionsByViewer(pool: pg.Pool): Promise<Map<Viewer, string>> {
  const tokens = new Map<Viewer, string>();
  const people: Array<[Viewer, string | null]> = [
    ['LEAD_FIRM', 'LEAD_FIRM'],
    ['PRODUCER_GROUP_MEMBER', 'PRODUCER_GROUP'],
    ['BROKER', null],
  ];
  for (const [viewer, organisationKind] of people) {
    const email = `${viewer.toLowerCase()}-${Date.now()}@bench.test`;
    const session = await post<{ token: string; user: { id: string } }>('/auth/sign-up', {
      name: `Bench ${viewer}`,
      email,
      password: 'bench password 2026',
    });
    if (organisationKind) {
      const organisation = await post<{ id: string }>(
        '/organisations',
        { kind: organisationKind, legalName: `Bench ${viewer}`, country: 'PE' },
        session.token,
      );
      // A self-created lead firm sees only what anyone sees until it is verified (decision 0008):
      // verified here, as a programme officer would, so the API searches as the adapter's LEAD_FIRM.
      if (organisationKind === 'LEAD_FIRM') {
        await pool.query(`UPDATE organisations SET verified_at = now() WHERE id = $1`, [organisation.id]);
      }
    } else {
      await pool.query(`UPDATE users SET platform_role = 'BROKER' WHERE id = $1`, [session.user.id]);
    }
    tokens.set(viewer, session.token);
  }
  return tokens;
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
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode}; is it built (pnpm build)?`);
    const ready = await fetch(`${BASE}/health/ready`).then((r) => r.ok, () => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the API did not answer on ${BASE} within 30 s`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
