/**
 * The shape most of the calculator's tables share: a keyboard-scrollable region holding a table whose
 * columns have headers and whose rows are each headed by a name (an option, a category, a kind).
 */
import type { ComponentChildren } from 'preact';

export interface TableRow {
  head: ComponentChildren;
  cells: ComponentChildren[];
}

interface RowTableProps {
  /** The scroll region's accessible name. */
  label: string;
  caption: ComponentChildren;
  /** The header of the row-name column ("Option", "Kind"). */
  corner: string;
  columns: string[];
  rows: TableRow[];
  class?: string | undefined;
  /** Cards on a phone (the calc-cards style): each cell carries its column's name to show beside it. */
  labelled?: boolean;
}

export function RowTable({ label, caption, corner, columns, rows, class: className, labelled = false }: RowTableProps) {
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={label}>
      <table class={className}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{corner}</th>
            {columns.map((column) => (
              <th scope="col">{column}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr>
              <th scope="row">{row.head}</th>
              {row.cells.map((cell, index) => (
                <td data-label={labelled ? columns[index] : undefined}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
