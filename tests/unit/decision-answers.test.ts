/** Answers ⇄ URL, the cost-calculator link, the Markdown record, and the decision data's schemas. */
import { describe, expect, it, vi } from 'vitest';
import { describeIssues } from '~/lib/schema/common';
import { calculatorQuery, readAnswers, writeAnswers } from '~/lib/decision/answers';
import { decide } from '~/lib/decision/insights';
import { decisionRecord } from '~/lib/decision/record';
import { readDecisionVocabulary, readKnownIds } from '~/data/content-files';
import { decisionContradictionSchema, decisionCriterionSchema, decisionProfileSchema, decisionQuestionSchema, decisionScenarioSchema } from '~/lib/schema/decision';
import { stackSchema } from '~/lib/schema/stacks';
import { inputsFromQuery } from '~/lib/cost/url';
import { estimateFrameworks } from '~/lib/cost/model';
import { costsFor } from '~/lib/decision/cost';
import { loadCostData } from '../support/cost-data';
import { ROOT } from '../support/content';
import { generatedAnswers, loadDecisionModel, readData, scenarioLeaderTitles } from '../support/decision';

// Each decide() over generated answers tries every single-answer change: allow for a shared, loaded machine.
vi.setConfig({ testTimeout: 180_000 });

const model = loadDecisionModel();
const { questions } = model;

describe('answers in the URL', () => {
  it('writes only what was answered', () => {
    const answers = {
      cloud: ['aws'],
      kubernetes: ['some'],
      compliance: ['soc2', 'hipaa'],
      openness: ['2'],
      priorities: ['time', 'exit'],
      scope: ['e2e'],
      needs: ['feature-store'],
    };
    expect(writeAnswers(answers, questions)).toBe('?c=aws&k8s=some&comp=soc2%2Chipaa&oss=2&pri=time%2Cexit&scope=e2e&need=feature-store');
    expect(writeAnswers({}, questions)).toBe('');
  });

  it('reads a hand-written link, in any order of keys and ticked boxes, leaving the rest unanswered', () => {
    const { state, ignored } = readAnswers('?comp=hipaa,soc2&c=azure&must=no-k8s', questions);
    expect(ignored).toEqual([]);
    expect(state.cloud).toEqual(['azure']);
    expect(state.compliance).toEqual(['soc2', 'hipaa']);
    expect(state.musts).toEqual(['no-k8s']);
    expect(state.team).toEqual([]);
    expect(state.priorities).toEqual([]);
  });

  it('round-trips 300 generated answer sets unchanged', () => {
    for (const answers of generatedAnswers(model, 300, 11)) {
      const { state, ignored } = readAnswers(writeAnswers(answers, questions), questions);
      expect(ignored).toEqual([]);
      expect(state).toEqual(answers);
    }
  });

  it.each([
    { case: 'an unknown question', search: '?zzz=1&c=gcp', cloud: ['gcp'], ignored: ['unknown setting "zzz"'] },
    { case: 'an unknown answer', search: '?c=mars', cloud: [], ignored: ['"c" had a value we could not use ("mars"), so its default was kept'] },
    {
      case: 'one unknown box in a multi-select',
      search: '?comp=hipaa,evil&c=aws',
      cloud: ['aws'],
      ignored: ['"comp" had a value we could not use ("hipaa,evil"), so its default was kept'],
    },
    { case: 'repeated keys', search: '?c=aws&c=gcp', cloud: ['aws'], ignored: ['a repeated "c" (the first one was used)'] },
    {
      case: 'a huge value',
      search: `?k8s=${'strong'.repeat(5000)}`,
      cloud: [],
      ignored: [expect.stringMatching(/^"k8s" had a value we could not use \("(strong){6}stro…"\), so its default was kept$/)],
    },
    {
      case: 'script-like text',
      search: '?c=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      cloud: [],
      ignored: ['"c" had a value we could not use ("scriptalert(1)/script"), so its default was kept'],
    },
    { case: 'a number out of range', search: '?oss=6', cloud: [], ignored: ['"oss" had a value we could not use ("6"), so its default was kept'] },
    { case: 'an old link’s priority', search: '?pri=proto&c=azure', cloud: ['azure'], ignored: ['"pri" had a value we could not use ("proto"), so its default was kept'] },
    {
      case: 'broken percent-encoding',
      search: '?c=%E0%A4%A&%zz=1',
      cloud: [],
      ignored: [expect.stringContaining('"c" had a value we could not use'), expect.stringContaining('unknown setting')],
    },
  ])('$case: never throws, keeps the rest, says what it ignored', ({ search, cloud, ignored }) => {
    const result = readAnswers(search, questions);
    expect(result.state.cloud).toEqual(cloud);
    expect(result.ignored).toEqual(ignored);
    for (const note of result.ignored) expect(note).not.toMatch(/[<>]/);
    // What survives is a valid answer set: the engine ranks it without throwing.
    expect(decide(model, result.state).ranking).toHaveLength(model.profiles.length);
  });
});

describe('the cost calculator link carries every answer the calculator reads, in the checklist’s own keys', () => {
  it.each([
    { answers: { cloud: ['aws'], kubernetes: ['strong'], team: ['11-30'], operations: ['1-2'] }, query: '?c=aws&k8s=strong&team=11-30&ops=1-2' },
    { answers: { cloud: ['onprem'], compliance: ['hipaa'], workload: ['deep'], needs: ['feature-store'] }, query: '?c=onprem&comp=hipaa' },
    { answers: {}, query: '' },
  ])('$query', ({ answers, query }) => {
    expect(calculatorQuery(answers, questions)).toBe(query);
  });

  it('and the calculator reads that link without ignoring anything, keeping the cloud, Kubernetes, team and capacity', () => {
    const { inputs, ignored } = inputsFromQuery(
      calculatorQuery({ cloud: ['onprem'], kubernetes: ['some'], team: ['30plus'], operations: ['3plus'], compliance: ['soc2'] }, questions),
    );
    expect(ignored).toEqual([]);
    expect(inputs).toMatchObject({ cloud: 'onprem', alreadyRunKubernetes: 'yes', dataScientists: 40, platformEngineers: 3 });
  });

  // costsFor() keeps one cost table per calculator inputs with the carried answers left out, so
  // answer sets that differ only in what the calculator carries back share one estimate.
  it('answers the calculator only carries back change no figure, and share one cost table', () => {
    const data = loadCostData();
    for (const answers of generatedAnswers(model, 40, 11)) {
      const { inputs } = inputsFromQuery(calculatorQuery(answers, questions));
      expect(inputs.carried).not.toBe('');
      expect(estimateFrameworks(data, { ...inputs, carried: '' })).toEqual(estimateFrameworks(data, inputs));
    }
    const costs = costsFor(data, questions)!;
    const plain = { cloud: ['aws'], team: ['4-10'] };
    const carried = { ...plain, compliance: ['hipaa'], openness: ['4'], budget: [model.questions.find((q) => q.id === 'budget')!.answers[0]!.id] };
    expect(calculatorQuery(carried, questions)).not.toBe(calculatorQuery(plain, questions));
    expect(costs(carried)).toBe(costs(plain));
    // …and it is the table a fresh reader computes for those answers alone.
    expect(costsFor(data, questions)!(carried)).toEqual(costs(plain));
    // An answer the calculator reads gets its own table.
    expect(costs({ ...plain, team: ['30plus'] })).not.toEqual(costs(plain));
  });
});

describe('the Markdown decision record', () => {
  const answers = { cloud: ['aws'], compliance: ['hipaa'], scope: ['e2e'], operations: ['0'] };
  const outcome = decide(model, answers);
  const text = decisionRecord(model, answers, outcome, {
    date: new Date('2026-11-26T12:00:00Z'),
    link: 'https://example.org/tools/decision-checklist/?c=aws',
    sourcesPage: 'https://example.org/sources/',
  });

  it('holds the date, the answers (unanswered said so), the ranking and the sources', () => {
    expect(text).toContain('Date: 2026-11-26');
    expect(text).toContain('Checklist: https://example.org/tools/decision-checklist/?c=aws');
    expect(text).toContain('- Which cloud do you already use for data? Amazon Web Services');
    expect(text).toContain('- How many ML practitioners are on the team? not answered');
    // The AWS-with-HIPAA team of the scenarios file, with two more answers that do not change its leader's kind.
    const [leader] = scenarioLeaderTitles('aws-hipaa');
    expect(text).toContain(`| 1 | ${leader} | `);
    expect(text).toMatch(/^- \[AWS Services in Scope by Compliance Program\]\(https:\/\/example\.org\/sources\/#aws-services-in-scope\)$/m);
  });

  it('lists every term of every framework, so each score is the sum of the lines under it', () => {
    for (const entry of outcome.ranking) {
      const section = text.split(`### ${entry.framework.title}: `)[1]!.split('\n### ')[0]!;
      const points = [...section.matchAll(/^- ([+−]\d+), /gm)].map((m) => Number(m[1]!.replace('−', '-')));
      expect(points.reduce((a, b) => a + b, 0)).toBe(entry.score);
      expect(points).toHaveLength(entry.terms.length);
    }
  });

  it('lists the questions to ask next for the shortlist', () => {
    expect(text).toContain('## Questions to ask next');
    expect(text).toContain('Is every service you will use listed in scope for HIPAA in your region');
  });
});

describe('the decision data’s schemas name the broken field', () => {
  const ids = readKnownIds(ROOT);
  const vocabulary = readDecisionVocabulary(ROOT);
  const criteria = readData('decision-criteria.yaml').map((c) => decisionCriterionSchema(vocabulary).parse(c));
  const problems = (schema: { safeParse(v: unknown): { success: boolean; error?: any } }, value: unknown) => {
    const result = schema.safeParse(value);
    return result.success ? [] : describeIssues(result.error);
  };
  const profile = () => structuredClone(readData('decision-profiles.yaml')[0]) as any;

  it('accepts every real entry', () => {
    for (const q of readData('decision-questions.yaml')) expect(problems(decisionQuestionSchema(), q)).toEqual([]);
    for (const c of readData('decision-criteria.yaml')) expect(problems(decisionCriterionSchema(vocabulary), c)).toEqual([]);
    for (const p of readData('decision-profiles.yaml')) expect(problems(decisionProfileSchema(ids, vocabulary, criteria), p)).toEqual([]);
    for (const c of readData('decision-contradictions.yaml')) expect(problems(decisionContradictionSchema(vocabulary), c)).toEqual([]);
    for (const s of readData('decision-scenarios.yaml')) expect(problems(decisionScenarioSchema(ids, vocabulary), s)).toEqual([]);
    for (const s of readData('stacks.yaml')) expect(problems(stackSchema(ids), s)).toEqual([]);
  });

  it('a profile with an unknown framework, an unknown level, an unknown answer and a missing criterion', () => {
    const row = profile();
    row.framework = 'no-such-framework';
    row.cloud.levels.mars = 'managed-here';
    row.operations.level = 'trivial';
    delete row.exit;
    expect(problems(decisionProfileSchema(ids, vocabulary, criteria), row)).toEqual([
      'framework: unknown framework id "no-such-framework": add it to content/frameworks/ or fix the spelling',
      'cloud.levels.mars: "mars" is not an answer of question "cloud"',
      'operations.level: "trivial" is not a level of criterion "operations" (high, medium, low)',
      'exit: give this framework\'s fit for "exit"',
    ]);
  });

  it('a profile fit without sources, and an unknown source', () => {
    const row = profile();
    row.team.sources = [];
    row.time.sources = ['no-such-source'];
    expect(problems(decisionProfileSchema(ids, vocabulary, criteria), row)).toEqual([
      'team.sources: cite at least one source id',
      'time.sources.0: unknown source id "no-such-source": add it to content/data/sources.yaml or fix the spelling',
    ]);
  });

  it('a scenario naming an unknown question and an unknown answer', () => {
    const scenario = structuredClone(readData('decision-scenarios.yaml')[0]) as any;
    scenario.answers = { clouds: ['aws'], kubernetes: ['expert'] };
    expect(problems(decisionScenarioSchema(ids, vocabulary), scenario)).toEqual([
      'answers.clouds: unknown question id "clouds": add it to content/data/decision-questions.yaml or fix the spelling',
      'answers.kubernetes.0: "expert" is not an answer of question "kubernetes"',
    ]);
  });

  it('a criterion missing what its kind needs', () => {
    expect(problems(decisionCriterionSchema(vocabulary), { id: 'x', label: 'X', kind: 'matrix', question: 'team' })).toEqual([
      'matrix: a "matrix" criterion needs matrix',
      'levels: a "matrix" criterion needs levels',
    ]);
  });
});
