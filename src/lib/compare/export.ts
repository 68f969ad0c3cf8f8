/**
 * Exports of exactly the table on screen: a header row of framework names, then one row per
 * visible table row, first column "Section" so a reader can filter a spreadsheet by it.
 */
import { toCsv as writeCsv } from '../csv';
import { markdownRow } from '../markdown';
import type { CompareTable } from './rows';

function tableMatrix(table: CompareTable): string[][] {
  const header = ['Section', 'Dimension', ...table.frameworks.map((f) => f.title)];
  const body = table.sections.flatMap((section) => section.rows.map((row) => [section.label, row.label, ...row.cells.map((c) => c.text)]));
  return [header, ...body];
}

export function toCsv(table: CompareTable): string {
  return writeCsv(tableMatrix(table));
}

export function toMarkdown(table: CompareTable): string {
  const [header, ...body] = tableMatrix(table);
  return [markdownRow(header!), markdownRow(header!.map(() => '---')), ...body.map(markdownRow)].join('\n') + '\n';
}
