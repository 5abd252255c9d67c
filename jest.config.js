import web from './apps/web/jest.config.js';

/**
 * One run over every tier, so `npm test` ends with one summary: pure domain tests, database and
 * search tests against real PostgreSQL, API and worker integration tests against real PostgreSQL and
 * Redis, the portal's unit tests, and the browser journey.
 */
export default {
  projects: [
    '<rootDir>/packages/domain',
    '<rootDir>/packages/contracts',
    '<rootDir>/packages/db',
    '<rootDir>/packages/search',
    '<rootDir>/apps/api',
    '<rootDir>/apps/worker',
    ...web.projects.map((project) => ({ ...project, rootDir: '<rootDir>/apps/web' })),
  ],
  maxWorkers: 2,
  testTimeout: 60_000,
};
