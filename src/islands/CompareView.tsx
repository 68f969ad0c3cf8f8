/**
 * The /compare/ tool: pick two to six frameworks, see them side by side (capability levels first),
 * keep only the rows whose levels or ratings differ, fold sections, and download exactly what is on
 * screen. State lives in the URL. The rows, the diffing and the exports all come from
 * src/lib/compare; this file only draws them. Below 48rem each row becomes a card that lists the
 * frameworks one under the other (compare.css), so six frameworks still read on a phone.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { downloadText } from '../browser/download';
import { useUrlState } from '../browser/use-url-state';
import { toCsv, toMarkdown } from '../lib/compare/export';
import { compareTable, hiddenByDifferences, visibleTable, type CompareCell, type CompareFramework } from '../lib/compare/rows';
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

function Cell({ cell, label, sourceNumbers, sourcesPath }: { cell: CompareCell; label: string; sourceNumbers: Record<string, number>; sourcesPath: string }) {
  if (!cell.level) {
    if (cell.items && cell.items.length > 1) return <td data-label={label}><ul>{cell.items.map((item) => <li key={item}>{item}</li>)}</ul></td>;
    return <td data-label={label}>{cell.text}</td>;
  }
  return (
    <td data-label={label}>
      {/* The same markup as Level.astro: a shape drawn by CSS, a colour, and the word. */}
      <span class={`level level-${cell.level}`}>
        <span class="level-symbol" aria-hidden="true"></span>
        {SUPPORT_LEVEL_LABELS[cell.level]}
      </span>{' '}
      <span class="compare-note">
        {cell.note}{' '}
        <span class="cite">
          [
          {cell.sources.map((id, index) => (
            <>
              {index > 0 && ', '}
              <a href={`${sourcesPath}#${id}`}><span class="visually-hidden">source </span>{sourceNumbers[id] ?? id}</a>
            </>
          ))}
          ]
        </span>
      </span>
    </td>
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
        setLoaded({ frameworks: data.frameworks, sourceNumbers: Object.fromEntries(data.sources.map((s) => [s.id, s.number])) });
        const staticTable = document.getElementById(staticTableId);
        if (staticTable) staticTable.hidden = true;
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
  const [collapsed, setCollapsed] = useState<string[]>([]);

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
        <p id="compare-min-note" class="compare-hint">At least two stay selected: pick another before removing one of the last two.</p>
      </fieldset>
      <div class="compare-actions">
        <label>
          <input type="checkbox" checked={state.differencesOnly} onChange={(event) => update(state.ids, event.currentTarget.checked)} /> Show
          differences only
        </label>
        <button type="button" class="button" onClick={() => downloadText(`${fileName}.csv`, toCsv(shown), 'text/csv;charset=utf-8')}>Download CSV</button>
        <button type="button" class="button" onClick={() => downloadText(`${fileName}.md`, toMarkdown(shown), 'text/markdown;charset=utf-8')}>Download Markdown</button>
      </div>
      <div role="status" aria-live="polite" class="compare-status">
        <p>
          Comparing {names}: {rowCount} {rowCount === 1 ? 'row' : 'rows'} shown
          {state.differencesOnly ? `, differences only${hiddenSummary(hiddenByDifferences(full))}` : ''}.
        </p>
        {state.ignored.length > 0 && (
          <p>
            Ignored from the link: {state.ignored.join('; ')}.
          </p>
        )}
      </div>
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
                    <button
                      type="button"
                      aria-expanded={open}
                      onClick={() => setCollapsed(open ? [...collapsed, section.id] : collapsed.filter((id) => id !== section.id))}
                    >
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
