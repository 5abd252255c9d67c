import 'reflect-metadata';
import { connectionPool, createDataSource } from '@linkage/db';
import { InvalidSearchConfigError, createSearchIndex, onSharedPool, searchIndexConfigFromEnv } from '@linkage/search';
import { progressReporter } from './search/progress-bar.js';
import { reindexAll } from './search/reindex.js';

/**
 * Operator commands of the worker:
 *   node dist/cli.js reindex   rebuild the search index from PostgreSQL — organisations, open needs,
 *                              published catalogue items — with a progress bar (idempotent; npm start runs it)
 */
async function reindex() {
  const url = process.env['DATABASE_URL'];
  if (!url) throw new InvalidSearchConfigError({ DATABASE_URL: 'Set DATABASE_URL to the database to index' });
  const config = searchIndexConfigFromEnv(process.env);
  const dataSource = await createDataSource(url).initialize();
  const index = createSearchIndex(onSharedPool(config, connectionPool(dataSource)));
  try {
    await index.applySettings();
    const started = Date.now();
    const { documents } = await reindexAll(dataSource, index, progressReporter());
    console.log(
      `Search index rebuilt (${index.engine}): ${documents} documents in ${Date.now() - started} ms`,
    );
  } finally {
    await index.close();
    await dataSource.destroy();
  }
}

const COMMANDS = { reindex } as const;

async function main() {
  const command = process.argv[2];
  if (!command || !(command in COMMANDS)) {
    console.error(`Usage: node dist/cli.js ${Object.keys(COMMANDS).join('|')}`);
    process.exit(2);
  }
  await COMMANDS[command as keyof typeof COMMANDS]();
}

main().catch((error: unknown) => {
  console.error(error instanceof InvalidSearchConfigError ? error.message : error);
  process.exit(1);
});
