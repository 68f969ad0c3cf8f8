/**
 * One fact, one place: a fact that more than one page states (a version, a minimum requirement, a
 * price, a support status, a compliance scope, an acquisition, a date) is stored once in
 * content/data/facts.yaml and rendered wherever it is used, so two pages can no longer disagree.
 *
 * Pages use it through `<Fact id="…" />` in MDX and `{fact:…}` inside frontmatter text; the schema
 * swaps a reference for the fact's text and adds the fact's sources to the statement's citations.
 * A price fact takes its figure from content/data/prices.yaml, where the cost calculator reads it.
 */

/** `{fact:some-id}` inside a frontmatter string. */
export const FACT_REFERENCE = /\{fact:([a-z0-9]+(?:-[a-z0-9]+)*)\}/g;

/** A fact as the pages use it, whether written out in facts.yaml or drawn from a price. */
export interface ResolvedFact {
  id: string;
  label: string;
  kind: string;
  /** How the fact reads inside a sentence, e.g. "Kubernetes 1.35 or later" or "$0.10 per cluster-hour". */
  text: string;
  value: string;
  unit?: string | undefined;
  /** What the fact is about, in words ("Kubeflow"); not an id, so a fact outlives a framework page. */
  subject?: string | undefined;
  sources: string[];
  asOf: Date;
  /** Regular expressions (case-insensitive) that match a hand-typed copy of the fact in prose. */
  typed: string[];
}

export interface PriceForFact {
  id: string;
  unit: string;
  usd: number | null;
  source: string;
  asOf: Date;
}

/** The raw entry of facts.yaml after its schema: either its own value or a price id. */
export interface FactEntry {
  id: string;
  label: string;
  kind: string;
  value?: string | undefined;
  price?: string | undefined;
  unit?: string | undefined;
  text?: string | undefined;
  /** What the fact is about, in words ("Kubeflow"); not an id, so a fact outlives a framework page. */
  subject?: string | undefined;
  sources?: string[] | undefined;
  asOf?: Date | undefined;
  typed: string[];
}

/** "0.1" → "$0.10", "0.0464" → "$0.0464", "200" → "$200": cents below a dollar or when the source has them. */
export function dollars(usd: number): string {
  if (Number.isInteger(usd) && usd >= 1) return `$${usd.toLocaleString('en-US')}`;
  const digits = Math.max(2, (String(usd).split('.')[1] ?? '').length);
  return `$${usd.toFixed(digits)}`;
}

export function resolveFact(entry: FactEntry, prices: ReadonlyMap<string, PriceForFact>): ResolvedFact {
  const base = { id: entry.id, label: entry.label, kind: entry.kind, subject: entry.subject, typed: entry.typed };
  if (entry.price !== undefined) {
    const price = prices.get(entry.price);
    if (!price) throw new Error(`content/data/facts.yaml: fact "${entry.id}" names unknown price "${entry.price}"`);
    const value = price.usd === null ? 'quote' : dollars(price.usd);
    const unit = `per ${price.unit}`;
    return { ...base, value, unit, text: entry.text ?? `${value} ${unit}`, sources: [price.source], asOf: price.asOf };
  }
  const value = entry.value ?? '';
  return {
    ...base,
    value,
    unit: entry.unit,
    text: entry.text ?? (entry.unit ? `${value} ${entry.unit}` : value),
    sources: entry.sources ?? [],
    asOf: entry.asOf ?? new Date(Number.NaN),
  };
}

/** The fact ids a frontmatter string refers to, in order. */
export function factIdsIn(text: string): string[] {
  return [...text.matchAll(FACT_REFERENCE)].map((match) => match[1]!);
}

/** Replaces every `{fact:id}` with the fact's text; unknown ids are left for the schema to report. */
export function fillFactReferences(text: string, facts: ReadonlyMap<string, ResolvedFact>): string {
  return text.replace(FACT_REFERENCE, (whole, id: string) => facts.get(id)?.text ?? whole);
}

/** The fact ids an MDX body renders through <Fact id="…" />. */
export function factIdsInBody(body: string): string[] {
  return [...body.matchAll(/<Fact\s+id="([^"]*)"/g)].map((match) => match[1]!.trim());
}

/**
 * What a reader reads, for the typed-fact check: without code blocks, inline code, tags
 * (including <Fact /> and <Cite />), fact references and link targets.
 */
export function proseForFactCheck(text: string): string {
  return text
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/<[A-Z][^>]*\/>/g, ' ')
    .replace(FACT_REFERENCE, ' ')
    .replace(/\]\([^)]*\)/g, ']');
}

export interface TypedFact {
  fact: string;
  match: string;
}

/** Stored facts typed into `prose` by hand instead of rendered from the store. */
export function findTypedFacts(prose: string, facts: Iterable<ResolvedFact>): TypedFact[] {
  const text = proseForFactCheck(prose).replace(/\s+/g, ' ');
  const found: TypedFact[] = [];
  for (const fact of facts) {
    for (const pattern of fact.typed) {
      for (const match of text.matchAll(new RegExp(pattern, 'gi'))) found.push({ fact: fact.id, match: match[0] });
    }
  }
  return found;
}

/** Whole days between two dates, for the stale report and the "review due" badge. */
export function ageInDays(since: Date, today: Date): number {
  return Math.floor((today.getTime() - since.getTime()) / 86_400_000);
}

/** After this many days a page's full review is due again. */
export const REVIEW_AFTER_DAYS = 120;

/** After this many days a stored (volatile) fact is due for another check; scripts/stale.mjs uses the same number. */
export const FACT_RECHECK_DAYS = 60;

/** A page's review is due once its lastReviewed date is more than REVIEW_AFTER_DAYS old. */
export function isReviewDue(lastReviewed: Date, today: Date): boolean {
  return ageInDays(lastReviewed, today) > REVIEW_AFTER_DAYS;
}
