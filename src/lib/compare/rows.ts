/**
 * The comparison table as data: one section of capabilities (sourced support levels, the evidence,
 * so it comes first) and one of the original article's ratings, each row holding one cell per
 * selected framework. The page, the island and the
 * exports all render these rows, so what is on screen and what is exported cannot drift apart.
 */
import { SEED_COLUMN_LABELS, seedValue, type CapabilityCell, type SeedBlock } from '../dimension-table';
import {
  CAPABILITY_IDS,
  CAPABILITY_LABELS,
  SEED_FIELDS,
  SUPPORT_LEVEL_LABELS,
  SUPPORT_LEVEL_SYMBOLS,
  type CapabilityId,
  type FrameworkKind,
  type SupportLevel,
} from '../vocabulary';

export interface CompareFramework {
  id: string;
  title: string;
  kind: FrameworkKind;
  /** Absent for frameworks the original comparison did not cover. */
  seed?: SeedBlock | undefined;
  capabilities: Record<CapabilityId, CapabilityCell>;
  /** The article's In one minute box: its current "best for" and "avoid if", with their sources. */
  inOneMinute: { bestFor: string; avoidIf: string; sources: string[] };
}

export interface CompareCell {
  /** The cell as one line of plain text, as exports write it. */
  text: string;
  /** List values, shown as a list. */
  items?: string[];
  level?: SupportLevel;
  note?: string;
  sources: string[];
}

export interface CompareRow {
  id: string;
  label: string;
  cells: CompareCell[];
  /** What "differences only" compares: the level for capabilities (notes always differ), the value for closed ratings. */
  keys: string[];
  /**
   * Whether the row can be compared at all: capability levels and ratings on a closed scale (effort,
   * cost model, compliance position) can; free text (features, strengths…) always differs in wording,
   * so it is not compared and "differences only" leaves it out.
   */
  comparable: boolean;
}

export interface CompareSection {
  id: 'ratings' | 'capabilities';
  label: string;
  rows: CompareRow[];
}

export interface CompareTable {
  frameworks: Array<{ id: string; title: string }>;
  sections: CompareSection[];
}

/** Ratings of the original article that take a value from a closed scale, so two frameworks can agree. */
const CLOSED_SEED_FIELDS: ReadonlySet<string> = new Set(['implementationEffort', 'costModel', 'complianceGroup']);

/** A capability cell in words: "● Native: note (sources: a, b)". */

export function capabilityText(cell: CapabilityCell): string {
  return `${SUPPORT_LEVEL_SYMBOLS[cell.level]} ${SUPPORT_LEVEL_LABELS[cell.level]}: ${cell.note} (sources: ${cell.sources.join(', ')})`;
}

export function compareTable(frameworks: readonly CompareFramework[]): CompareTable {
  const ratings: CompareRow[] = SEED_FIELDS.map((field) => {
    const cells = frameworks.map((framework): CompareCell => {
      const value = seedValue(framework.seed, field);
      return typeof value === 'string' ? { text: value, sources: [] } : { text: value.join('; '), items: [...value], sources: [] };
    });
    return { id: field, label: SEED_COLUMN_LABELS[field], cells, keys: cells.map((cell) => cell.text), comparable: CLOSED_SEED_FIELDS.has(field) };
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
      { id: 'capabilities', label: 'Capabilities', rows: capabilities },
      { id: 'ratings', label: 'Classic ratings', rows: ratings },
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
    sections: table.sections
      .map((section) => ({ ...section, rows: section.rows.filter(rowDiffers) }))
      .filter((section) => section.rows.length > 0),
  };
}

/** The table as it is on screen: differences only or not, and without collapsed sections. */
export function visibleTable(table: CompareTable, options: { differencesOnly: boolean; collapsed: readonly string[] }): CompareTable {
  const shown = options.differencesOnly ? differencesOnly(table) : table;
  return { frameworks: shown.frameworks, sections: shown.sections.filter((section) => !options.collapsed.includes(section.id)) };
}
