/**
 * The drafts `npm run new:framework` and `npm run new:dimension` write: schema-valid frontmatter
 * with `draft: true` and a TODO in every value an editor must supply (a "# TODO" comment beside
 * each closed-vocabulary value, which needs a real choice but no placeholder). The schema accepts
 * TODO only while `draft: true`, so a page cannot be published unfinished. Pure: the script in
 * scripts/new-content.mjs does the file work. Imports carry their extension so Node runs this as is.
 */
import {
  TODO,
  CAPABILITY_IDS,
  COMPLIANCE_GROUPS,
  COST_MODELS,
  DIMENSION_GROUPS,
  EFFORT_LEVELS,
  FRAMEWORK_KINDS,
  PROFILE_FIELDS,
  SEED_FIELDS,
  SUPPORT_LEVELS,
} from './vocabulary.ts';

export const SCAFFOLD_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface ScaffoldInput {
  id: string;
  name: string;
  /** One more than the highest `order` in the collection, so the draft sorts last. */
  order: number;
  /** YYYY-MM-DD */
  today: string;
}

/** Why an id or name cannot be used, or undefined when both are fine. */
export function scaffoldProblem(id: string, name: string, existing: readonly string[]): string | undefined {
  if (!SCAFFOLD_ID_PATTERN.test(id)) return `"${id}" is not an id: use lower-case words joined by hyphens, e.g. "my-framework"`;
  if (existing.includes(id)) return `"${id}" already exists`;
  if (!name.trim()) return 'give the name in quotes after the id, e.g. "My Framework"';
  return undefined;
}

const todo = (what: string) => JSON.stringify(`${TODO}: ${what}`);
const oneOf = (values: readonly string[]) => `# ${TODO}: one of ${values.join(', ')}`;
const cited = (what: string) => `{ text: ${todo(what)}, sources: [${TODO}] }`;
const HEADER = (command: string) =>
  `# A draft written by \`${command}\`. \`npm run dev\` shows it; \`npm run build\` leaves it out.\n` +
  `# Replace every ${TODO} (sources: ids from content/data/sources.yaml), then delete \`draft: true\`:\n` +
  `# the build refuses a published page that still holds a ${TODO}. See content/README.md.`;

/** The ## headings every framework article has, in order (content/README.md lists them). */
export const FRAMEWORK_HEADINGS = [
  'What it is today',
  'Architecture and components',
  'A typical workflow',
  'Key features, strengths and limitations',
  'Best for and not for',
  'Implementation effort',
  'Cost model and hidden costs',
  'Security and compliance',
  'Scalability',
  'Team skills',
  'Integrations and combinations',
  'Use cases',
  'Migration and exit',
  'Names and history',
] as const;

export function frameworkDraft({ id, name, order, today }: ScaffoldInput): string {
  const lines = [
    '---',
    HEADER(`npm run new:framework -- ${id} "${name}"`),
    'draft: true',
    `title: ${JSON.stringify(name)}`,
    `shortName: ${JSON.stringify(name)}`,
    `description: ${todo(`one sentence (50 to 180 characters) on what ${name} is and who maintains it`)}`,
    `order: ${order}`,
    `vendor: ${todo('who maintains or sells it')}`,
    `kind: ${FRAMEWORK_KINDS[0]} ${oneOf(FRAMEWORK_KINDS)}`,
    `website: https://${TODO}.invalid/`,
    `lastReviewed: ${today}`,
    'inOneMinute:',
    `  today: ${todo(`what ${name} is today, in one sentence`)}`,
    `  bestFor: ${todo('who it suits, in one sentence')}`,
    `  avoidIf: ${todo('when to pick something else, in one sentence')}`,
    `  pricing: ${todo('how it is paid for, in one sentence')}`,
    `  lockIn: ${todo('what leaving it would take, in one sentence')}`,
    `  sources: [${TODO}]`,
    '  changed:',
    `    - { date: ${today}, text: ${todo('a dated change of the last 12 months')}, sources: [${TODO}] } # ${TODO}: the date of the change`,
    `maintainer: ${cited('who maintains it, with a source')}`,
    `license: ${cited('its licence, with a source')}`,
    `latestVersion: { value: ${todo('the latest release')}, asOf: ${today}, sources: [${TODO}] }`,
    'aliases: []',
    'seed:',
    `  keyFeatures: [${todo('a key feature')}]`,
    `  strengths: [${todo('a strength')}]`,
    `  limitations: [${todo('a limitation')}]`,
    `  bestFor: ${todo('the teams it suits')}`,
    `  implementationEffort: ${EFFORT_LEVELS[2]} ${oneOf(EFFORT_LEVELS)}`,
    `  costModel: ${COST_MODELS[0]} ${oneOf(COST_MODELS)}`,
    `  hiddenCosts: [${todo('a cost that is easy to miss')}]`,
    `  complianceGroup: ${COMPLIANCE_GROUPS[2]} ${oneOf(COMPLIANCE_GROUPS)}`,
    'profile:',
    ...PROFILE_FIELDS.map((field) => `  ${field}: ${cited(`one or two sentences on ${field}`)}`),
    `capabilities: ${oneOf(SUPPORT_LEVELS).replace('one of', 'each level is one of')}`,
    ...CAPABILITY_IDS.map((capability) => `  ${capability}: { level: unknown, note: ${todo(`how it covers ${capability}`)}, sources: [${TODO}] }`),
    'useCases: []',
    '---',
    '',
    `${TODO}: one paragraph, the bottom line on ${name}.`,
    '',
    ...FRAMEWORK_HEADINGS.flatMap((heading) => [`## ${heading}`, '', `${TODO}: write this section.`, '']),
  ];
  return lines.join('\n');
}

export function dimensionDraft({ id, name, order, today }: ScaffoldInput): string {
  const lines = [
    '---',
    HEADER(`npm run new:dimension -- ${id} "${name}"`),
    'draft: true',
    `title: ${JSON.stringify(name)}`,
    `description: ${todo(`one sentence (50 to 180 characters) on what ${name} compares`)}`,
    `order: ${order}`,
    `lastReviewed: ${today}`,
    `group: ${DIMENSION_GROUPS[0]} ${oneOf(DIMENSION_GROUPS)}`,
    `# ${TODO}: what the generated table shows: any of seed (${SEED_FIELDS.join(', ')}),`,
    `# profile (${PROFILE_FIELDS.join(', ')}) and capabilities (a list of capability ids).`,
    'table:',
    `  capabilities: [${CAPABILITY_IDS[0]}]`,
    '---',
    '',
    `${TODO}: one paragraph, the bottom line: what to look for and which frameworks differ most.`,
    '',
    '## What to look for',
    '',
    `${TODO}: write this section.`,
    '',
  ];
  return lines.join('\n');
}

export type FrameworkHeading = (typeof FRAMEWORK_HEADINGS)[number];

/** Is `text` one of the framework article headings (so a link to its anchor cannot break)? */
export function isFrameworkHeading(text: string): text is FrameworkHeading {
  return (FRAMEWORK_HEADINGS as readonly string[]).includes(text);
}

/**
 * The anchor Astro gives a framework heading ("Key features, strengths and limitations" →
 * "key-features-strengths-and-limitations"): lower case, punctuation dropped, spaces to hyphens.
 * The headings are plain words, so this matches the slugger without depending on it.
 */
export function frameworkHeadingSlug(heading: FrameworkHeading): string {
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-');
}
