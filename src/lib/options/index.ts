/**
 * Options that cover a scope. A team asks for a scope: a list of capabilities (experiment tracking,
 * pipeline orchestration…). An option is what it could adopt to cover it:
 *  - a single framework that has every capability itself (natively, or as the same vendor's
 *    managed add-on);
 *  - a stack (content/data/stacks.yaml) whose members together have them, where every member has a
 *    part in this scope (a member that provides nothing the scope asks for is not needed, so the
 *    stack is not offered for that scope);
 *  - a single framework that has only part of the scope, with its gap named, capability by
 *    capability, at the level it has.
 * Pure: frameworks and stacks are data, and nothing here names one. The checklist ranks these
 * options and the calculator prices them; both call optionsForScope.
 */
import type { CapabilityId, SupportLevel } from '../vocabulary';

/** Levels at which a framework has a capability itself. */
export const COVERING_LEVELS: ReadonlySet<SupportLevel> = new Set<SupportLevel>(['native', 'managed-add-on']);

/** What options need of a framework: its id and a level per capability (from its frontmatter). */
export interface OptionFramework {
  id: string;
  capabilities: Readonly<Partial<Record<CapabilityId, { level: SupportLevel }>>>;
}

/** What options need of a stack: its members and the capabilities each provides in it. */
export interface OptionStack {
  id: string;
  title: string;
  members: ReadonlyArray<{ framework: string; role: string; covers: readonly CapabilityId[]; runs: string }>;
  /** Present when the stack is one framework's own feature: never offered as an option. */
  notAnOption?: string | undefined;
}

export interface OptionMember {
  framework: string;
  /** What it does in the option (a stack member's role; empty for a single framework). */
  role: string;
  /** Who runs it (a stack member's `runs`; empty for a single framework). */
  runs: string;
  /** The scope's capabilities this member provides in the option, in scope order. */
  provides: CapabilityId[];
}

/** A capability of the scope that the option does not have itself, and the level it has instead. */
export interface Gap {
  capability: CapabilityId;
  level: SupportLevel;
}

export type OptionKind = 'single' | 'stack' | 'partial';

export interface Option {
  /** The framework id for a single framework (covering or partial), the stack id for a stack. */
  id: string;
  kind: OptionKind;
  members: OptionMember[];
  /** Empty unless kind is 'partial'. */
  gaps: Gap[];
  /** The stack's id, for a stack option. */
  stack?: string | undefined;
}

const levelOf = (framework: OptionFramework | undefined, capability: CapabilityId): SupportLevel => framework?.capabilities[capability]?.level ?? 'unknown';

const covers = (framework: OptionFramework | undefined, capability: CapabilityId) => COVERING_LEVELS.has(levelOf(framework, capability));

function singleOption(framework: OptionFramework, scope: readonly CapabilityId[]): Option {
  const gaps = scope.filter((c) => !covers(framework, c)).map((capability) => ({ capability, level: levelOf(framework, capability) }));
  return {
    id: framework.id,
    kind: gaps.length === 0 ? 'single' : 'partial',
    members: [{ framework: framework.id, role: '', runs: '', provides: scope.filter((c) => covers(framework, c)) }],
    gaps,
  };
}

/**
 * The stack as an option for this scope, or undefined when it is not one: a member it names is
 * unknown, a capability of the scope is provided by no member (at a covering level), or a member
 * provides nothing the scope asks for. A capability is provided by the first member that lists it
 * in `covers` and has it at a covering level, so two members never both count for one capability.
 */
function stackOption(stack: OptionStack, scope: readonly CapabilityId[], byId: ReadonlyMap<string, OptionFramework>): Option | undefined {
  if (stack.notAnOption !== undefined || scope.length === 0) return undefined;
  if (stack.members.some((m) => !byId.has(m.framework))) return undefined;
  const provider = new Map<CapabilityId, string>();
  for (const capability of scope) {
    const member = stack.members.find((m) => m.covers.includes(capability) && covers(byId.get(m.framework), capability));
    if (!member) return undefined;
    provider.set(capability, member.framework);
  }
  const members = stack.members.map((m) => ({ framework: m.framework, role: m.role, runs: m.runs, provides: scope.filter((c) => provider.get(c) === m.framework) }));
  if (members.some((m) => m.provides.length === 0)) return undefined;
  return { id: stack.id, kind: 'stack', members, gaps: [], stack: stack.id };
}

/**
 * Every option for a scope: single frameworks first (covering ones, then partial ones), each in
 * the order given, then the stacks that cover the scope, in the order given. A scope that repeats
 * a capability counts it once. An empty scope (nothing asked yet) makes every framework a covering
 * single option and offers no stack, since no member would have a part.
 */
export function optionsForScope(scope: readonly CapabilityId[], frameworks: readonly OptionFramework[], stacks: readonly OptionStack[]): Option[] {
  const wanted = [...new Set(scope)];
  const byId = new Map(frameworks.map((f) => [f.id, f]));
  const singles = frameworks.map((f) => singleOption(f, wanted));
  return [
    ...singles.filter((o) => o.kind === 'single'),
    ...singles.filter((o) => o.kind === 'partial'),
    ...stacks.map((s) => stackOption(s, wanted, byId)).filter((o): o is Option => o !== undefined),
  ];
}

/** The framework ids of an option's members, in member order. */
export function memberIds(option: Pick<Option, 'members'>): string[] {
  return option.members.map((m) => m.framework);
}
