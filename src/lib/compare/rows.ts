/**
 * The comparison table as data: the current rows (kind and licence, hosting, cost at the reference
 * team, effort, Kubernetes, lock-in, attestations, GenAI, team fit; each cell sourced), then one row
 * per capability (sourced support levels). The page, the island and the exports all render these
 * rows, so what is on screen and what is exported cannot drift apart. The classic six-framework
 * ratings are not here: they live in one place, on the about page.
 */
import type { CapabilityCell } from '../schema/framework';
import { CAPABILITY_IDS, CAPABILITY_LABELS, SUPPORT_LEVEL_LABELS, SUPPORT_LEVEL_SYMBOLS, type CapabilityId, type FrameworkKind, type SupportLevel } from '../vocabulary';
import { COMPARABLE_CURRENT_ROWS, CURRENT_ROW_IDS, CURRENT_ROW_LABELS, type CurrentCell, type CurrentRowId } from './current';

export interface CompareFramework {
  id: string;
  title: string;
  kind: FrameworkKind;
  /** The current rows, built at build time from the tools' data (src/data/current.ts). */
  current: Record<CurrentRowId, CurrentCell>;
  capabilities: Record<CapabilityId, CapabilityCell>;
  /** The article's In one minute box: its current "best for" and "avoid if", with their sources. */
  inOneMinute: { bestFor: string; avoidIf: string; sources: string[] };
}

export interface CompareCell {
  /** The cell as one line of plain text, as exports write it. */
  text: string;
  level?: SupportLevel;
  note?: string;
  sources: string[];
  /** A link the cell offers (the cost calculator with the reference team's inputs). */
  link?: { href: string; text: string } | undefined;
}

export interface CompareRow {
  id: string;
  label: string;
  cells: CompareCell[];
  /** What "differences only" compares: the level for capabilities (notes always differ), the value for closed ratings. */
  keys: string[];
  /**
   * Whether the row can be compared at all: capability levels and values on a closed scale
   * (Kubernetes, team fit) can; free text always differs in wording, so it is not compared and
   * "differences only" leaves it out.
   */
  comparable: boolean;
}

export interface CompareSection {
  id: 'current' | 'capabilities';
  label: string;
  rows: CompareRow[];
}

export interface CompareTable {
  frameworks: Array<{ id: string; title: string }>;
  sections: CompareSection[];
}

/** A capability cell in words: "● Native: note (sources: a, b)". */
export function capabilityText(cell: CapabilityCell): string {
  return `${SUPPORT_LEVEL_SYMBOLS[cell.level]} ${SUPPORT_LEVEL_LABELS[cell.level]}: ${cell.note} (sources: ${cell.sources.join(', ')})`;
}

/** A current cell in words, as exports write it: "text (sources: a, b)". */
export function currentText(cell: CurrentCell): string {
  return `${cell.text} (sources: ${cell.sources.join(', ')})`;
}

export function compareTable(frameworks: readonly CompareFramework[]): CompareTable {
  const current: CompareRow[] = CURRENT_ROW_IDS.map((id) => {
    const cells = frameworks.map((framework): CompareCell => {
      const cell = framework.current[id];
      return { text: currentText(cell), note: cell.text, sources: [...cell.sources], link: cell.link };
    });
    return {
      id,
      label: CURRENT_ROW_LABELS[id],
      cells,
      keys: frameworks.map((framework) => framework.current[id].key ?? framework.current[id].text),
      comparable: COMPARABLE_CURRENT_ROWS.has(id),
    };
  });
  const capabilities: CompareRow[] = CAPABILITY_IDS.map((id) => {
    const cells = frameworks.map((framework): CompareCell => {
      const cell = framework.capabilities[id];
      return { text: capabilityText(cell), level: cell.level, note: cell.note, sources: [...cell.sources] };
    });
    return { id, label: CAPABILITY_LABELS[id], cells, keys: cells.map((cell) => cell.level ?? ''), comparable: true };
  });
  return {
    frameworks: frameworks.map(({ id, title }) => ({ id, title })),
    sections: [
      { id: 'current', label: 'The current picture', rows: current },
      { id: 'capabilities', label: 'Capabilities', rows: capabilities },
    ],
  };
}

/** True when the row can be compared and the selected frameworks do not all agree on it. */
export function rowDiffers(row: CompareRow): boolean {
  return row.comparable && new Set(row.keys).size > 1;
}

/** What "differences only" leaves out: rows where every framework agrees, and free-text rows. */
export function hiddenByDifferences(table: CompareTable): { agreeing: number; freeText: number } {
  const rows = table.sections.flatMap((section) => section.rows);
  return {
    agreeing: rows.filter((row) => row.comparable && !rowDiffers(row)).length,
    freeText: rows.filter((row) => !row.comparable).length,
  };
}

/** The table with only the rows that differ; a section left empty is dropped. */
export function differencesOnly(table: CompareTable): CompareTable {
  return {
    frameworks: table.frameworks,
    sections: table.sections.map((section) => ({ ...section, rows: section.rows.filter(rowDiffers) })).filter((section) => section.rows.length > 0),
  };
}

/** The table as it is on screen: differences only or not, and without collapsed sections. */
export function visibleTable(table: CompareTable, options: { differencesOnly: boolean; collapsed: readonly string[] }): CompareTable {
  const shown = options.differencesOnly ? differencesOnly(table) : table;
  return { frameworks: shown.frameworks, sections: shown.sections.filter((section) => !options.collapsed.includes(section.id)) };
}
