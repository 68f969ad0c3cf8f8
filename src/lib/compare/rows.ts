/**
 * The comparison table as data: one section of the original article's ratings and one of
 * capabilities, each row holding one cell per selected framework. The page, the island and the
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
  seed: SeedBlock;
  capabilities: Record<CapabilityId, CapabilityCell>;
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
  /** What "differences only" compares: the level for capabilities (notes always differ), the text otherwise. */
  keys: string[];
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
    return { id: field, label: SEED_COLUMN_LABELS[field], cells, keys: cells.map((cell) => cell.text) };
  });
  const capabilities: CompareRow[] = CAPABILITY_IDS.map((id) => {
    const cells = frameworks.map((framework): CompareCell => {
      const cell = framework.capabilities[id];
      return { text: capabilityText(cell), level: cell.level, note: cell.note, sources: [...cell.sources] };
    });
    return { id, label: CAPABILITY_LABELS[id], cells, keys: cells.map((cell) => cell.level ?? '') };
  });
  return {
    frameworks: frameworks.map(({ id, title }) => ({ id, title })),
    sections: [
      { id: 'ratings', label: 'Classic ratings', rows: ratings },
      { id: 'capabilities', label: 'Capabilities', rows: capabilities },
    ],
  };
}

/** True when the selected frameworks do not all agree on this row. */
export function rowDiffers(row: CompareRow): boolean {
  return new Set(row.keys).size > 1;
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
