import { preset } from '../../jest.preset.js';

// Integration tests against the machine's real PostgreSQL and Redis; globalSetup migrates a dedicated database.
export default preset('api', {
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 30000,
});
