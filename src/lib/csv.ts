/**
 * The one CSV writer for every file the site produces (open data, compare and calculator exports).
 * RFC 4180 quoting, CRLF line ends, and the spreadsheet-formula guard: a cell that starts with
 * = + - @ (or a tab or carriage return) is read as a formula by Excel, LibreOffice and Sheets, so it
 * gets a leading apostrophe. Numbers are written as numbers (a negative number is not a formula).
 */

export type CsvValue = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** Rows to CSV text; `comment` lines (if any) go first, each prefixed with "# ". */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvValue>>, options: { comment?: readonly string[] } = {}): string {
  const lines = [...(options.comment ?? []).map((line) => `# ${line}`), ...rows.map((row) => row.map(csvCell).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
