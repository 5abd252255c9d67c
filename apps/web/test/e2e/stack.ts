/**
 * Starts the whole product on test ports against a dedicated database, for the browser test:
 * migrations, the demo data, the API (4101), the worker and the portal (4100). Each process runs in its own
 * process group so teardown can stop it and everything it spawned.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEB_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const REPO_DIR = resolve(WEB_DIR, '../..');
export const WEB_PORT = 4100;
export const API_PORT = 4101;
export const WEB_URL = `http://127.0.0.1:${WEB_PORT}`;
export const API_URL = `http://127.0.0.1:${API_PORT}`;
const DB_NAME = 'linkage_e2e';
const PG_HOST = '127.0.0.1';
const DATABASE_URL = `postgres://postgres@${PG_HOST}:5432/${DB_NAME}`;

export interface Stack {
  children: { name: string; child: ChildProcess; log: string }[];
  logDir: string;
}

function log(message: string) {
  process.stderr.write(`[e2e] ${message}\n`);
}

function psql(sql: string, db = 'postgres') {
  return execFileSync(
    'psql',
    ['-h', PG_HOST, '-U', 'postgres', '-d', db, '-v', 'ON_ERROR_STOP=1', '-Atc', sql],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  ).trim();
}

/** Runs one statement against the e2e database, for what no page may do (e.g. make someone a programme broker). */
export function e2eSql(sql: string): string {
  return psql(sql, DB_NAME);
}

/** A fresh database each run (set E2E_KEEP_DB=1 to reuse it); left in place afterwards for inspection. */
function prepareDatabase() {
  if (process.env.E2E_KEEP_DB !== '1') psql(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  if (psql(`SELECT 1 FROM pg_database WHERE datname = '${DB_NAME}'`) !== '1')
    psql(`CREATE DATABASE ${DB_NAME}`);
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the portal when there is no build or the sources are newer than it. */
function ensureWebBuild() {
  const server = join(WEB_DIR, 'build/server/index.js');
  const stale =
    !existsSync(server) ||
    newestMtime(join(WEB_DIR, 'app')) > statSync(server).mtimeMs ||
    statSync(join(WEB_DIR, 'vite.config.ts')).mtimeMs > statSync(server).mtimeMs;
  if (!stale) return;
  log('building the portal (remix vite:build)…');
  execFileSync(join(WEB_DIR, 'node_modules/.bin/remix'), ['vite:build'], {
    cwd: WEB_DIR,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function assertPortFree(port: number) {
  try {
    await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) });
  } catch {
    return;
  }
  throw new Error(
    `Port ${port} is already in use: stop whatever listens there (a previous e2e run?) and retry`,
  );
}

async function waitFor(url: string, what: string, stack: Stack, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    for (const { name, child, log: file } of stack.children) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(
          `${name} exited (${child.exitCode ?? child.signalCode}) while waiting for ${what}:\n${tail(file)}`,
        );
      }
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
      last = `HTTP ${res.status}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Timed out waiting for ${what} at ${url} (${last})`);
}

export function tail(file: string, lines = 40): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

export async function startStack(): Promise<Stack> {
  const apiMain = join(REPO_DIR, 'apps/api/dist/main.js');
  const apiCli = join(REPO_DIR, 'apps/api/dist/cli.js');
  const workerMain = join(REPO_DIR, 'apps/worker/dist/main.js');
  for (const file of [apiMain, apiCli, workerMain, join(REPO_DIR, 'apps/worker/dist/cli.js')]) {
    if (!existsSync(file))
      throw new Error(`${file} is missing: build the product first (npx turbo run build)`);
  }
  await assertPortFree(WEB_PORT);
  await assertPortFree(API_PORT);

  const runDir = mkdtempSync(join(tmpdir(), 'linkage-e2e-'));
  const mailDir = join(runDir, 'mail');
  const logDir = join(runDir, 'logs');
  mkdirSync(mailDir);
  mkdirSync(logDir);
  log(`logs and mail in ${runDir}`);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    NODE_OPTIONS: '',
    DATABASE_URL,
    REDIS_URL: 'redis://127.0.0.1:6379/3',
    SESSION_SECRET: 'e2e-secret',
    MAIL_DIR: mailDir,
    WEB_URL,
    API_URL,
    API_PORT: String(API_PORT),
    PORT: String(WEB_PORT),
    LOG_LEVEL: 'warn',
    // Every browser in these tests signs up and in from 127.0.0.1: the API's own tests cover the limits.
    SIGN_IN_PER_MINUTE: '100000',
    SIGN_UP_PER_HOUR: '100000',
    INVITATIONS_PER_HOUR: '100000',
    UPLOADS_PER_MINUTE: '100000',
  };

  prepareDatabase();
  log('migrating…');
  execFileSync(process.execPath, [apiCli, 'migrate'], {
    env,
    cwd: join(REPO_DIR, 'apps/api'),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // The demo a new user tries (README): the demo test walks it; the other tests create their own organisations beside it.
  log('seeding the demo…');
  execFileSync(process.execPath, [apiCli, 'seed'], {
    env,
    cwd: join(REPO_DIR, 'apps/api'),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // As `npm start` does: the seed writes rows directly, so search learns of them from a reindex.
  log('indexing the demo for search…');
  execFileSync(process.execPath, [join(REPO_DIR, 'apps/worker/dist/cli.js'), 'reindex'], {
    env,
    cwd: join(REPO_DIR, 'apps/worker'),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  ensureWebBuild();

  const stack: Stack = { children: [], logDir };
  const start = (name: string, command: string, args: string[], cwd: string) => {
    const file = join(logDir, `${name}.log`);
    const fd = openSync(file, 'a');
    const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', fd, fd] });
    stack.children.push({ name, child, log: file });
  };
  try {
    start('api', process.execPath, [apiMain], join(REPO_DIR, 'apps/api'));
    start('worker', process.execPath, [workerMain], join(REPO_DIR, 'apps/worker'));
    start('web', process.execPath, [join(WEB_DIR, 'server.js')], WEB_DIR);
    await waitFor(`${API_URL}/health/ready`, 'the API', stack);
    await waitFor(`${WEB_URL}/`, 'the portal', stack);
  } catch (error) {
    await stopStack(stack);
    throw error;
  }
  log('stack is up');
  return stack;
}

function alive(child: ChildProcess) {
  return child.exitCode === null && child.signalCode === null;
}

/** Stops every process group the stack started: TERM, then KILL after five seconds. */
export async function stopStack(stack: Stack | undefined): Promise<void> {
  if (!stack) return;
  const signalGroup = (child: ChildProcess, signal: NodeJS.Signals) => {
    if (!child.pid) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      /* already gone */
    }
  };
  for (const { child } of stack.children) signalGroup(child, 'SIGTERM');
  const deadline = Date.now() + 5000;
  while (stack.children.some(({ child }) => alive(child)) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
  }
  for (const { child } of stack.children) signalGroup(child, 'SIGKILL');
  stack.children = [];
}
