/** Answers ⇄ URL, the cost-calculator link, the Markdown record, and the decision data's schemas. */
import { describe, expect, it } from 'vitest';
import {
  decisionKnockoutSchema,
  decisionQuestionSchema,
  decisionRuleSchema,
  decisionStackSchema,
  describeIssues,
} from '../../src/lib/content-schema';
import { calculatorQuery, readAnswers, writeAnswers } from '../../src/lib/decision/answers';
import { decide } from '../../src/lib/decision/engine';
import { defaultAnswers } from '../../src/lib/decision/model';
import { decisionRecord } from '../../src/lib/decision/record';
import { readDecisionVocabulary, readKnownIds } from '../../src/data/content-files';
import { ROOT } from '../support/content';
import { generatedAnswers, loadDecisionModel, readData } from '../support/decision';

const model = loadDecisionModel();
const { questions } = model;
const defaults = defaultAnswers(questions);

describe('answers in the URL', () => {
  it('writes the reference’s share link, leaving defaults out', () => {
    const answers = { ...defaults, cloud: ['aws'], kubernetes: ['some'], compliance: ['soc2', 'hipaa'], openness: ['2'], team: ['4-10'], operations: ['lt1'], budget: ['2-10k'], priority: ['proto'], scope: ['e2e'] };
    expect(writeAnswers(answers, questions)).toBe('?c=aws&k8s=some&comp=soc2%2Chipaa&oss=2&bud=2-10k&pri=proto&scope=e2e');
    expect(writeAnswers(defaults, questions)).toBe('');
  });

  it('reads a hand-written link, in any order of keys and ticked boxes', () => {
    const { state, ignored } = readAnswers('?comp=hipaa,soc2&c=azure&must=no-k8s', questions);
    expect(ignored).toEqual([]);
    expect(state).toEqual({ ...defaults, cloud: ['azure'], compliance: ['soc2', 'hipaa'], musts: ['no-k8s'] });
  });

  it('round-trips 300 generated answer sets unchanged', () => {
    for (const answers of generatedAnswers(model, 300, 11)) {
      const { state, ignored } = readAnswers(writeAnswers(answers, questions), questions);
      expect(ignored).toEqual([]);
      expect(state).toEqual(answers);
    }
  });

  it.each([
    { case: 'an unknown question', search: '?zzz=1&c=gcp', state: { cloud: ['gcp'] }, ignored: ['unknown setting "zzz"'] },
    { case: 'an unknown answer', search: '?c=mars', state: {}, ignored: ['"c" had a value we could not use ("mars"), so its default was kept'] },
    { case: 'one unknown box in a multi-select', search: '?comp=hipaa,evil', state: {}, ignored: ['"comp" had a value we could not use ("hipaa,evil"), so its default was kept'] },
    { case: 'repeated keys', search: '?c=aws&c=gcp', state: { cloud: ['aws'] }, ignored: ['a repeated "c" (the first one was used)'] },
    { case: 'a huge value', search: `?k8s=${'strong'.repeat(5000)}`, state: {}, ignored: [expect.stringMatching(/^"k8s" had a value we could not use \("(strong){6}stro…"\), so its default was kept$/)] },
    { case: 'script-like text', search: '?c=%3Cscript%3Ealert(1)%3C%2Fscript%3E', state: {}, ignored: ['"c" had a value we could not use ("scriptalert(1)/script"), so its default was kept'] },
    { case: 'a number out of range', search: '?oss=6', state: {}, ignored: ['"oss" had a value we could not use ("6"), so its default was kept'] },
    { case: 'broken percent-encoding', search: '?c=%E0%A4%A&%zz=1', state: {}, ignored: [expect.stringContaining('"c" had a value we could not use'), expect.stringContaining('unknown setting')] },
  ])('$case: never throws, keeps the rest, says what it ignored', ({ search, state, ignored }) => {
    const result = readAnswers(search, questions);
    expect(result.state).toEqual({ ...defaults, ...state });
    expect(result.ignored).toEqual(ignored);
    for (const note of result.ignored) expect(note).not.toMatch(/[<>]/);
  });
});

describe('the cost calculator link', () => {
  it.each([
    { answers: { cloud: ['aws'], team: ['11-30'], operations: ['1-2'] }, query: '?cloud=aws&team=20&platform=2' },
    { answers: { cloud: ['onprem'], team: ['1-3'], operations: ['0'] }, query: '?team=2&platform=0' },
  ])('$query', ({ answers, query }) => {
    expect(calculatorQuery({ ...defaults, ...answers }, questions)).toBe(query);
  });
});

describe('the Markdown decision record', () => {
  const answers = { ...defaults, cloud: ['aws'], compliance: ['hipaa'], openness: ['2'], priority: ['governance'], scope: ['e2e'] };
  const text = decisionRecord(model, answers, decide(model, answers), {
    date: new Date('2026-11-26T12:00:00Z'),
    link: 'https://example.org/tools/decision-checklist/?c=aws',
    sourcesPage: 'https://example.org/sources/',
  });

  it('holds the date, the answers, the ranking, the reasons and the sources', () => {
    expect(text).toContain('Date: 2026-11-26');
    expect(text).toContain('Checklist: https://example.org/tools/decision-checklist/?c=aws');
    expect(text).toContain('- Which cloud do you already use for data? Amazon Web Services');
    expect(text).toContain('- Which compliance requirements apply? HIPAA');
    expect(text).toContain('| 1 | Amazon SageMaker AI | 10 | Adopt |');
    expect(text).toContain('- +3: It runs in the cloud you already use for data. (because: HIPAA; 2 – mostly managed; Amazon Web Services)');
    expect(text).toContain('## Suggested combinations');
    expect(text).toMatch(/^- \[Create an MLflow tracking server \(Amazon SageMaker AI\)\]\(https:\/\/example\.org\/sources\/#sagemaker-managed-mlflow\)$/m);
  });

  it('lists every framework exactly once in the ranking table', () => {
    for (const framework of model.frameworks) expect(text.split(`| ${framework.title} |`)).toHaveLength(2);
  });
});

describe('the decision data’s schemas name the broken field', () => {
  const ids = readKnownIds(ROOT);
  const vocabulary = readDecisionVocabulary(ROOT);
  const problems = (schema: { safeParse(v: unknown): { success: boolean; error?: any } }, value: unknown) => {
    const result = schema.safeParse(value);
    return result.success ? [] : describeIssues(result.error);
  };
  const firstRule = () => structuredClone(readData('decision-rules.yaml')[0]) as any;

  it('accepts every real entry', () => {
    for (const q of readData('decision-questions.yaml')) expect(problems(decisionQuestionSchema(), q)).toEqual([]);
    for (const r of readData('decision-rules.yaml')) expect(problems(decisionRuleSchema(ids, vocabulary), r)).toEqual([]);
    for (const k of readData('decision-knockouts.yaml')) expect(problems(decisionKnockoutSchema(ids, vocabulary), k)).toEqual([]);
    for (const s of readData('decision-stacks.yaml')) expect(problems(decisionStackSchema(ids), s)).toEqual([]);
  });

  it('an unknown framework id', () => {
    const rule = firstRule();
    rule.effects[1].frameworks = ['databricks'];
    expect(problems(decisionRuleSchema(ids, vocabulary), rule)).toEqual([
      'effects.1.frameworks.0: unknown framework id "databricks": add it to content/frameworks/ or fix the spelling',
    ]);
    const stack = { ...(readData('decision-stacks.yaml')[0] as object), partner: 'zenml' };
    expect(problems(decisionStackSchema(ids), stack)).toEqual(['partner: unknown framework id "zenml": add it to content/frameworks/ or fix the spelling']);
  });

  it('an unknown question, an unknown answer and an unknown source', () => {
    const rule = firstRule();
    rule.when = { kubernetes: ['expert'], clouds: ['aws'] };
    rule.sources = ['no-such-source'];
    expect(problems(decisionRuleSchema(ids, vocabulary), rule)).toEqual([
      'when.kubernetes.0: "expert" is not an answer of question "kubernetes"',
      'when.clouds: unknown question id "clouds": add it to content/data/decision-questions.yaml or fix the spelling',
      'sources.0: unknown source id "no-such-source": add it to content/data/sources.yaml or fix the spelling',
    ]);
  });

  it('a question whose default is not one of its answers, or a pick-one question with two defaults', () => {
    const question = structuredClone(readData('decision-questions.yaml')[0]) as any;
    question.default = ['mars'];
    expect(problems(decisionQuestionSchema(), question)).toEqual(['default.0: "mars" is not one of this question\'s answers']);
    question.default = ['aws', 'gcp'];
    expect(problems(decisionQuestionSchema(), question)).toEqual(['default: a pick-one question needs exactly one default answer']);
  });

  it('each of the original article’s four rules is implemented by at least one rule', () => {
    expect(new Set(model.rules.map((r) => r.seed).filter(Boolean))).toEqual(new Set(['kubernetes', 'managed-compliance', 'open-source', 'small-team']));
  });
});
