// Sums the Vitest and Playwright JSON reports of one `npm test` run into one closing line.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
  const report = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  if (file.startsWith('vitest')) {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  } else {
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
    skipped += report.stats.skipped;
  }
}
const expected = ['vitest-sqlite.json', 'vitest-postgres.json', 'e2e-sqlite.json', 'e2e-postgres.json', 'vitest-faults.json', 'e2e-scale.json'];
const missing = expected.filter((name) => !existsSync(path.join(dir, name)));
if (missing.length) console.log(`missing reports (a runner did not finish): ${missing.join(', ')}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed || missing.length ? 1 : 0);
