/**
 * The one fake framework of the unit and island tests: a complete, schema-shaped framework whose
 * every text says where it came from (`<Title> <field>`), so an expected value can be written down
 * from the fixture alone. Tests take the parts they need (tables, compare view, open data).
 */
import type { FrameworkData } from '../../src/lib/schema/framework';
import { CAPABILITY_IDS, PROFILE_FIELDS, type CapabilityId, type SupportLevel } from '../../src/lib/vocabulary';

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
      CAPABILITY_IDS.map((c) => [
        c,
        { level: options.levels?.[c] ?? 'native', note: options.capabilityNote?.(c) ?? `${title} ${c}`, sources: sourcesFor(c) },
      ]),
    ) as FrameworkData['capabilities'],
    useCases: [],
  };
}
