import { preset } from '../../jest.preset.js';

// Integration tests against the machine's real PostgreSQL and Redis; globalSetup migrates a dedicated database.
export default preset('api', {
  globalSetup: '<rootDir>/test/global-setup.ts',
  testTimeout: 30000,
});
