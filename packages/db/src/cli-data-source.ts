// Entry point for the TypeORM CLI (`pnpm --filter @linkage/db migration:generate`), which wants a module whose default export is a DataSource.
import { createDataSource } from './data-source.js';

export default createDataSource(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/linkage');
