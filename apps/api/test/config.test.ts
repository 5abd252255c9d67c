import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));

describe('configuration at boot', () => {
  it('refuses to start without DATABASE_URL, saying so in one line', () => {
    const { PATH, HOME } = process.env;
    const run = spawnSync(process.execPath, [MAIN], {
      env: { PATH, HOME, REDIS_URL: 'redis://127.0.0.1:6379', API_PORT: '0' },
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Invalid configuration .*DATABASE_URL/);
  });

  it('names a malformed variable', () => {
    const { PATH, HOME } = process.env;
    const run = spawnSync(process.execPath, [MAIN], {
      env: { PATH, HOME, DATABASE_URL: 'mysql://nope', REDIS_URL: 'redis://127.0.0.1:6379', API_PORT: 'eighty' },
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/DATABASE_URL: must be a postgres:\/\/ URL/);
    expect(run.stderr).toMatch(/API_PORT/);
  });
});
