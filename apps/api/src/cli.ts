import 'reflect-metadata';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { User, createDataSource, ensureDatabase, seedDemo } from '@linkage/db';
import argon2 from 'argon2';
import { InvalidConfigError, validateApiEnv } from './config/env.js';

/**
 * Operator commands. The API is the only process that changes the schema (DESIGN §4):
 *   node dist/cli.js migrate   create the database if needed and apply pending migrations
 *   node dist/cli.js seed      load the demo dataset (idempotent)
 *   node dist/cli.js grant-admin <e-mail>   make a signed-up person a platform admin (who sets up
 *                              programmes and the standards registry); no route grants it
 */
/** A command given wrongly: its message is all the operator needs. */
class UsageError extends Error {}

const COMMANDS = {
  async migrate(url: string) {
    const { created } = await ensureDatabase(url);
    if (created) console.log(`Created database ${new URL(url).pathname.slice(1)}`);
    const ds = await createDataSource(url).initialize();
    try {
      const applied = await ds.runMigrations({ transaction: 'each' });
      console.log(
        applied.length ? `Applied ${applied.map((m) => m.name).join(', ')}` : 'Schema is up to date',
      );
    } finally {
      await ds.destroy();
    }
  },
  async 'grant-admin'(url: string) {
    const email = process.argv[3]?.trim().toLowerCase();
    if (!email) throw new UsageError('Usage: node dist/cli.js grant-admin <e-mail>');
    const ds = await createDataSource(url).initialize();
    try {
      const { affected } = await ds.getRepository(User).update({ email }, { platformRole: 'ADMIN' });
      if (!affected) throw new UsageError(`No account uses ${email}: sign up first`);
      console.log(`${email} is a platform admin from its next request`);
    } finally {
      await ds.destroy();
    }
  },
  async seed(url: string) {
    const ds = await createDataSource(url).initialize();
    try {
      // The demo's certificate scans go where the API reads evidence from.
      const evidenceDir = validateApiEnv(process.env).EVIDENCE_DIR;
      const summary = await seedDemo(
        ds,
        (password) => argon2.hash(password, { type: argon2.argon2id }),
        async (relativePath, content) => {
          const absolute = resolve(evidenceDir, relativePath);
          await mkdir(dirname(absolute), { recursive: true });
          await writeFile(absolute, content);
        },
      );
      console.log(summary);
    } finally {
      await ds.destroy();
    }
  },
} as const;

async function main() {
  const command = process.argv[2];
  if (!command || !(command in COMMANDS)) {
    console.error(`Usage: node dist/cli.js ${Object.keys(COMMANDS).join('|')}`);
    process.exit(2);
  }
  const env = validateApiEnv(process.env);
  await COMMANDS[command as keyof typeof COMMANDS](env.DATABASE_URL);
}

main().catch((error: unknown) => {
  console.error(error instanceof InvalidConfigError || error instanceof UsageError ? error.message : error);
  process.exit(1);
});
