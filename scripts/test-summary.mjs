// Prints the closing line CI reads, "N passed, N failed", from Vitest's JSON report.
import { existsSync, readFileSync } from 'node:fs';

const report = '.test-output/results.json';
if (!existsSync(report)) {
  console.log('0 passed, 1 failed');
  console.error(`(no ${report}: the test run did not finish)`);
} else {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  const failed = results.numFailedTests + (results.numRuntimeErrors ?? 0) + (results.success || results.numFailedTests > 0 ? 0 : 1);
  console.log(`${results.numPassedTests} passed, ${failed} failed`);
}
