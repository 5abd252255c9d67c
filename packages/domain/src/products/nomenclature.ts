import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

/** One code of the HS 2022 nomenclature: a chapter (2 digits), heading (4) or subheading (6). */
export interface HsEntry {
  code: string;
  /** The nomenclature's English legal description. */
  description: string;
  level: 2 | 4 | 6;
  /** The code one level up; null for a chapter. */
  parent: string | null;
}

const CSV = new URL('../../data/hs2022/harmonized-system.csv', import.meta.url);

let entries: ReadonlyMap<string, HsEntry> | undefined;

/**
 * The whole nomenclature by code (6,940 entries), read from the copy in `data/hs2022` on first use
 * and kept: the file never changes while the process runs. Server-side only (it reads a file).
 */
export function hsNomenclature(): ReadonlyMap<string, HsEntry> {
  entries ??= new Map(
    (parse(readFileSync(CSV), { columns: true, bom: true }) as Array<Record<string, string>>).map((row) => {
      const code = row['hscode']!;
      const level = code.length as HsEntry['level'];
      return [
        code,
        { code, description: row['description']!, level, parent: level === 2 ? null : row['parent']! },
      ];
    }),
  );
  return entries;
}
