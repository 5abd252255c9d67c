import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

process.env.CSV_STAGING_DIR = mkdtempSync(join(tmpdir(), 'csv-staging-test-'));
const { discardStagedCsv, readStagedCsv, StagedCsvGone, stageCsv } = await import('../../app/lib/csv-staging.server');

const file = { organisationId: 'group-1', userId: 'user-1', fileName: 'members.csv', csv: 'legalName\nCoop A\n' };

test('a checked file waits on the server for its own person and group, and only for them', async () => {
  const id = await stageCsv(file);
  expect(id).toMatch(/^[\w-]{24}$/);
  expect(await readStagedCsv(id, 'group-1', 'user-1')).toEqual(file);
  await expect(readStagedCsv(id, 'group-2', 'user-1')).rejects.toBeInstanceOf(StagedCsvGone);
  await expect(readStagedCsv(id, 'group-1', 'user-2')).rejects.toBeInstanceOf(StagedCsvGone);
  await expect(readStagedCsv('../../etc/passwd', 'group-1', 'user-1')).rejects.toBeInstanceOf(StagedCsvGone);
  await discardStagedCsv(id);
  await expect(readStagedCsv(id, 'group-1', 'user-1')).rejects.toBeInstanceOf(StagedCsvGone);
});
