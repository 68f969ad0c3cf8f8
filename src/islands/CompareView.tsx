/**
 * The /compare/ tool: pick two to six frameworks, see them side by side (capability levels first),
 * keep only the rows whose levels or ratings differ, fold sections, and download exactly what is on
 * screen. State lives in the URL. The rows, the diffing and the exports all come from
 * src/lib/compare; this file only draws them. Below 48rem a compact grid of capability symbols
 * comes first, and each row of the full table becomes a card (compare.css), its sections folded.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { downloadText } from '../browser/download';
import { useUrlState } from '../browser/use-url-state';
import { toCsv, toMarkdown } from '../lib/compare/export';
import { compareTable, hiddenByDifferences, visibleTable, type CompareCell, type CompareFramework, type CompareTable } from '../lib/compare/rows';
import { MAX_SELECTED, MIN_SELECTED, readCompareState, writeCompareState, type CompareState } from '../lib/compare/selection';
import { SUPPORT_LEVEL_LABELS } from '../lib/vocabulary';

type Selection = Omit<CompareState, 'ignored'>;

interface Props {
  /** /data/frameworks.json: the island reads the published data rather than a copy in the page. */
  dataUrl: string;
  /** The build-time table of all frameworks, shown until (and unless) this view takes over. */
  staticTableId: string;
  sourcesPath: string;
  frameworksPath: string;
}

interface PublishedData {
  frameworks: CompareFramework[];
  sources: Array<{ id: string; number: number }>;
}

interface Loaded {
  frameworks: CompareFramework[];
  /** Each cited source's number on /sources/, so a cell cites it as the static pages do. */
  sourceNumbers: Record<string, number>;
}

/** Numbered links to /sources/, as the static pages' <Cite> renders them. */
function Sources({ ids, sourceNumbers, sourcesPath }: { ids: readonly string[]; sourceNumbers: Record<string, number>; sourcesPath: string }) {
  return (
    <span class="cite">
      [
      {ids.map((id, index) => (
        <>
          {index > 0 && ', '}
          <a href={`${sourcesPath}#${id}`}>
            <span class="visually-hidden">source </span>
            {sourceNumbers[id] ?? id}
          </a>
        </>
      ))}
      ]
    </span>
  );
}

function Cell({ cell, label, sourceNumbers, sourcesPath }: { cell: CompareCell; label: string; sourceNumbers: Record<string, number>; sourcesPath: string }) {
  if (!cell.level) {
    return (
      <td data-label={label}>
        {cell.note ?? cell.text} <Sources ids={cell.sources} sourceNumbers={sourceNumbers} sourcesPath={sourcesPath} />
        {cell.link && (
          <>
            {' '}
            <a href={cell.link.href}>{cell.link.text}</a>
          </>
        )}
      </td>
    );
  }
  return (
    <td data-label={label}>
      {/* The same markup as Level.astro: a shape drawn by CSS, a colour, and the word. */}
      <span class={`level level-${cell.level}`}>
        <span class="level-symbol" aria-hidden="true"></span>
        {SUPPORT_LEVEL_LABELS[cell.level]}
      </span>{' '}
      <span class="compare-note">
        {cell.note} <Sources ids={cell.sources} sourceNumbers={sourceNumbers} sourcesPath={sourcesPath} />
      </span>
    </td>
  );
}

/**
 * The phone's first view: every capability as a row, the frameworks as columns, each level as its
 * symbol with the word for screen readers. The cards with notes and sources follow, folded.
 */
function CompactGrid({ table }: { table: CompareTable }) {
  const capabilities = table.sections.find((s) => s.id === 'capabilities');
  if (!capabilities) return null;
  return (
    <div class="compare-compact" role="region" aria-labelledby="compare-compact-caption" tabindex={0}>
      <table>
        <caption id="compare-compact-caption">Capabilities at a glance</caption>
        <thead>
          <tr>
            <th scope="col">Capability</th>
            {table.frameworks.map((f) => (
              <th scope="col" key={f.id}>
                {f.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {capabilities.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, index) => (
                <td key={table.frameworks[index]!.id}>
                  {cell.level && (
                    <span class={`level level-${cell.level}`}>
                      <span class="level-symbol" aria-hidden="true"></span>
                      <span class="visually-hidden">{SUPPORT_LEVEL_LABELS[cell.level]}</span>
                    </span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "hid 7 rows where all agree and 5 free-text rows", for the status line. */
function hiddenSummary(hidden: { agreeing: number; freeText: number }): string {
  const parts = [
    hidden.agreeing > 0 && `${hidden.agreeing} ${hidden.agreeing === 1 ? 'row' : 'rows'} where all agree`,
    hidden.freeText > 0 && `${hidden.freeText} free-text ${hidden.freeText === 1 ? 'row' : 'rows'}, which are not compared`,
  ].filter(Boolean);
  return parts.length > 0 ? `; hid ${parts.join(' and ')}` : '';
}

/**
 * Runs `swap` (the tool replaces the static table, which is taller) only while the static table's top
 * is on screen or below it, so no content the reader is looking at moves: at once when the data
 * arrives before the reader scrolls (the usual case), otherwise when the reader scrolls back up to
 * it. A reader already reading the static table, or sent to #pairs, keeps a still page.
 */
function whenNothingAboveMoves(element: HTMLElement | null, swap: () => void): void {
  const safe = () => !element || element.getBoundingClientRect().top >= 0;
  if (safe()) return swap();
  // Marks the wait, so a reader's tools (and the browser tests) can tell a held swap from a late one.
  element?.setAttribute('data-swap', 'waiting');
  const check = () => {
    if (!safe()) return;
    removeEventListener('scroll', check);
    element?.removeAttribute('data-swap');
    swap();
  };
  addEventListener('scroll', check, { passive: true });
}

export default function CompareView({ dataUrl, staticTableId, sourcesPath, frameworksPath }: Props) {
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    fetch(dataUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status}`);
        return response.json() as Promise<PublishedData>;
      })
      .then((data) => {
        const staticTable = document.getElementById(staticTableId);
        whenNothingAboveMoves(staticTable, () => {
          setLoaded({ frameworks: data.frameworks, sourceNumbers: Object.fromEntries(data.sources.map((s) => [s.id, s.number])) });
          if (staticTable) staticTable.hidden = true;
        });
      })
      .catch(() => setFailed(true));
  }, []);

  if (failed) return <p role="status">The interactive comparison could not load its data, so the table below shows every framework.</p>;
  if (!loaded) return null;
  return <CompareTool {...loaded} sourcesPath={sourcesPath} frameworksPath={frameworksPath} />;
}

function CompareTool({ frameworks, sourceNumbers, sourcesPath, frameworksPath }: Loaded & { sourcesPath: string; frameworksPath: string }) {
  const known = useMemo(() => frameworks.map((f) => f.id), [frameworks]);
  const fallback = known.slice(0, MIN_SELECTED);
  const codec = useMemo(() => {
    const read = (search: string) => {
      const { ignored, ...state } = readCompareState(search, known, fallback);
      return { state, ignored };
    };
    return { read, write: (s: Selection) => writeCompareState(s.ids, s.differencesOnly) };
  }, [known]);
  // A client-only island: the first render already shows what the link asks for.
  const url = useUrlState<Selection>({ ids: fallback, differencesOnly: false }, codec, { readOnFirstRender: true });
  const state = { ...url.state, ignored: url.ignored };
  // On a phone the detailed sections start folded under the compact grid, so the first screen is the comparison, not 18,000 px of cards.
  const [collapsed, setCollapsed] = useState<string[]>(() => (window.matchMedia?.('(max-width: 47.99rem)').matches ? ['current', 'capabilities'] : []));

  const update = (ids: string[], differencesOnly: boolean) => url.update({ ids, differencesOnly });

  const toggle = (id: string, checked: boolean) => {
    const ids = known.filter((k) => (k === id ? checked : state.ids.includes(k)));
    if (ids.length < MIN_SELECTED || ids.length > MAX_SELECTED) return;
    update(ids, state.differencesOnly);
  };

  const selected = frameworks.filter((f) => state.ids.includes(f.id));
  const full = compareTable(selected);
  const shown = visibleTable(full, { differencesOnly: state.differencesOnly, collapsed });
  const sectionsOnScreen = visibleTable(full, { differencesOnly: state.differencesOnly, collapsed: [] }).sections;
  const rowCount = shown.sections.reduce((n, s) => n + s.rows.length, 0);
  // Rows in folded sections are neither on screen nor exported; the status says how many wait there.
  const folded = sectionsOnScreen.reduce((n, s) => n + s.rows.length, 0) - rowCount;
  const names = selected.map((f) => f.title).join(', ');
  const fileName = `compare-${state.ids.join('-')}`;

  return (
    <div class="compare-view">
      <fieldset class="compare-picker">
        <legend>Frameworks to compare (two to six)</legend>
        {frameworks.map((f) => {
          const checked = state.ids.includes(f.id);
          const locked = checked && state.ids.length <= MIN_SELECTED;
          return (
            <label key={f.id}>
              <input
                type="checkbox"
                name="fw"
                value={f.id}
                checked={checked}
                aria-describedby={locked ? 'compare-min-note' : undefined}
                onChange={(event) => {
                  const input = event.currentTarget;
                  if (locked) input.checked = true;
                  else toggle(f.id, input.checked);
                }}
              />{' '}
              {f.title}
            </label>
          );
        })}
        <p id="compare-min-note" class="compare-hint">
          At least two stay selected: pick another before removing one of the last two.
        </p>
      </fieldset>
      <div class="compare-actions">
        <label>
          <input type="checkbox" checked={state.differencesOnly} onChange={(event) => update(state.ids, event.currentTarget.checked)} /> Show differences only
        </label>
        <button type="button" class="button" onClick={() => downloadText(`${fileName}.csv`, toCsv(shown), 'text/csv;charset=utf-8')}>
          Download CSV
        </button>
        <button type="button" class="button" onClick={() => downloadText(`${fileName}.md`, toMarkdown(shown), 'text/markdown;charset=utf-8')}>
          Download Markdown
        </button>
      </div>
      <div role="status" aria-live="polite" class="compare-status">
        <p>
          Comparing {names}: {rowCount} {rowCount === 1 ? 'row' : 'rows'} shown{folded > 0 ? ` and ${folded} in folded sections (unfold one to see and export its rows)` : ''}
          {state.differencesOnly ? `, differences only${hiddenSummary(hiddenByDifferences(full))}` : ''}.
        </p>
        {state.ignored.length > 0 && <p>Ignored from the link: {state.ignored.join('; ')}.</p>}
      </div>
      <CompactGrid table={full} />
      <div class="compare-scroll">
        <table class="compare-table" id="compare-view-table">
          <caption id="compare-view-caption">{names} compared</caption>
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              {selected.map((f) => (
                <th scope="col" key={f.id}>
                  <a href={`${frameworksPath}${f.id}/`}>{f.title}</a>
                </th>
              ))}
            </tr>
          </thead>
          {sectionsOnScreen.map((section) => {
            const open = !collapsed.includes(section.id);
            return (
              <tbody key={section.id}>
                <tr class="compare-section-row">
                  <th scope="colgroup" colSpan={selected.length + 1}>
                    <button type="button" aria-expanded={open} onClick={() => setCollapsed(open ? [...collapsed, section.id] : collapsed.filter((id) => id !== section.id))}>
                      <span aria-hidden="true">{open ? '▾' : '▸'}</span> {section.label} ({section.rows.length})
                    </button>
                  </th>
                </tr>
                {open &&
                  section.rows.map((row) => (
                    <tr key={row.id}>
                      <th scope="row">{row.label}</th>
                      {row.cells.map((cell, index) => (
                        <Cell key={selected[index]!.id} cell={cell} label={selected[index]!.title} sourceNumbers={sourceNumbers} sourcesPath={sourcesPath} />
                      ))}
                    </tr>
                  ))}
              </tbody>
            );
          })}
        </table>
      </div>
      {sectionsOnScreen.length === 0 && <p>These frameworks agree on every row; turn off “differences only” to see them all.</p>}
    </div>
  );
}
