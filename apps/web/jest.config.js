import { preset } from '../../jest.preset.js';

/**
 * Two projects: fast unit tests of the portal's server modules, and the browser test — a real
 * Chromium (Debian's /usr/bin/chromium) driven by playwright-core through the whole product, which
 * its global setup starts on test ports and its teardown stops. `--selectProjects web-e2e` runs one.
 */
export default {
  projects: [
    preset('web-unit', {
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
      moduleNameMapper: { '^~/(.*)$': '<rootDir>/app/$1', '^(\\.{1,2}/.*)\\.js$': '$1' },
    }),
    preset('web-e2e', {
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/test/e2e/global-setup.ts',
      globalTeardown: '<rootDir>/test/e2e/global-teardown.ts',
      // One browser test file at a time against the shared product (see the file).
      setupFilesAfterEnv: ['<rootDir>/test/e2e/one-at-a-time.ts'],
    }),
  ],
  maxWorkers: 1,
  // The browser journey waits on a real stack; the test file also sets its own timeouts.
  testTimeout: 180_000,
};
