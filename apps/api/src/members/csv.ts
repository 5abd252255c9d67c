import { CsvError, parse } from 'csv-parse/sync';

/** The file is not readable as CSV (an unclosed quote, …): where, and why, for the import report. */
export class MalformedCsvError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads CSV with csv-parse (RFC 4180: quoted fields with doubled quotes and line breaks inside,
 * CRLF or LF, a UTF-8 byte-order mark ignored, blank lines skipped). Fields are separated by commas,
 * or by semicolons when the header uses them, as spreadsheets in French and Spanish locales export.
 * Each record comes with the 1-based line it starts on. A file that is not CSV throws
 * `MalformedCsvError` naming its line, so a dry run and the import refuse it alike.
 */
export function parseCsv(text: string): Array<{ line: number; cells: string[] }> {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = source.slice(0, source.search(/\r?\n|$/));
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    // With `info`, each record comes as { record, info } (csv-parse's types do not follow the option).
    records = parse(source, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) {
      const line = typeof error['lines'] === 'number' ? error['lines'] : 1;
      throw new MalformedCsvError(line, readableReason(error));
    }
    throw error;
  }
  return records.map(({ record, info }) => ({
    // The parser reports the line a record ends on; a quoted field may span several.
    line: info.lines - record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0),
    cells: record,
  }));
}

function readableReason(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'A quoted field is never closed: a " is missing';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'A quote is followed by other characters: write a quote inside a quoted field as ""';
    default:
      return error.message;
  }
}
