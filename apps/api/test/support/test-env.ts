import { TEST_ENV } from '../global-setup.js';

Object.assign(process.env, TEST_ENV);

// The suites sign up hundreds of people from one address in minutes: real limits apply only where a
// test sets them lower before this runs (rate-limits.test.ts).
for (const key of ['SIGN_IN_PER_MINUTE', 'SIGN_UP_PER_HOUR', 'INVITATIONS_PER_HOUR', 'UPLOADS_PER_MINUTE']) {
  process.env[key] ??= '100000';
}
