/**
 * The one fake framework of the unit and island tests: a complete, schema-shaped framework whose
 * every text says where it came from (`<Title> <field>`), so an expected value can be written down
 * from the fixture alone. Tests take the parts they need (tables, compare view, open data).
 */
import type { FrameworkData } from '~/lib/schema/framework';
import { CAPABILITY_IDS, PROFILE_FIELDS, type CapabilityId, type SupportLevel } from '~/lib/vocabulary';
import type { CurrentInput } from '~/lib/compare/current';

export interface FakeFrameworkOptions {
  kind?: FrameworkData['kind'];
  seed?: Partial<FrameworkData['seed']>;
  /** Support levels that differ from the default, `native`. */
  levels?: Partial<Record<CapabilityId, SupportLevel>>;
  /** A capability's note; `<Title> <capability>` unless given. */
  capabilityNote?: (capability: CapabilityId) => string;
  /**
   * The sources of each cited fact, by where it sits: `maintainer`, `license`, `latestVersion`, a
   * profile field or a capability id. `[<id>-<where>]` unless given.
   */
  sourcesFor?: (where: string) => string[];
  /** A profile statement's text; `<Title> <field>` unless given. */
  profileText?: (field: string) => string;
  /** The review date, YYYY-MM-DD. */
  reviewed?: string;
}

export type FakeFramework = FrameworkData & { id: string };

export function fakeFramework(id: string, title: string, options: FakeFrameworkOptions = {}): FakeFramework {
  const sourcesFor = options.sourcesFor ?? ((where: string) => [`${id}-${where}`]);
  const cited = (text: string, sources: string[]) => ({ text, sources });
  return {
    id,
    draft: false,
    title,
    shortName: title,
    description: `${title}, a framework.`,
    order: 0,
    vendor: `${title} maintainers`,
    kind: options.kind ?? 'open-source',
    website: `https://${id}.example/`,
    lastReviewed: new Date(options.reviewed ?? '2026-11-26'),
    inOneMinute: {
      today: `${title} today`,
      bestFor: `${title} best for`,
      avoidIf: `${title} avoid if`,
      pricing: `${title} pricing`,
      lockIn: `${title} lock-in`,
      sources: sourcesFor('inOneMinute'),
      changed: [{ date: new Date('2026-10-01'), text: `${title} 1.2.3 released`, sources: sourcesFor('changed') }],
    },
    maintainer: cited(`${title} maintainers`, sourcesFor('maintainer')),
    license: cited('Apache-2.0', sourcesFor('license')),
    latestVersion: { value: '1.2.3', asOf: new Date('2026-10-01'), sources: sourcesFor('latestVersion') },
    aliases: [],
    seed: {
      keyFeatures: ['Tracking', 'Registry'],
      strengths: ['Open source'],
      limitations: ['Limited orchestration'],
      bestFor: 'Teams that want control',
      implementationEffort: 'medium',
      costModel: 'free-open-source',
      hiddenCosts: ['Engineering time'],
      complianceGroup: 'open-source-deployment',
      ...options.seed,
    },
    profile: Object.fromEntries(PROFILE_FIELDS.map((f) => [f, cited(options.profileText?.(f) ?? `${title} ${f}`, sourcesFor(f))])) as FrameworkData['profile'],
    capabilities: Object.fromEntries(
      CAPABILITY_IDS.map((c) => [c, { level: options.levels?.[c] ?? 'native', note: options.capabilityNote?.(c) ?? `${title} ${c}`, sources: sourcesFor(c) }]),
    ) as FrameworkData['capabilities'],
    useCases: [],
  };
}

/**
 * What src/lib/compare/current.ts builds a fake framework's current rows from: a self-hosted
 * open-source tool, every figure and source named after it (`<id>-cost`, `<id>-effort` …), so an
 * expected cell can be written down from here.
 */
export function fakeCurrentInput(id: string, title: string, overrides: Partial<CurrentInput> = {}): CurrentInput {
  const fake = fakeFramework(id, title);
  return {
    kind: 'open-source',
    license: { text: 'Apache-2.0', sources: [`${id}-license`] },
    inOneMinute: { today: `${title} today`, bestFor: `${title} best for`, avoidIf: `${title} avoid if`, lockIn: `${title} lock-in.`, sources: [`${id}-minute`] },
    capabilities: fake.capabilities,
    modes: [{ mode: 'self-hosted', setupWeeks: { low: 1, likely: 2, high: 6 }, exitWeeks: { low: 1, likely: 2, high: 4 }, opsHoursMonthly: 12, sources: [`${id}-effort`] }],
    cost: { mode: 'self-hosted', monthly: '$10,000 ($8,000–$14,000)', oneTime: '$20,000 ($15,000–$30,000)', quoted: '', href: '/tools/cost-calculator/', sources: [`${id}-cost`] },
    checklist: {
      cloud: { levels: { aws: 'self-run', azure: 'self-run', gcp: 'other-cloud', onprem: 'self-run', multi: 'portable' }, sources: [`${id}-cloud`] },
      kubernetes: { level: 'optional', note: 'It runs on a virtual machine or a cluster.', sources: [`${id}-k8s`] },
      exit: { level: 'low', note: 'Open formats.', sources: [`${id}-exit`] },
      team: { levels: { '1-3': 'good', '4-10': 'good', '11-30': 'fair', '30plus': 'fair' }, sources: [`${id}-team`] },
    },
    attestations: [{ id: `${id}-self-hosted`, framework: id, form: 'self-hosted', product: title, note: 'Your own controls apply.', sources: [`${id}-attest`] }],
    fallbackSources: [`${id}-license`],
    ...overrides,
  };
}
