/** The one way tests read a schema's verdict: [] when the value is valid, else `path: message` lines. */
import { describeIssues } from '~/lib/schema/common';

export function problems(schema: { safeParse(value: unknown): { success: boolean; error?: unknown } }, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : describeIssues(result.error as Parameters<typeof describeIssues>[0]);
}
