import { preset } from '../../jest.preset.js';

// Runs the real worker against the machine's PostgreSQL and Redis; globalSetup migrates a dedicated database.
export default preset('worker', {
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 30000,
});
