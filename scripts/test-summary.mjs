// Sums the Vitest and Playwright JSON reports of one `npm test` run into one closing line, after
// the name and first error line of each failed test: a CI log is often read from its tail only.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
const firstLine = (text = '') => text.replace(/\u001b\[[0-9;]*m/g, '').split('\n').find((line) => line.trim()) ?? '';

function playwrightFailures(suite, run, titles = []) {
  const here = suite.title ? [...titles, suite.title] : titles;
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests ?? []) {
      if (test.status !== 'unexpected') continue;
      const lastResult = test.results?.at(-1);
      failures.push(`${run} › [${test.projectName}] ${[...here, spec.title].join(' › ')} (${spec.file}:${spec.line})\n    ${firstLine(lastResult?.error?.message)}`);
    }
  }
  for (const child of suite.suites ?? []) playwrightFailures(child, run, here);
}

for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
  const report = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  const run = file.replace(/\.json$/, '');
  if (file.startsWith('vitest')) {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    for (const testFile of report.testResults ?? []) {
      for (const test of testFile.assertionResults ?? []) {
        if (test.status !== 'failed') continue;
        failures.push(`${run} › ${path.relative(process.cwd(), testFile.name)} › ${test.fullName}\n    ${firstLine(test.failureMessages?.[0])}`);
      }
      if (testFile.status === 'failed' && !(testFile.assertionResults ?? []).some((test) => test.status === 'failed')) {
        failures.push(`${run} › ${path.relative(process.cwd(), testFile.name)} (the file failed to run)\n    ${firstLine(testFile.message)}`);
      }
    }
  } else {
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
    skipped += report.stats.skipped;
    for (const suite of report.suites ?? []) playwrightFailures(suite, run);
    for (const error of report.errors ?? []) failures.push(`${run} › (outside any test)\n    ${firstLine(error.message)}`);
  }
}
const expected = ['vitest-sqlite.json', 'vitest-postgres.json', 'e2e-sqlite.json', 'e2e-postgres.json', 'vitest-faults.json', 'e2e-scale.json'];
const missing = expected.filter((name) => !existsSync(path.join(dir, name)));
if (failures.length) console.log(`failed:\n${failures.map((line) => `  ${line}`).join('\n')}`);
if (missing.length) console.log(`missing reports (a runner did not finish): ${missing.join(', ')}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed || missing.length ? 1 : 0);
