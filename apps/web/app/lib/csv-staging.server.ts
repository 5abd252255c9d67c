import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A member CSV checked by a dry run waits here, on the portal's server, until the coordinator
 * confirms the import: the browser carries only its id (not the file back and forth in a hidden
 * field), and the import reads exactly the file that was checked. A staged file belongs to the
 * person and group that uploaded it and is kept for an hour.
 */
const DIR = process.env.CSV_STAGING_DIR ?? join(tmpdir(), 'linkage-csv-staging');
const KEEP_MS = 60 * 60 * 1000;

interface StagedCsv {
  organisationId: string;
  userId: string;
  fileName: string;
  csv: string;
}

export class StagedCsvGone extends Error {
  constructor() {
    super('The checked file is no longer here (it is kept for an hour): choose it again and check it.');
  }
}

export async function stageCsv(file: StagedCsv): Promise<string> {
  await mkdir(DIR, { recursive: true });
  await forgetOld();
  const id = randomBytes(18).toString('base64url');
  await writeFile(join(DIR, `${id}.json`), JSON.stringify(file), { mode: 0o600 });
  return id;
}

/** The staged file, if it exists, is recent, and belongs to this person and group. */
export async function readStagedCsv(id: string, organisationId: string, userId: string): Promise<StagedCsv> {
  if (!/^[\w-]{24}$/.test(id)) throw new StagedCsvGone();
  const path = join(DIR, `${id}.json`);
  try {
    if (Date.now() - (await stat(path)).mtimeMs > KEEP_MS) throw new StagedCsvGone();
    const staged = JSON.parse(await readFile(path, 'utf8')) as StagedCsv;
    if (staged.organisationId !== organisationId || staged.userId !== userId) throw new StagedCsvGone();
    return staged;
  } catch (error) {
    if (error instanceof StagedCsvGone) throw error;
    throw new StagedCsvGone();
  }
}

export async function discardStagedCsv(id: string): Promise<void> {
  if (/^[\w-]{24}$/.test(id)) await rm(join(DIR, `${id}.json`), { force: true });
}

async function forgetOld(): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(DIR).catch(() => [] as string[])) {
    const path = join(DIR, name);
    const info = await stat(path).catch(() => null);
    if (info && now - info.mtimeMs > KEEP_MS) await rm(path, { force: true });
  }
}
