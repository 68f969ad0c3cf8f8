/**
 * The open data files, built from the same collections as the pages: /data/frameworks.json,
 * /data/frameworks.csv, a Markdown version of each framework page, and /llms.txt. Each states its
 * as-of date and licence. Pure functions of plain data; the endpoints in src/pages/ only call them.
 */
import { toCsv } from '../csv';
import { escapeMarkdownCell } from '../markdown';
import { isoDay } from '../format';
import { MAX_SELECTED, MIN_SELECTED } from '../compare/selection';
import { numberInWords } from '../number-words';
import { routes } from '../routes';
import { SITE_NAME, SITE_TAGLINE } from '../site';
import { CAPABILITY_IDS, CAPABILITY_LABELS, FRAMEWORK_KIND_LABELS, SUPPORT_LEVELS, SUPPORT_LEVEL_LABELS, SUPPORT_LEVEL_MEANINGS, SUPPORT_LEVEL_SYMBOLS } from '../vocabulary';
import type { FrameworkData } from '../schema/framework';
import { CURRENT_ROW_IDS, CURRENT_ROW_LABELS, type CurrentCell, type CurrentRowId } from '../compare/current';
import { attestationCsvColumns, attestationHeadings, type AttestationRow } from '../compare/attestations';
import {
  ATTESTATION_PROGRAMMES,
  ATTESTATION_STATUSES,
  ATTESTATION_STATUS_LABELS,
  ATTESTATION_STATUS_MEANINGS,
  ATTESTATION_STATUS_SYMBOLS,
  SELF_HOSTED_ATTESTATIONS,
} from '../compare/attestation-vocabulary';
import type { SourceData } from '../schema/source';
import { DATA_LICENCE_ID, DATA_LICENCE_STATEMENT, DATA_LICENCE_URL, OPEN_DATA_VERSION, type OpenData, type OpenDataFramework } from './schema';

/** A framework entry as the content collection holds it (only the fields the open data publishes). */
export interface FrameworkInput {
  id: string;
  data: Omit<FrameworkData, 'draft' | 'order' | 'aliases' | 'useCases' | 'inOneMinute'>;
}

/** What the tools add to the frontmatter: each framework's current rows, and the attestation matrix. */
export interface OpenDataExtras {
  current: ReadonlyMap<string, Record<CurrentRowId, CurrentCell>>;
  attestations: readonly AttestationRow[];
}

export interface SourceInput {
  id: string;
  data: Omit<SourceData, 'id'>;
}

/** Absolute URLs of the published files and pages, from the site's absolute base URL (ending in /). */
export function openDataUrls(siteBase: string) {
  const absolute = (path: string) => siteBase + path.slice(1);
  return {
    json: `${siteBase}data/frameworks.json`,
    attestationsCsv: `${siteBase}data/attestations.csv`,
    schema: `${siteBase}data/frameworks.schema.json`,
    csv: `${siteBase}data/frameworks.csv`,
    page: (id: string) => absolute(routes.framework(id)),
    markdown: (id: string) => absolute(routes.frameworkMarkdown(id)),
  };
}

function citedIds(framework: FrameworkInput['data']): string[] {
  const groups = [
    framework.maintainer.sources,
    framework.license.sources,
    framework.latestVersion.sources,
    ...Object.values(framework.profile).map((p) => p.sources),
    ...Object.values(framework.capabilities).map((c) => c.sources),
  ];
  return groups.flat();
}

/** `sources` holds every source of the site in file order, so a source's number matches /sources/. */
export function buildOpenData(frameworks: readonly FrameworkInput[], sources: readonly SourceInput[], siteBase: string, extras: OpenDataExtras): OpenData {
  const urls = openDataUrls(siteBase);
  const asOf = frameworks.map((f) => f.data.lastReviewed).reduce((a, b) => (b > a ? b : a));
  const current = (id: string) => {
    const rows = extras.current.get(id);
    if (!rows) throw new Error(`open data: no current rows for framework "${id}"`);
    return Object.fromEntries(
      CURRENT_ROW_IDS.map((row) => {
        const { text, sources: ids, link } = rows[row];
        return [row, { text, sources: ids, ...(link ? { link: { href: new URL(link.href, siteBase).href, text: link.text } } : {}) }];
      }),
    ) as OpenDataFramework['current'];
  };
  const attestations = extras.attestations.map((row) => ({
    id: row.id,
    framework: row.framework,
    form: row.form,
    product: row.product,
    ...(row.note ? { note: row.note } : {}),
    ...(row.sources ? { sources: row.sources } : {}),
    ...(row.cells ? { cells: row.cells } : {}),
  }));
  const cited = new Set([
    ...frameworks.flatMap((f) => citedIds(f.data)),
    ...[...extras.current.values()].flatMap((rows) => Object.values(rows).flatMap((cell) => cell.sources)),
    ...extras.attestations.flatMap((row) => [...(row.sources ?? []), ...Object.values(row.cells ?? {}).flatMap((cell) => cell.sources)]),
  ]);
  return {
    $schema: urls.schema,
    version: OPEN_DATA_VERSION,
    asOf: isoDay(asOf),
    licence: { id: DATA_LICENCE_ID, url: DATA_LICENCE_URL, statement: DATA_LICENCE_STATEMENT },
    site: siteBase,
    supportLevels: SUPPORT_LEVELS.map((id) => ({ id, label: SUPPORT_LEVEL_LABELS[id], symbol: SUPPORT_LEVEL_SYMBOLS[id], meaning: SUPPORT_LEVEL_MEANINGS[id] })),
    capabilities: CAPABILITY_IDS.map((id) => ({ id, label: CAPABILITY_LABELS[id] })),
    frameworks: frameworks.map(({ id, data }) => ({
      id,
      title: data.title,
      shortName: data.shortName,
      description: data.description,
      vendor: data.vendor,
      kind: data.kind,
      website: data.website,
      page: urls.page(id),
      markdown: urls.markdown(id),
      lastReviewed: isoDay(data.lastReviewed),
      maintainer: data.maintainer,
      license: data.license,
      latestVersion: { value: data.latestVersion.value, asOf: isoDay(data.latestVersion.asOf), sources: data.latestVersion.sources },
      ...(data.seed ? { seed: data.seed } : {}),
      current: current(id),
      profile: data.profile,
      capabilities: data.capabilities,
    })),
    attestationProgrammes: attestationHeadings().programmes,
    attestationStatuses: ATTESTATION_STATUSES.map((id) => ({
      id,
      label: ATTESTATION_STATUS_LABELS[id],
      symbol: ATTESTATION_STATUS_SYMBOLS[id],
      meaning: ATTESTATION_STATUS_MEANINGS[id],
    })),
    attestations,
    sources: sources.flatMap((source, index) =>
      cited.has(source.id)
        ? [
            {
              id: source.id,
              number: index + 1,
              title: source.data.title,
              publisher: source.data.publisher,
              url: source.data.url,
              read: isoDay(source.data.read),
              standing: source.data.standing,
              ...(source.data.note ? { note: source.data.note } : {}),
            },
          ]
        : [],
    ),
  };
}

/** The one-line notice every text file starts with. */
function notice(data: OpenData): string {
  return `${SITE_NAME} open data, version ${data.version}, as of ${data.asOf}. ${data.licence.statement} Licence: ${data.licence.url}`;
}

/** `first-pipeline` → `first_pipeline`, for CSV column names. */
const column = (id: string) => id.replaceAll('-', '_');

/**
 * One row per framework: its facts, its current rows (text and sources), then three columns per
 * capability (level, note, sources). The classic comparison's ratings are in the JSON (`seed`) only. The first line is a `#` comment with the as-of date and licence, as many CSV readers
 * accept; skip it with `comment='#'` in pandas.
 */
export function toFrameworksCsv(data: OpenData): string {
  const header = [
    'id',
    'title',
    'vendor',
    'kind',
    'website',
    'last_reviewed',
    'latest_version',
    'latest_version_as_of',
    ...CURRENT_ROW_IDS.flatMap((id) => [column(id), `${column(id)}_sources`]),
    ...CAPABILITY_IDS.flatMap((id) => [`${id}_level`, `${id}_note`, `${id}_sources`]),
  ];
  const rows = data.frameworks.map((f) => [
    f.id,
    f.title,
    f.vendor,
    f.kind,
    f.website,
    f.lastReviewed,
    f.latestVersion.value,
    f.latestVersion.asOf,
    ...CURRENT_ROW_IDS.flatMap((id) => [f.current[id].text, f.current[id].sources.join(' ')]),
    ...CAPABILITY_IDS.flatMap((id) => [f.capabilities[id].level, f.capabilities[id].note, f.capabilities[id].sources.join(' ')]),
  ]);
  return toCsv([header, ...rows], { comment: [notice(data)] });
}

/** Turns an article body into plain Markdown: citations become links to the sources page, site links become absolute. */
export function plainMarkdownBody(body: string, siteBase: string): string {
  return body
    .replace(
      /<Cite\s+ids="([^"]*)"\s*\/>/g,
      (_, ids: string) =>
        `[${ids
          .trim()
          .split(/\s+/)
          .map((id) => `[source: ${id}](${siteBase}${routes.source(id).slice(1)})`)
          .join(', ')}]`,
    )
    .replace(/\]\(\/([^)]*)\)/g, (_, path: string) => `](${siteBase}${path})`)
    .trim();
}

export function frameworkMarkdown(f: OpenDataFramework, body: string, data: OpenData): string {
  const cite = (ids: readonly string[]) => ids.map((id) => `[source: ${id}](${data.site}sources/#${id})`).join(', ');
  const lines = [
    `# ${f.title}`,
    '',
    `> ${notice(data)} Web page: ${f.page}`,
    '',
    f.description,
    '',
    '## At a glance',
    '',
    `- Kind: ${FRAMEWORK_KIND_LABELS[f.kind]}`,
    `- Vendor: ${f.vendor}`,
    `- Website: ${f.website}`,
    `- Licence: ${f.license.text} (${cite(f.license.sources)})`,
    `- Latest version: ${f.latestVersion.value}, as of ${f.latestVersion.asOf} (${cite(f.latestVersion.sources)})`,
    `- Last reviewed: ${f.lastReviewed}`,
    '',
    '## The current picture',
    '',
    ...CURRENT_ROW_IDS.map((id) => `- ${CURRENT_ROW_LABELS[id]}: ${f.current[id].text} (${cite(f.current[id].sources)})`),
    '',
    '## Capabilities',
    '',
    '| Capability | Support | What is covered |',
    '| --- | --- | --- |',
    ...CAPABILITY_IDS.map((id) => {
      const cell = f.capabilities[id];
      return `| ${CAPABILITY_LABELS[id]} | ${SUPPORT_LEVEL_SYMBOLS[cell.level]} ${SUPPORT_LEVEL_LABELS[cell.level]} | ${escapeMarkdownCell(cell.note)} ${cite(cell.sources)} |`;
    }),
    '',
    plainMarkdownBody(body, data.site),
    '',
  ];
  return lines.join('\n');
}

/** /llms.txt (llmstxt.org): what the site is, and links to its plain-text pages and data. */
export function llmsTxt(data: OpenData): string {
  const urls = openDataUrls(data.site);
  return [
    `# ${SITE_NAME}`,
    '',
    `> ${SITE_TAGLINE} A sourced, dated comparison of MLOps frameworks: ratings, capability support levels with notes and sources, costs and effort.`,
    '',
    notice(data),
    '',
    '## Frameworks (plain-text versions of each framework page)',
    '',
    ...data.frameworks.map((f) => `- [${f.title}](${f.markdown}): ${f.description}`),
    '',
    '## Data',
    '',
    `- [frameworks.json](${urls.json}): every framework's facts, ratings and capability levels with source ids (JSON, version ${data.version})`,
    `- [frameworks.schema.json](${urls.schema}): the JSON Schema of frameworks.json`,
    `- [frameworks.csv](${urls.csv}): one row per framework, the same facts as a table`,
    `- [attestations.csv](${urls.attestationsCsv}): the attestation matrix, one row per framework and hosted form (also in frameworks.json)`,
    '',
    '## Optional',
    '',
    `- [Compare frameworks](${data.site}${routes.compare().slice(1)}): any ${numberInWords(MIN_SELECTED)} to ${numberInWords(MAX_SELECTED)} side by side`,
    `- [Sources](${data.site}sources/): every cited source with its publisher, URL, read date and standing`,
    '',
  ].join('\n');
}

/**
 * The attestation matrix as a table: one row per framework and hosted form, four columns per
 * programme (status, scope, as of, sources). A self-hosted row says "your environment's
 * attestations" in every status column and gives its note as the scope.
 */
export function toAttestationsCsv(data: OpenData): string {
  const header = attestationCsvColumns();
  const rows = data.attestations.map((row) => [
    row.framework,
    row.form,
    row.product,
    ...ATTESTATION_PROGRAMMES.flatMap((p) => {
      const cell = row.cells?.[p];
      return cell
        ? [ATTESTATION_STATUS_LABELS[cell.status], cell.scope, cell.asOf, cell.sources.join(' ')]
        : [SELF_HOSTED_ATTESTATIONS, row.note ?? '', '', (row.sources ?? []).join(' ')];
    }),
  ]);
  return toCsv([header, ...rows], { comment: [notice(data)] });
}
