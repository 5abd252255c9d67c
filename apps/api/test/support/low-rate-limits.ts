import { randomUUID } from 'node:crypto';

// Imported before the app: the limits a real deployment might set, low enough to reach in a test, and
// counters of this file's own (other suites run with limits out of reach, sharing Redis).
Object.assign(process.env, {
  SIGN_IN_PER_MINUTE: '8',
  SIGN_UP_PER_HOUR: '3',
  INVITATIONS_PER_HOUR: '100000',
  UPLOADS_PER_MINUTE: '100000',
  SIGN_IN_FAILURES_BEFORE_BACKOFF: '3',
  RATE_LIMIT_PREFIX: `rate-limit-test-${randomUUID()}:`,
});
