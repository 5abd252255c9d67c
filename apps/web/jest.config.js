import { preset } from '../../jest.preset.js';

/**
 * The portal's browser test: a real Chromium (Debian's /usr/bin/chromium) driven by playwright-core
 * through the whole product, started on test ports by the global setup and stopped by the teardown.
 */
export default {
  ...preset('web-e2e', {
    testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
    globalSetup: '<rootDir>/test/e2e/global-setup.ts',
    globalTeardown: '<rootDir>/test/e2e/global-teardown.ts',
    testTimeout: 180_000,
    maxWorkers: 1,
  }),
};
