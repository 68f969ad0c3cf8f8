/**
 * Exports of exactly the table on screen: a header row of framework names, then one row per
 * visible table row, first column "Section" so a reader can filter a spreadsheet by it.
 */
import type { CompareTable } from './rows';

function tableMatrix(table: CompareTable): string[][] {
  const header = ['Section', 'Dimension', ...table.frameworks.map((f) => f.title)];
  const body = table.sections.flatMap((section) => section.rows.map((row) => [section.label, row.label, ...row.cells.map((c) => c.text)]));
  return [header, ...body];
}

/** RFC 4180: a field with a comma, quote or line break is quoted, and its quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(table: CompareTable): string {
  return tableMatrix(table).map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A Markdown table cell: pipes escaped, line breaks flattened, so one cell stays one cell. */
export function markdownCell(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function toMarkdown(table: CompareTable): string {
  const [header, ...body] = tableMatrix(table);
  const line = (cells: string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  return [line(header!), line(header!.map(() => '---')), ...body.map(line)].join('\n') + '\n';
}
