import { mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Browser test files share one running product and its demo data, and Jest may run two files at
 * once across its workers (the API and worker tiers run beside them). Each file takes this lock for
 * its whole run, so one file's journey never meets another's half-done steps on the same demo
 * records; the other worker meanwhile runs other tiers. A directory is the lock: creating it is
 * atomic. A lock left by a killed run is taken over after ten minutes.
 */
const LOCK = join(tmpdir(), 'linkage-e2e-file.lock');
const STALE_MS = 10 * 60_000;

beforeAll(async () => {
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}, 15 * 60_000);

afterAll(() => {
  rmSync(LOCK, { recursive: true, force: true });
});
