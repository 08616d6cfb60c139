import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

// npm run bench: runs every bench/*.bench.ts in turn (or those named on the command line);
// each prints its own figures. Benchmarks measure; they never fail a build on a number.
const only = process.argv.slice(2);
const files = readdirSync(__dirname)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => !only.length || only.some((word) => name.includes(word)))
  .sort();
for (const file of files) {
  console.log(`\n=== ${file}`);
  execFileSync('npx', ['tsx', path.join('bench', file)], { stdio: 'inherit' });
}
