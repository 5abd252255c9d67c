import { type DataSource } from 'typeorm';
import { WARM_CONNECTIONS, connectionPool, createDataSource, dataSourceOptions } from '../src/index.js';

const URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const backendPid = async (dataSource: DataSource) =>
  ((await dataSource.query('SELECT pg_backend_pid() AS pid')) as Array<{ pid: number }>)[0]!.pid;

describe('connection pool', () => {
  let dataSource: DataSource;
  afterEach(() => dataSource?.destroy());

  it('keeps warm connections through a quiet spell and closes the others', async () => {
    // The real options, with the idle timeout shortened from 10 s so the test need not wait that long.
    const { extra } = dataSourceOptions(URL) as { extra: Record<string, unknown> };
    dataSource = await createDataSource(URL, { extra: { ...extra, idleTimeoutMillis: 50 } }).initialize();
    const pool = connectionPool(dataSource);

    // Four at once, each holding its connection, open four backends.
    const busy = await Promise.all(
      Array.from({ length: 4 }, () =>
        dataSource.query('SELECT pg_backend_pid() AS pid, pg_sleep(0.05)') as Promise<Array<{ pid: number }>>,
      ),
    );
    const pids = busy.map((rows) => rows[0]!.pid);
    expect(new Set(pids).size).toBe(4);

    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(pool.totalCount).toBe(WARM_CONNECTIONS);
    // The next query runs on one of the backends that were already open.
    expect(pids).toContain(await backendPid(dataSource));
  });
});
