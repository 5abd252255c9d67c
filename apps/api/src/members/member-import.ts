import {
  CONTROL_CHARACTER,
  CONTROL_CHARACTER_MESSAGE,
  type ImportRowError,
  type ImportRowReport,
  MEMBER_CSV_COLUMNS,
  MemberEnterpriseSchema,
  emailField,
  isoDateField,
} from '@linkage/contracts';
import { z } from 'zod';
import { MalformedCsvError, parseCsv } from './csv.js';

const LIST_COLUMNS = new Set(['sectors', 'languages']);
const NUMBER_COLUMNS = new Set(['employees', 'foundedYear', 'latitude', 'longitude']);
const BOOLEAN_COLUMNS = new Set(['womenOwned', 'youthLed']);
const TRUE = new Set(['true', 'yes', 'y', '1', 'oui', 'si', 'sí']);
const FALSE = new Set(['false', 'no', 'n', '0', 'non']);

/** One CSV row as the import validates it: the member's profile plus how it joins the group. */
const MemberRowSchema = z.object({
  enterprise: MemberEnterpriseSchema,
  status: z.enum(['INVITED', 'ACTIVE'], { error: 'Use INVITED or ACTIVE' }).default('INVITED'),
  joinedOn: isoDateField.optional(),
  contactEmail: emailField.optional(),
});
export type MemberRow = z.infer<typeof MemberRowSchema>;

export interface ParsedMemberFile {
  rows: Array<{ line: number; value: MemberRow | undefined; report: ImportRowReport }>;
  /** Problems with the file as a whole (line 1 = header). */
  fileErrors: ImportRowError[];
}

/** Turns a cell into what the schema expects; an empty cell is an absent value. */
function cellValue(column: string, raw: string): unknown {
  const text = raw.trim();
  if (text === '') return undefined;
  if (LIST_COLUMNS.has(column)) return text.split(/\s*[;|]\s*/).filter(Boolean);
  if (NUMBER_COLUMNS.has(column)) return Number.isNaN(Number(text)) ? text : Number(text);
  if (BOOLEAN_COLUMNS.has(column)) {
    const lower = text.toLowerCase();
    return TRUE.has(lower) ? true : FALSE.has(lower) ? false : text;
  }
  if (column === 'status') return text.toUpperCase();
  return text;
}

/**
 * Reads a member CSV and validates every row with the same schema as the single-member form, so a
 * row is accepted exactly when the form would accept it. Every problem is reported with its line and
 * column; `existingNames` (lower-cased) catches members the group already has.
 */
export function parseMemberFile(text: string, existingNames: ReadonlySet<string>): ParsedMemberFile {
  let records: Array<{ line: number; cells: string[] }>;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof MalformedCsvError)
      return { rows: [], fileErrors: [{ line: error.line, field: 'file', reason: error.message }] };
    throw error;
  }
  const fileErrors: ImportRowError[] = [];
  const header = records[0]?.cells.map((c) => c.trim());
  if (!header) return { rows: [], fileErrors: [{ line: 1, field: 'file', reason: 'The file is empty' }] };
  const known = new Set<string>(MEMBER_CSV_COLUMNS);
  for (const column of header) {
    if (!known.has(column)) {
      fileErrors.push({
        line: 1,
        field: column || '(blank)',
        reason: `Unknown column; use ${MEMBER_CSV_COLUMNS.join(', ')}`,
      });
    }
  }
  if (!header.includes('legalName')) {
    fileErrors.push({ line: 1, field: 'legalName', reason: 'The header must include a legalName column' });
  }
  if (records.length === 1)
    fileErrors.push({ line: 1, field: 'file', reason: 'The file has no member rows' });

  const seen = new Map<string, number>();
  const rows = records.slice(1).map(({ line, cells }) => {
    const errors: ImportRowError[] = [];
    if (cells.length > header.length) {
      errors.push({
        line,
        field: 'row',
        reason: `Has ${cells.length} cells but the header has ${header.length}`,
      });
    }
    const raw: Record<string, unknown> = {};
    header.forEach((column, i) => {
      // A control character (a NUL from a broken export) cannot be stored: the row says so.
      if (CONTROL_CHARACTER.test(cells[i] ?? '')) errors.push({ line, field: column, reason: CONTROL_CHARACTER_MESSAGE });
      else if (known.has(column)) raw[column] = cellValue(column, cells[i] ?? '');
    });
    const { status, joinedOn, contactEmail, ...enterprise } = raw;
    const parsed = MemberRowSchema.safeParse({ enterprise, status, joinedOn, contactEmail });
    if (!parsed.success) {
      const byField = new Map<string, string>();
      for (const issue of parsed.error.issues) {
        const path = issue.path.filter((p) => p !== 'enterprise').join('.') || 'row';
        if (!byField.has(path)) byField.set(path, issue.message);
      }
      const reported = new Set(errors.map((e) => e.field));
      for (const [field, reason] of byField) if (!reported.has(field)) errors.push({ line, field, reason });
    }
    const legalName = typeof raw.legalName === 'string' ? raw.legalName.trim() : null;
    if (legalName) {
      const key = legalName.toLowerCase();
      if (existingNames.has(key)) {
        errors.push({ line, field: 'legalName', reason: 'The group already has a member of this name' });
      } else if (seen.has(key)) {
        errors.push({ line, field: 'legalName', reason: `Same name as line ${seen.get(key)}` });
      } else {
        seen.set(key, line);
      }
    }
    return {
      line,
      value: errors.length ? undefined : parsed.data,
      report: { line, legalName, errors },
    };
  });
  return { rows, fileErrors };
}
