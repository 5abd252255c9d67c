import { createDataSource } from '@linkage/db';
const ds = await createDataSource(process.env.BENCH_DATABASE_URL!).initialize();
if (process.argv[2] === 'redo') await ds.undoLastMigration();
const t0 = performance.now();
const r = await ds.runMigrations();
console.log(r.map((m) => m.name), (performance.now() - t0).toFixed(0), 'ms');
await ds.query('VACUUM ANALYZE supplier_summaries');
await ds.destroy();
